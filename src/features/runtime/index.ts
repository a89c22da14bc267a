export { RuntimeProvider, usePython, useRuntimeSnapshot } from './RuntimeProvider';
export { RuntimeStatus } from './RuntimeStatus';
export { EARLY_WORKER_SCRIPT } from '@/adapters/python/browser';
