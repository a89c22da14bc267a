import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ManualPicker } from '@/features/picker';
import { Msg, Page } from '@/features/shell';
import { ManualWords } from './ManualWords';

export const metadata: Metadata = { title: 'Pick a topic' };

export default function ManualPracticePage() {
  return (
    <Page title={{ k: 'pages.manual.title' }} intro={<Msg k="pages.manual.intro" />}>
      <ManualWords>
        <ManualPicker catalog={builtInCatalog()} />
      </ManualWords>
    </Page>
  );
}
