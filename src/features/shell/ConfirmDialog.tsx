'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';

const BUTTON = 'inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium';
const TONES = {
  danger: 'bg-red-700 text-white hover:bg-red-800',
  warning: 'bg-amber-600 text-white hover:bg-amber-700',
};

/** A modal confirmation (native <dialog>): Escape or the safe button cancels, and the safe button has focus. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'danger',
  confirmTestId,
  onCancel,
  onConfirm,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: keyof typeof TONES;
  confirmTestId?: string;
  onCancel(): void;
  onConfirm(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      onCancel={onCancel}
      aria-labelledby={titleId}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 text-sm text-slate-700 dark:text-slate-300">{children}</div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={onCancel}
          className={`${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
          autoFocus
        >
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm} className={`${BUTTON} ${TONES[tone]}`} data-testid={confirmTestId}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
