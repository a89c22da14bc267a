/**
 * The UI's words. The English words every page needs are bundled with the
 * shell; a feature's namespace comes with the pages that show it (`PageMessages`).
 * Another language's catalogue is fetched whole, as its own chunk, when a
 * learner needs it.
 */
import type { Locale } from '@/core/i18n/locale';
import type { MESSAGES_EN } from './messages-en';
import { SHARED_MESSAGES_EN } from './messages-en-shared';

/** The whole catalogue's shape: every message key is typed against it. */
export type Messages = typeof MESSAGES_EN;
/** What the shell holds: the shared English words, or a whole catalogue of another language. */
export type ShellMessages = typeof SHARED_MESSAGES_EN & Partial<Messages>;
/** A namespace whose English words come with the pages that use them. */
export type PageNamespace = Exclude<keyof Messages, keyof typeof SHARED_MESSAGES_EN>;
/** English words of some page namespaces, as a page brings them. */
export type PageWords = { [N in PageNamespace]?: Messages[N] };

export { SHARED_MESSAGES_EN };

export async function loadMessages(locale: Locale): Promise<ShellMessages> {
  if (locale === 'en') return SHARED_MESSAGES_EN;
  const { MESSAGES_JA } = await import('./messages-ja');
  return MESSAGES_JA as Messages;
}
