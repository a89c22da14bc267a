/**
 * The lesson editor: CodeMirror 6 with Python, loaded only when a learner
 * starts editing an example (never part of a lesson page's first load). The
 * editor owns its text: React never writes into it; Run reads it, Reset
 * replaces it with one undoable change.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface LessonEditor {
  getCode(): string;
  /** Replace the whole text as one change (Ctrl+Z brings the old text back). */
  replaceAll(code: string): void;
  focus(at?: { x: number; y: number }): void;
  destroy(): void;
}

const theme = EditorView.theme({
  '&': { fontSize: '0.875rem', backgroundColor: 'transparent' },
  '.cm-content': { fontFamily: 'var(--font-mono)', padding: '0.75rem', lineHeight: '1.625', caretColor: 'currentColor' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', overflowX: 'auto' },
  '&.cm-focused': { outline: 'none' },
  '.cm-cursor': { borderLeftColor: 'currentColor' },
});

export function createLessonEditor(parent: HTMLElement, options: { code: string; label: string; onRun(): void }): LessonEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        history(),
        indentOnInput(),
        python(),
        syntaxHighlighting(classHighlighter),
        EditorState.tabSize.of(4),
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              options.onRun();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        theme,
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    replaceAll: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: (at) => {
      view.focus();
      const pos = at ? view.posAtCoords(at) : null;
      if (pos !== null) view.dispatch({ selection: { anchor: pos } });
    },
    destroy: () => view.destroy(),
  };
}
