// Typed message keys: `t('missing.key')` is a type error.
import type { Locale } from '@/core/i18n/locale';
import type { Messages } from '@/adapters/messages';

declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
