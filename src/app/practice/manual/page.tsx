import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ManualPicker } from '@/features/picker';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Pick a topic' };

export default function ManualPracticePage() {
  return (
    <Page title="Pick a topic" intro="Choose a topic and a difficulty. PyDojo picks a question you have not seen yet, until you have seen them all.">
      <ManualPicker catalog={builtInCatalog()} />
    </Page>
  );
}
