import type { Metadata } from 'next';
import Link from 'next/link';
import { STARTER_PACK } from '@/features/catalog';
import { Card, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Modules' };

export default function ModulesPage() {
  const counts = { beginner: 0, intermediate: 0, advanced: 0 };
  for (const p of STARTER_PACK.problems) counts[p.difficulty]++;
  return (
    <Page title="Modules" intro="The curriculum, module by module. Open a module to see its problems.">
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <Card>
            <h2 className="text-lg font-semibold">
              <Link href={`/modules/${STARTER_PACK.id}`} className="hover:underline">
                {STARTER_PACK.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{STARTER_PACK.description}</p>
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
              {STARTER_PACK.problems.length} problems · {counts.beginner} beginner · {counts.intermediate} intermediate · {counts.advanced} advanced
            </p>
          </Card>
        </li>
      </ul>
    </Page>
  );
}
