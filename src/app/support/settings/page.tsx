import type { Metadata } from 'next';
import { SettingsForm } from '@/features/settings';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <Page title="Settings" intro="Preferences are saved in this browser only.">
      <SettingsForm />
    </Page>
  );
}
