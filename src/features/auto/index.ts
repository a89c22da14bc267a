export { AutoRuns } from './AutoRuns';
export { BadgeToast } from './BadgeToast';
export { HelpOfferCard } from './HelpOfferCard';
export { RunBanner } from './RunBanner';
export { checkBadges } from './badges';
export { planRun, recordAnswer, runCatalog, type CatalogContext } from './learning';
export { useAutoPractice } from './use-auto-practice';
export { useHelpOffer } from './use-help-offer';
export { usePrefetchRun } from './use-prefetch-run';
