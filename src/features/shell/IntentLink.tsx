'use client';
import { useRouter } from 'next/navigation';
import type { ComponentProps, MouseEvent } from 'react';

/** A click the browser should handle itself: a new tab or window, a download, another target. */
function leavesToBrowser(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || (target !== null && target !== '_self') || event.currentTarget.hasAttribute('download');
}

/**
 * A link within PyDojo for the shell and other parts of every page: a plain
 * anchor that navigates on the client, and fetches its page only when the
 * learner shows intent (pointer over it, keyboard focus, a touch), not
 * whenever it scrolls into view. The navigation shown on every page would
 * otherwise download every page it links to again on each visit. (Not
 * next/link: its 2.4 KB would join every page's first scripts for what
 * the router's push and prefetch do here.)
 */
export function IntentLink({ href, onClick, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<'a'> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (leavesToBrowser(event)) return;
        event.preventDefault();
        router.push(href);
      }}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
