'use client';
import dynamic from 'next/dynamic';
import type { MonacoEditorProps } from './MonacoEditor';

function EditorFallback({ value }: { value: string }) {
  return (
    <pre aria-busy="true" className="h-full overflow-auto p-3 font-mono text-sm text-slate-500">
      {value}
    </pre>
  );
}

const LazyMonaco = dynamic(() => import('./MonacoEditor'), { ssr: false, loading: () => null });

/** The code editor: Monaco, loaded lazily after the page is interactive. */
export function CodeEditor(props: MonacoEditorProps) {
  return (
    <div className="relative h-full" data-testid="code-editor">
      <div className="absolute inset-0">
        <LazyMonaco {...props} />
      </div>
      <noscript>
        <EditorFallback value={props.value} />
      </noscript>
    </div>
  );
}
