export { ProjectsIndex } from './ProjectsIndex';
export { ProjectPage } from './ProjectWorkspace';
export { ProjectsDashboardCard, ProjectHistory } from './ProjectActivity';
