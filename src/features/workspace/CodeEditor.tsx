'use client';
import dynamic from 'next/dynamic';
import type { MonacoEditorProps } from './MonacoEditor';

const LazyMonaco = dynamic(() => import('./MonacoEditor'), { ssr: false, loading: () => null });

/** The code editor: Monaco, loaded lazily after the page is interactive. It owns its text (see code-handle.ts). */
export function CodeEditor({ hidden = false, ...props }: MonacoEditorProps & { hidden?: boolean }) {
  return (
    <div className={`relative h-full ${hidden ? 'hidden' : ''}`} data-testid="code-editor">
      <div className="absolute inset-0">
        <LazyMonaco {...props} />
      </div>
    </div>
  );
}
