import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { slimCatalog, StatsDetail } from '@/features/dashboard';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Stats' };

export default function StatsPage() {
  return (
    <Page title="Statistics" intro="Attempts, solves and mastery per module, subtopic, problem type and difficulty. Kept in this browser only.">
      <StatsDetail catalog={slimCatalog(builtInCatalog())} />
    </Page>
  );
}
