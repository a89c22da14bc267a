export { ProgressTracking, useTimeOn } from './tracking';
