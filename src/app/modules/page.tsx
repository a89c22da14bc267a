import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { Msg, Page } from '@/features/shell';
import { ModulesWithSharing } from './ModulesWithSharing';
import { ModuleWords } from './ModuleWords';

export const metadata: Metadata = { title: 'Modules' };

export default function ModulesPage() {
  const catalog = builtInCatalog();
  return (
    <Page
      title={{ k: 'pages.modules.title' }}
      intro={<Msg k="pages.modules.intro" values={{ modules: catalog.modules.length, problems: catalog.problems.length }} />}
    >
      <ModuleWords>
        <ModulesWithSharing catalog={catalog} />
      </ModuleWords>
    </Page>
  );
}
