export { RuntimeProvider, StartPythonEarly, usePython, usePythonStarting, useRuntimeSnapshot } from './RuntimeProvider';
export { usePythonWhenMade } from './when-made';
export { RuntimeStatus } from './RuntimeStatus';
