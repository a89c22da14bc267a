'use client';
import { useTranslations } from 'use-intl';
import type { HelpOffer } from '@/core/auto/stuck';

/** A quiet, dismissible offer of help; it never takes focus from the editor. */
export function HelpOfferCard({
  offer,
  hintLabel,
  onHint,
  onDismiss,
}: {
  offer: HelpOffer;
  hintLabel: string | null;
  onHint(): void;
  onDismiss(): void;
}) {
  const t = useTranslations('auto.HelpOfferCard');
  const reason = (): string => {
    switch (offer.rule) {
      case 'repeated-error':
        return t('reasons.repeated-error', { count: offer.count, error: offer.errorType ?? '' });
      case 'long-time':
        return t('reasons.long-time', { count: offer.count, since: offer.sinceOffer ? 'offer' : 'opened' });
      case 'failing-submits':
      case 'unchanged-runs':
        return t(`reasons.${offer.rule}`, { count: offer.count });
      default:
        return '';
    }
  };
  return (
    <div
      className="flex flex-wrap items-center gap-2 border-b border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
      role="status"
      aria-live="polite"
      data-testid="help-offer"
    >
      <p className="min-w-0 flex-1">
        <strong>{t('stuck')}</strong> {reason()}
      </p>
      {hintLabel ? (
        <button type="button" onClick={onHint} className="rounded-md bg-sky-700 px-2.5 py-1 font-medium text-white hover:bg-sky-800" data-testid="help-offer-hint">
          {hintLabel}
        </button>
      ) : null}
      <button type="button" onClick={onDismiss} className="rounded-md px-2 py-1 underline" data-testid="help-offer-dismiss">
        {t('notNow')}
      </button>
    </div>
  );
}
