'use client';
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';

// Monaco is served from this origin (copied from the monaco-editor package
// at build time), never from a CDN.
loader.config({ paths: { vs: `/monaco/${process.env.NEXT_PUBLIC_MONACO_VERSION}/vs` } });

export interface MonacoEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  onSubmit(): void;
  dark: boolean;
  fontSize: number;
  label: string;
}

export default function MonacoEditor({ value, onChange, onRun, onSubmit, dark, fontSize, label }: MonacoEditorProps) {
  // Keep the latest callbacks for the editor commands registered once on mount.
  const actions = useRef({ onRun, onSubmit });
  useEffect(() => {
    actions.current = { onRun, onSubmit };
  }, [onRun, onSubmit]);

  const handleMount: OnMount = (editor, monaco) => {
    editor.addAction({
      id: 'pydojo.run',
      label: 'Run code',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => actions.current.onRun(),
    });
    editor.addAction({
      id: 'pydojo.submit',
      label: 'Submit (run all tests)',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      run: () => actions.current.onSubmit(),
    });
  };

  return (
    <Editor
      language="python"
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onChange={(next) => onChange(next ?? '')}
      onMount={handleMount}
      loading={<span className="text-sm text-slate-500">Loading editor…</span>}
      options={{
        fontSize,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        insertSpaces: true,
        ariaLabel: label,
        accessibilitySupport: 'auto',
        renderLineHighlight: 'line',
        padding: { top: 8 },
        fixedOverflowWidgets: true,
      }}
    />
  );
}
