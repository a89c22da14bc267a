export { GrowthPanel } from './LazyGrowthPanel';
