export { ModulesBrowser, moduleHref } from './ModulesBrowser';
export { ModuleDetail, ImportedModule } from './ModuleDetail';
export { PackImportStatusView, usePackImport, type PackImportStatus } from './use-pack-import';
