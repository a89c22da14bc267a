export { ManualPicker } from './ManualPicker';
export { filterFromParams, filterToQuery } from './filter-query';
