import type { Metadata } from 'next';
import { OfflineStatus } from '@/features/offline';
import { SettingsForm } from '@/features/settings';
import { Msg, Page } from '@/features/shell';
import { SettingsWords } from './SettingsWords';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <Page title={{ k: 'pages.settings.title' }} intro={<Msg k="pages.settings.intro" />}>
      <SettingsWords>
        <SettingsForm />
        <OfflineStatus />
      </SettingsWords>
    </Page>
  );
}
