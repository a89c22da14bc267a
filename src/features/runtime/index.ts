export { RuntimeProvider, StartPythonEarly, usePython, useRuntimeSnapshot } from './RuntimeProvider';
export { RuntimeStatus } from './RuntimeStatus';
