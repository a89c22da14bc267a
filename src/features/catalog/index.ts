export { DifficultyBadge, ProblemList } from './ProblemList';
export { useCatalog } from './use-catalog';
export { useProblem } from './use-problem';
