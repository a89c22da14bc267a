import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ModulesBrowser } from '@/features/modules';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Modules' };

export default function ModulesPage() {
  const catalog = builtInCatalog();
  return (
    <Page
      title="Modules"
      intro={`The curriculum: ${catalog.modules.length} modules and ${catalog.problems.length} problems, from first steps to interview-style practice.`}
    >
      <ModulesBrowser catalog={catalog} />
    </Page>
  );
}
