import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { SharePage } from '@/features/share';
import { ShareWords } from './ShareWords';

export const metadata: Metadata = { title: 'Shared with you' };

/** Prerendered once; the share itself is in the fragment, which only the browser reads. */
export default function ShareRoute() {
  return (
    <ShareWords>
      <SharePage builtIn={builtInCatalog()} />
    </ShareWords>
  );
}
