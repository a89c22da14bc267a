export { UsageView } from './UsageView';
export { UsageMessages } from './UsageMessages';
