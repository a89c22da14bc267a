'use client';
import { loader } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type * as Monaco from 'monaco-editor';
import type { EditorBinding } from './code-handle';

// Monaco is served from this origin (copied from the monaco-editor package
// at build time), never from a CDN.
loader.config({ paths: { vs: `/monaco/${process.env.NEXT_PUBLIC_MONACO_VERSION}/vs` } });

export interface MonacoEditorProps {
  /** Where the code lives: the editor's model is created from it and attached to it. */
  code: EditorBinding;
  onRun(): void;
  onSubmit(): void;
  dark: boolean;
  fontSize: number;
  label: string;
  /** Shows code that is not the learner's to edit (a shared solution). */
  readOnly?: boolean;
}

const OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 4,
  insertSpaces: true,
  accessibilitySupport: 'auto',
  renderLineHighlight: 'line',
  padding: { top: 8 },
  fixedOverflowWidgets: true,
};

const theme = (dark: boolean) => (dark ? 'vs-dark' : 'vs');

/**
 * Monaco, uncontrolled: one model per mounted editor, created from the
 * code handle and disposed with the editor. Props never write text into it.
 */
export default function MonacoEditor({ code, onRun, onSubmit, dark, fontSize, label, readOnly = false }: MonacoEditorProps) {
  const t = useTranslations('workspace.MonacoEditor');
  const host = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<{ monaco: typeof Monaco; editor: Monaco.editor.IStandaloneCodeEditor } | null>(null);
  const [failed, setFailed] = useState(false);
  // The latest callbacks and looks, for the commands and the editor created once.
  const actions = { run: t('runAction'), submit: t('submitAction') };
  const latest = useRef({ onRun, onSubmit, dark, fontSize, label, actions, readOnly });
  useEffect(() => {
    latest.current = { onRun, onSubmit, dark, fontSize, label, actions, readOnly };
  });

  useEffect(() => {
    const loading = loader.init();
    let created: Monaco.editor.IStandaloneCodeEditor | null = null;
    loading.then(
      (monaco) => {
        if (!host.current) return;
        const { dark: isDark, fontSize: size, label: ariaLabel, actions: names, readOnly: locked } = latest.current;
        const model = monaco.editor.createModel(code.getCode(), 'python');
        const editor = monaco.editor.create(host.current, { ...OPTIONS, model, theme: theme(isDark), fontSize: size, ariaLabel, readOnly: locked });
        created = editor;
        editor.addAction({
          id: 'pydojo.run',
          label: names.run,
          keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
          run: () => latest.current.onRun(),
        });
        editor.addAction({
          id: 'pydojo.submit',
          label: names.submit,
          keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
          run: () => latest.current.onSubmit(),
        });
        code.attach(editor);
        setMounted({ monaco, editor });
      },
      (error: unknown) => {
        if ((error as { type?: string } | null)?.type !== 'cancelation') setFailed(true);
      },
    );
    return () => {
      (loading as Promise<unknown> & { cancel?(): void }).cancel?.();
      if (!created) return;
      code.detach();
      const model = created.getModel();
      created.dispose();
      model?.dispose();
    };
  }, [code]);

  useEffect(() => {
    mounted?.editor.updateOptions({ fontSize, ariaLabel: label });
  }, [mounted, fontSize, label]);

  useEffect(() => {
    mounted?.monaco.editor.setTheme(theme(dark));
  }, [mounted, dark]);

  return (
    <div className="relative h-full w-full">
      <div ref={host} className="h-full w-full" />
      {!mounted ? (
        <span className="absolute inset-0 grid place-items-center text-sm text-slate-600 dark:text-slate-400" role={failed ? 'alert' : undefined}>
          {failed ? t('failed') : t('loading')}
        </span>
      ) : null}
    </div>
  );
}
