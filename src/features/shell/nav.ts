/** Labels are keys in the `shell.nav` messages. */
export interface NavItem {
  href: string;
  label: 'dashboard' | 'lessons' | 'projects' | 'modules' | 'workspace' | 'pickTopic' | 'auto' | 'history' | 'stats' | 'aiUsage' | 'settings' | 'help';
  icon: string;
}

export interface NavGroup {
  label: 'learn' | 'practice' | 'insights' | 'support';
  items: NavItem[];
}

export const NAV: NavGroup[] = [
  {
    label: 'learn',
    items: [
      { href: '/', label: 'dashboard', icon: '◧' },
      { href: '/learn', label: 'lessons', icon: '✎' },
      { href: '/projects', label: 'projects', icon: '⚑' },
      { href: '/modules', label: 'modules', icon: '▤' },
    ],
  },
  {
    label: 'practice',
    items: [
      { href: '/practice', label: 'workspace', icon: '⌨' },
      { href: '/practice/manual', label: 'pickTopic', icon: '☰' },
      { href: '/practice/auto', label: 'auto', icon: '↻' },
      { href: '/history', label: 'history', icon: '◷' },
    ],
  },
  {
    label: 'insights',
    items: [
      { href: '/insights/stats', label: 'stats', icon: '▦' },
      { href: '/insights/api-usage', label: 'aiUsage', icon: '▥' },
    ],
  },
  {
    label: 'support',
    items: [
      { href: '/support/settings', label: 'settings', icon: '⚙' },
      { href: '/support/help', label: 'help', icon: '?' },
    ],
  },
];

export function isActive(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  if (href === '/practice') return pathname === '/practice';
  return pathname === href || pathname.startsWith(href + '/');
}
