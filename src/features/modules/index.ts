export { ModulesBrowser, moduleHref } from './ModulesBrowser';
export { ModuleDetail, ImportedModule } from './ModuleDetail';
