'use client';
import { useTranslations } from 'use-intl';

/** The button beside Run that opens the visualiser; styled by the place that shows it. */
export function StepThroughButton({ onClick, disabled, className, name }: { onClick(): void; disabled?: boolean; className: string; name?: string }) {
  const t = useTranslations('visualiser.Visualiser');
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className={className}
      aria-label={name ? t('stepThroughNamed', { name }) : undefined}
      data-testid="step-through"
    >
      <span aria-hidden="true">→</span> {t('stepThrough')}
    </button>
  );
}

/** The words for the visualiser's tab (the workspace shows it beside Output and Tests). */
export function useVisualiserTitle(): string {
  return useTranslations('visualiser.Visualiser')('title');
}
