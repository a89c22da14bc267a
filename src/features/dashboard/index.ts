export { Dashboard } from './Dashboard';
export { StatsDetail } from './StatsDetail';
export { slimCatalog } from './model';
export { DashboardMessages } from './DashboardMessages';
