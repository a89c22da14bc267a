export { RuntimeProvider, usePython, useRuntimeSnapshot } from './RuntimeProvider';
export { RuntimeStatus } from './RuntimeStatus';
