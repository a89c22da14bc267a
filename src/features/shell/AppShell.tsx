'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { startSavedStores } from '@/stores/registry';
import { RuntimeProvider } from '@/features/runtime';
import { IntentLink } from './IntentLink';
import { NAV, isActive } from './nav';
import { StorageNotices } from './StorageNotices';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';
import { useApplyTheme } from './use-theme';

function Brand() {
  return (
    <IntentLink href="/" className="flex items-center gap-2 font-semibold tracking-tight">
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
        Py
      </span>
      <span>PyDojo</span>
    </IntentLink>
  );
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname() ?? '/';
  const t = useTranslations('shell');
  return (
    <nav aria-label={t('mainNav')} className="space-y-5">
      {NAV.map((group) => (
        <div key={group.label}>
          <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">{t(`navGroups.${group.label}`)}</p>
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const active = isActive(pathname, item.href);
              return (
                <li key={item.href}>
                  <IntentLink
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={active ? 'page' : undefined}
                    className={
                      'flex items-center gap-2.5 rounded-md px-3 py-1.5 text-sm ' +
                      (active
                        ? 'bg-brand-50 font-medium text-brand-700 dark:bg-brand-700/20 dark:text-brand-100'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800')
                    }
                  >
                    <span aria-hidden="true" className="w-4 text-center">
                      {item.icon}
                    </span>
                    {t(`nav.${item.label}`)}
                  </IntentLink>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useTranslations('shell');
  useApplyTheme();
  // Stores hydrate on the client only, after the first render: the stores this
  // page has loaded now, a store loaded later as it registers. Another tab's
  // save is read back, so tabs never overwrite each other's records.
  useEffect(() => startSavedStores(), []);

  return (
    <RuntimeProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-slate-900"
      >
        {t('skipToContent')}
      </a>
      <div className="flex min-h-dvh">
        <aside className="sticky top-0 hidden h-dvh w-56 shrink-0 flex-col gap-6 overflow-y-auto border-r border-slate-200 bg-slate-50 px-3 py-4 md:flex dark:border-slate-800 dark:bg-slate-900/60">
          <div className="px-2">
            <Brand />
          </div>
          <NavLinks />
          <div className="mt-auto flex flex-wrap gap-2 px-2">
            <ThemeToggle />
            <LanguageSwitch />
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white/90 px-4 py-2 backdrop-blur md:hidden dark:border-slate-800 dark:bg-slate-950/90">
            <Brand />
            <div className="flex items-center gap-2">
              <LanguageSwitch compact />
              <ThemeToggle compact />
              <button
                type="button"
                className="whitespace-nowrap rounded-md border border-slate-200 px-2.5 py-1.5 text-sm dark:border-slate-700"
                aria-expanded={menuOpen}
                aria-controls="mobile-nav"
                onClick={() => setMenuOpen((open) => !open)}
              >
                {t('menu')}
              </button>
            </div>
          </header>
          {menuOpen ? (
            <div id="mobile-nav" className="border-b border-slate-200 bg-slate-50 px-3 py-4 md:hidden dark:border-slate-800 dark:bg-slate-900">
              <NavLinks onNavigate={() => setMenuOpen(false)} />
            </div>
          ) : null}
          <main id="main" className="min-w-0 flex-1">
            <StorageNotices />
            {children}
          </main>
        </div>
      </div>
    </RuntimeProvider>
  );
}
