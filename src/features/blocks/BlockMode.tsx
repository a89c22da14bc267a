'use client';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/features/shell';
import type { BlocksEditorProps, CodeSourceSlot } from './BlocksEditor';
import type { BlockProgramStore } from './program-store';

/** Blockly arrives only when block mode opens: pages and problems that never use blocks load none of it. */
const LazyBlocks = dynamic(() => import('./BlocksEditor'), {
  ssr: false,
  loading: () => <LoadingBlocks />,
});

function LoadingBlocks() {
  const t = useTranslations('blocks.BlockMode');
  return <p className="grid h-full place-items-center text-sm text-slate-600 dark:text-slate-400">{t('loading')}</p>;
}

export function BlocksEditor(props: BlocksEditorProps) {
  return <LazyBlocks {...props} />;
}

/** The workspace's code handle, as block mode uses it. */
export interface BlockModeCode extends CodeSourceSlot {
  getCode(): string;
  replaceCode(text: string): void;
}

export type EditorMode = 'blocks' | 'text';

export interface BlockMode {
  /** Whether the problem offers blocks at all (beginner problems). */
  available: boolean;
  mode: EditorMode;
  /** Open block mode (only from the starter code: blocks start from an empty program). */
  openBlocks(): void;
  /** Ask to turn the blocks into text (confirmed by the dialog). */
  askText(): void;
  /** The confirmation dialog, when asked. */
  dialog: React.ReactNode;
}

/**
 * Blocks or text for one program (a problem's draft, a project's program).
 * A saved block program opens in block mode. Blocks → text is one way: the
 * generated Python goes into the text editor and the block program is dropped.
 */
export function useBlockMode({
  available,
  store,
  code,
  subject,
}: {
  /** Whether blocks are offered at all (beginner problems, the first projects). */
  available: boolean;
  store: BlockProgramStore;
  code: BlockModeCode;
  subject: 'problem' | 'project';
}): BlockMode {
  const t = useTranslations('blocks.BlockMode');
  const [mode, setMode] = useState<EditorMode>(() => (available && store.load() !== undefined ? 'blocks' : 'text'));
  const [confirming, setConfirming] = useState(false);
  // The Python to keep as text, saved once the block editor has gone (it saves on the way out).
  const toText = useRef<string | null>(null);

  useEffect(() => {
    if (mode !== 'text' || toText.current === null) return;
    store.toText(toText.current);
    toText.current = null;
  }, [mode, store]);

  const confirm = () => {
    const generated = code.getCode();
    code.setSource(null);
    code.replaceCode(generated);
    toText.current = generated;
    setConfirming(false);
    setMode('text');
  };

  const dialog = confirming ? (
    <ConfirmDialog title={t('switchTitle')} confirmLabel={t('switchConfirm')} cancelLabel={t('switchCancel')} tone="warning" confirmTestId="confirm-text-mode" onCancel={() => setConfirming(false)} onConfirm={confirm}>
      {t('switchBody', { subject })}
    </ConfirmDialog>
  ) : null;

  return { available, mode, openBlocks: () => setMode('blocks'), askText: () => setConfirming(true), dialog };
}

const SEGMENT = 'px-3 py-1 text-sm font-medium first:rounded-l-md last:rounded-r-md aria-pressed:bg-brand-600 aria-pressed:text-white disabled:cursor-not-allowed disabled:opacity-50';

/** The "Blocks | Text" switch, with how to use the blocks from the keyboard. */
export function BlockModeSwitch({ blocks, canOpenBlocks }: { blocks: BlockMode; canOpenBlocks: boolean }) {
  const t = useTranslations('blocks.BlockMode');
  if (!blocks.available) return null;
  const inBlocks = blocks.mode === 'blocks';
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-3 py-1 text-sm dark:border-slate-800">
      <div role="group" aria-label={t('editor')} className="inline-flex rounded-md border border-slate-300 dark:border-slate-700" data-testid="editor-mode">
        <button type="button" className={SEGMENT} aria-pressed={inBlocks} disabled={!inBlocks && !canOpenBlocks} onClick={inBlocks ? undefined : blocks.openBlocks}>
          {t('blocks')}
        </button>
        <button type="button" className={SEGMENT} aria-pressed={!inBlocks} onClick={inBlocks ? blocks.askText : undefined}>
          {t('text')}
        </button>
      </div>
      {!inBlocks && !canOpenBlocks ? <span className="text-xs text-slate-600 dark:text-slate-400">{t('resetFirst')}</span> : null}
      {inBlocks ? (
        <details className="text-xs text-slate-600 dark:text-slate-400">
          <summary className="cursor-pointer">{t('keyboard')}</summary>
          <p className="mt-1 max-w-prose">
            {t('keyboardHelp')}
          </p>
        </details>
      ) : null}
    </div>
  );
}
