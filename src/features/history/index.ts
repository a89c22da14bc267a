export { HistoryView } from './HistoryView';
export { HistoryMessages } from './HistoryMessages';
