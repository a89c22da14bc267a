'use client';
import { createContext, useContext, useId, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

/**
 * Tabs after the WAI-ARIA tabs pattern, with automatic activation: the
 * selected tab is the one tab stop of the list; arrow keys (wrapping), Home
 * and End move focus and select. A panel renders only while selected, unless
 * `keepMounted` (then it is hidden). Controlled: the owner keeps `value`.
 */
interface TabsState {
  value: string;
  select(value: string): void;
  base: string;
}

const TabsContext = createContext<TabsState | null>(null);

function useTabs(): TabsState {
  const state = useContext(TabsContext);
  if (!state) throw new Error('Tab parts must sit inside <Tabs>');
  return state;
}

const safe = (value: string) => value.replace(/[^\w-]/g, '_');
const tabId = (base: string, value: string) => `${base}-tab-${safe(value)}`;
const panelId = (base: string, value: string) => `${base}-panel-${safe(value)}`;

export function Tabs({ value, onValueChange, className, style, children }: { value: string; onValueChange(value: string): void; className?: string; style?: CSSProperties; children: ReactNode }) {
  const base = useId().replace(/:/g, '');
  return (
    <TabsContext.Provider value={{ value, select: onValueChange, base }}>
      <div className={className} style={style}>
        {children}
      </div>
    </TabsContext.Provider>
  );
}

export function TabList({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? []);
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || tabs.length === 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    target.focus();
    target.click();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={className} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

export function Tab({ value, className, children }: { value: string; className?: string; children: ReactNode }) {
  const { value: selected, select, base } = useTabs();
  const active = value === selected;
  return (
    <button
      type="button"
      role="tab"
      id={tabId(base, value)}
      aria-selected={active}
      aria-controls={panelId(base, value)}
      tabIndex={active ? 0 : -1}
      data-state={active ? 'active' : 'inactive'}
      className={className}
      onClick={() => select(value)}
    >
      {children}
    </button>
  );
}

export function TabPanel({ value, keepMounted = false, className, children }: { value: string; keepMounted?: boolean; className?: string; children: ReactNode }) {
  const { value: selected, base } = useTabs();
  const active = value === selected;
  if (!active && !keepMounted) return null;
  return (
    <div
      role="tabpanel"
      id={panelId(base, value)}
      aria-labelledby={tabId(base, value)}
      tabIndex={0}
      hidden={!active}
      data-state={active ? 'active' : 'inactive'}
      className={className}
    >
      {children}
    </div>
  );
}
