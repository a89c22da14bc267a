import type { Metadata } from 'next';
import { OfflineStatus } from '@/features/offline';
import { SettingsForm } from '@/features/settings';
import { Msg, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <Page title={{ k: 'pages.settings.title' }} intro={<Msg k="pages.settings.intro" />}>
      <SettingsForm />
      <OfflineStatus />
    </Page>
  );
}
