'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

/** The words Markdown adds around a document's own text (tables, task lists, pictures). */

export function MarkdownImage({ alt }: { alt?: string }) {
  const t = useTranslations('shell.markdown');
  return <span className="md-image">{alt ? t('imageWithAlt', { alt }) : t('image')}</span>;
}

export function MarkdownTable({ children }: { children?: ReactNode }) {
  const t = useTranslations('shell.markdown');
  return (
    <div className="md-table" role="region" aria-label={t('table')} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

export function MarkdownCheckbox({ checked }: { checked: boolean }) {
  const t = useTranslations('shell.markdown');
  return <input type="checkbox" checked={checked} readOnly disabled aria-label={checked ? t('done') : t('notDone')} />;
}
