'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

/**
 * The lesson page's interface words that a server component cannot render
 * with <Msg>: a label on an element, and sentences with a link or code
 * inside. The page itself stays a server component.
 */

/** A <nav> named in the learner's language: `which` is a key of `lessons.LessonView.nav`. */
export function LabelledNav({ which, className, children }: { which: 'neighbours' | 'breadcrumb'; className?: string; children: ReactNode }) {
  const t = useTranslations('lessons.LessonView');
  return (
    <nav aria-label={t(`nav.${which}`)} className={className}>
      {children}
    </nav>
  );
}

/** "It should print: `expected`" under a check question's code. */
export function ShouldPrint({ expected }: { expected: string }) {
  const t = useTranslations('lessons.LessonView');
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {t.rich('shouldPrint', { expected, code: (chunks) => <code className="font-mono">{chunks}</code> })}
    </p>
  );
}

/** A topic with no problems yet: where to find more. */
export function NoProblems({ href, moduleName, className }: { href: string; moduleName: string; className: string }) {
  const t = useTranslations('lessons.PracticeSection');
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {t.rich('noProblems', {
        module: moduleName,
        link: (chunks) => (
          <Link href={href} className={className}>
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
