import Link from 'next/link';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ProblemList } from '@/features/catalog';
import { Card, Page } from '@/features/shell';

export default function DashboardPage() {
  const catalog = builtInCatalog();
  const starter = catalog.problems.filter((p) => p.pack === 'starter');
  return (
    <Page
      title="Welcome to PyDojo"
      intro="Practise Python in your browser: write code in a real editor, run it instantly, and get graded by tests. Nothing to install, and your code never leaves this device."
      actions={
        <div className="flex gap-2">
          <Link href="/modules" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Browse {catalog.modules.length} modules
          </Link>
          <Link href="/practice/manual" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            Start practising
          </Link>
        </div>
      }
    >
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">1. Read the problem</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Each problem has a statement, examples and visible tests so you know what is expected.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">2. Run your code</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Python runs right here in your browser. Print, use input(), and press Stop if a loop runs away.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">3. Submit</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Tests decide: visible ones show expected against actual, hidden ones check the edge cases.</p>
        </Card>
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">Starter set</h2>
      <ProblemList problems={starter} />
    </Page>
  );
}
