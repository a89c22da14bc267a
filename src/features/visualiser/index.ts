// The step-through visualiser ("See it run"): records a program in the page's
// Python runner and steps through frames, objects and output. It imports no
// other feature but the runtime; the workspace and the lessons show it.
export { Visualiser } from './LazyVisualiser';
export type { VisualiserProps } from './Visualiser';
export { StepThroughButton, useVisualiserTitle } from './StepThroughButton';
