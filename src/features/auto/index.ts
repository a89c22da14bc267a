export { AutoRuns } from './AutoRuns';
export { BadgeToast, HelpOfferCard, preloadAutoParts, RunBanner } from './lazy';
export { checkBadges } from './badges';
export { planRun, recordAnswer } from './learning';
export { runCatalog, type CatalogContext } from './run-catalog';
export { useAutoPractice } from './use-auto-practice';
export { useHelpOffer } from './use-help-offer';
export { usePrefetchRun } from './use-prefetch-run';
