'use client';
import { IntentLink, Msg, Page } from '@/features/shell';

const PRIMARY = 'inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700';
const SECONDARY =
  'inline-flex items-center justify-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** An address with no page (or a module, lesson or project that does not exist), in the learner's language. */
export function NotFoundView() {
  return (
    <Page title={{ k: 'pages.notFound.title' }} intro={<Msg k="pages.notFound.intro" />}>
      <div className="flex flex-wrap gap-2">
        <IntentLink href="/" className={PRIMARY}>
          <Msg k="pages.notFound.dashboard" />
        </IntentLink>
        <IntentLink href="/modules" className={SECONDARY}>
          <Msg k="pages.notFound.modules" />
        </IntentLink>
      </div>
    </Page>
  );
}
