'use client';
import { useTranslations } from 'use-intl';
import { useDocumentTitle } from './document-title';
import type { MessageKey } from './I18nProvider';

/** Words for the learner: text already in their language (or content such as a module's name), or a message with its values. */
export type Words = string | { k: MessageKey; values?: Record<string, string | number> };

/** A page's heading in the learner's language, also shown on the browser tab. */
export function PageTitle({ title }: { title: Words }) {
  const t = useTranslations();
  const text = typeof title === 'string' ? title : t(title.k, title.values);
  const ref = useDocumentTitle(text);
  return (
    <h1 ref={ref} className="text-2xl font-semibold tracking-tight">
      {text}
    </h1>
  );
}
