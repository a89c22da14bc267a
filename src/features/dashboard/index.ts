export { Dashboard } from './LazyDashboard';
export { StatsDetail } from './StatsDetail';
export { slimCatalog } from './model';
export { DashboardMessages } from './DashboardMessages';
