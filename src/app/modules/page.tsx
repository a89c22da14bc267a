import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ModulesBrowser } from '@/features/modules';
import { Msg, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Modules' };

export default function ModulesPage() {
  const catalog = builtInCatalog();
  return (
    <Page
      title={{ k: 'pages.modules.title' }}
      intro={<Msg k="pages.modules.intro" values={{ modules: catalog.modules.length, problems: catalog.problems.length }} />}
    >
      <ModulesBrowser catalog={catalog} />
    </Page>
  );
}
