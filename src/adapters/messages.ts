/**
 * The UI's words. English is bundled (the prerendered pages are English);
 * another language's catalogue is fetched as its own chunk when a learner
 * needs it.
 */
import type { Locale } from '@/core/i18n/locale';
import { MESSAGES_EN } from './messages-en';

export type Messages = typeof MESSAGES_EN;
export { MESSAGES_EN };

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return MESSAGES_EN;
  const { MESSAGES_JA } = await import('./messages-ja');
  return MESSAGES_JA as Messages;
}
