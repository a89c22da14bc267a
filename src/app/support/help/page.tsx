import type { Metadata } from 'next';
import { Msg, Page } from '@/features/shell';
import { HelpContent } from './HelpContent';
import { HelpMessages } from './HelpMessages';

export const metadata: Metadata = { title: 'Help' };

export default function HelpPage() {
  return (
    <Page title={{ k: 'pages.help.title' }} intro={<Msg k="pages.help.intro" />}>
      <HelpMessages>
        <HelpContent />
      </HelpMessages>
    </Page>
  );
}
