'use client';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { localizeProblem, localizeSummary } from '@/core/i18n/content';
import type { BankTranslation } from '@/core/schemas/translation';
import { BadgeToast, HelpOfferCard, RunBanner, useAutoPractice } from '@/features/auto';
import { useTimeOn } from '@/features/progress';
import { ShareProblemButton } from '@/features/share';
import { UntranslatedNote } from '@/features/shell';
import { ProblemWorkspace, Workspace, type LoadedProblem } from '@/features/workspace';

/** The translated problems (data/i18n/ja/bank, checked by check:translations), fetched only by Japanese readers. */
const JAPANESE_BANKS = [() => import('../../../data/i18n/ja/bank/basics.json')];

function useJapaneseProblems(): BankTranslation | null {
  const japanese = useLocale() === 'ja';
  const [bank, setBank] = useState<BankTranslation | null>(null);
  useEffect(() => {
    if (!japanese || bank) return;
    let live = true;
    Promise.all(JAPANESE_BANKS.map((load) => load()))
      .then((banks) => {
        if (live) setBank({ problems: Object.assign({}, ...banks.map((b) => (b.default as BankTranslation).problems)) });
      })
      .catch(() => {
        // Offline on a first visit: the problems stay in English.
      });
    return () => {
      live = false;
    };
  }, [japanese, bank]);
  return japanese ? bank : null;
}

/** The practice workspace with auto mode composed in (the run banner, help when stuck, badges earned), its active time counted; in Japanese, with the translated problems. */
export function PracticeWorkspace({ catalog, lessons }: { catalog: Catalog; lessons: string[] }) {
  const bank = useJapaneseProblems();
  const shown = useMemo(() => (bank ? { ...catalog, problems: catalog.problems.map((p) => localizeSummary(p, bank)) } : catalog), [catalog, bank]);
  const japanese = useLocale() === 'ja';
  return (
    <Workspace catalog={shown}>
      {(loaded) => <WithAutoMode key={loaded.problem.id} {...loaded} lessons={lessons} bank={bank} japanese={japanese} />}
    </Workspace>
  );
}

function WithAutoMode({ problem: english, summary, catalog, lessons, bank, japanese }: LoadedProblem & { lessons: string[]; bank: BankTranslation | null; japanese: boolean }) {
  const auto = useAutoPractice(summary, catalog, lessons);
  useTimeOn({ kind: 'problem', id: english.id });
  const translation = bank?.problems[english.id];
  const problem = useMemo(() => localizeProblem(english, translation), [english, translation]);
  const imported = catalog.modules.find((m) => m.id === summary.module)?.imported ?? false;
  const untranslated = japanese && bank !== null && !translation && !imported;
  const { offer, dismiss } = auto.help;
  return (
    <ProblemWorkspace
      problem={problem}
      summary={summary}
      catalog={catalog}
      banner={
        <>
          {untranslated ? <UntranslatedNote kind="problem" className="border-b border-amber-200 px-4 py-1.5 dark:border-amber-900/60" /> : null}
          {auto.run ? (
            <RunBanner run={auto.run} problemId={problem.id} catalog={auto.pool.problems} modules={catalog.modules} lesson={auto.lesson} onSkip={auto.skip} onEasier={auto.easier} onHarder={auto.harder} />
          ) : null}
        </>
      }
      helpOffer={(hint) =>
        offer ? (
          <HelpOfferCard
            offer={offer}
            hintLabel={hint.label}
            onHint={() => {
              dismiss();
              hint.show();
            }}
            onDismiss={dismiss}
          />
        ) : null
      }
      overlay={<BadgeToast ids={auto.badges} onClose={auto.closeBadges} />}
      onAnswer={auto.answer}
      onNext={auto.next}
      share={({ getCode, solved }) => <ShareProblemButton problem={problem} getCode={getCode} solved={solved} />}
    />
  );
}
