export { RuntimeProvider, StartPythonEarly, usePython, usePythonStarting, useRuntimeSnapshot } from './RuntimeProvider';
export { RuntimeStatus } from './RuntimeStatus';
