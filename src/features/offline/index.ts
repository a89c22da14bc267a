export { OfflineSupport } from './OfflineSupport';
export { OfflineStatus } from './OfflineStatus';
export { webManifest } from './manifest';
