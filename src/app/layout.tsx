import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/features/offline';
import { ProgressTracking } from '@/features/progress';
import { StartPythonEarly } from '@/features/runtime';
import { AppShell, I18nProvider, THEME_SCRIPT } from '@/features/shell';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'PyDojo — practise Python in your browser', template: '%s · PyDojo' },
  description: 'Write Python in a real editor, run it instantly in your browser, and get graded by tests.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <StartPythonEarly />
      </head>
      <body>
        <I18nProvider>
          <AppShell>
            <OfflineSupport />
            <ProgressTracking>{children}</ProgressTracking>
          </AppShell>
        </I18nProvider>
      </body>
    </html>
  );
}
