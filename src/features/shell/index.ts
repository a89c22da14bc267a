export { AppShell } from './AppShell';
export { THEME_SCRIPT } from './theme-script';
export { Page, Card } from './Page';
export { Markdown, InlineMarkdown } from './Markdown';
export { chartPalette, CHART_MARGIN, useDark } from './chart-theme';
export { ConfirmDialog } from './ConfirmDialog';
export { scrollIntoViewGently } from './reveal';
export { useHydrated } from './use-hydrated';
export { I18nProvider, Msg, type MessageKey } from './I18nProvider';
