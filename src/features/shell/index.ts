export { AppShell } from './AppShell';
export { THEME_SCRIPT } from './theme-script';
export { Page, Card } from './Page';
export { Markdown, InlineMarkdown } from './Markdown';
