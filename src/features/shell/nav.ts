export interface NavItem {
  href: string;
  label: string;
  icon: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const NAV: NavGroup[] = [
  {
    label: 'Learn',
    items: [
      { href: '/', label: 'Dashboard', icon: '◧' },
      { href: '/learn', label: 'Lessons', icon: '✎' },
      { href: '/projects', label: 'Projects', icon: '⚑' },
      { href: '/modules', label: 'Modules', icon: '▤' },
    ],
  },
  {
    label: 'Practice',
    items: [
      { href: '/practice', label: 'Workspace', icon: '⌨' },
      { href: '/practice/manual', label: 'Pick a topic', icon: '☰' },
      { href: '/practice/auto', label: 'Auto mode', icon: '↻' },
      { href: '/history', label: 'History', icon: '◷' },
    ],
  },
  {
    label: 'Insights',
    items: [
      { href: '/insights/stats', label: 'Stats', icon: '▦' },
      { href: '/insights/api-usage', label: 'AI usage', icon: '▥' },
    ],
  },
  {
    label: 'Support',
    items: [
      { href: '/support/settings', label: 'Settings', icon: '⚙' },
      { href: '/support/help', label: 'Help', icon: '?' },
    ],
  },
];

export function isActive(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  if (href === '/practice') return pathname === '/practice';
  return pathname === href || pathname.startsWith(href + '/');
}
