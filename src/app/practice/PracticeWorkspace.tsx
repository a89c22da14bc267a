'use client';
import type { Catalog } from '@/core/catalog';
import { BadgeToast, HelpOfferCard, RunBanner, useAutoPractice } from '@/features/auto';
import { useTimeOn } from '@/features/progress';
import { ProblemWorkspace, Workspace, type LoadedProblem } from '@/features/workspace';

/** The practice workspace with auto mode composed in (the run banner, help when stuck, badges earned), its active time counted. */
export function PracticeWorkspace({ catalog, lessons }: { catalog: Catalog; lessons: string[] }) {
  return <Workspace catalog={catalog}>{(loaded) => <WithAutoMode key={loaded.problem.id} {...loaded} lessons={lessons} />}</Workspace>;
}

function WithAutoMode({ problem, summary, catalog, lessons }: LoadedProblem & { lessons: string[] }) {
  const auto = useAutoPractice(summary, catalog, lessons);
  useTimeOn({ kind: 'problem', id: problem.id });
  const { offer, dismiss } = auto.help;
  return (
    <ProblemWorkspace
      problem={problem}
      summary={summary}
      catalog={catalog}
      banner={
        auto.run ? (
          <RunBanner run={auto.run} problemId={problem.id} catalog={auto.pool.problems} modules={catalog.modules} lesson={auto.lesson} onSkip={auto.skip} onEasier={auto.easier} onHarder={auto.harder} />
        ) : null
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
    />
  );
}
