'use client';
import { useState } from 'react';
import type { editor } from 'monaco-editor';

/**
 * The editor owns its text. React never writes the learner's code back into
 * the editor; whoever needs the code (Run, Submit, the draft, the AI coach)
 * asks this handle at the moment it acts, and whoever replaces the code
 * (Reset, an inserted solution) does it through the editor's model as one
 * undoable edit.
 */
export interface CodeHandle {
  /** The code as it is now: the editor's model once the editor is up, the initial code before. */
  getCode(): string;
  /** Replace all of the code as one edit that Ctrl+Z undoes. */
  replaceCode(text: string): void;
  /** Called after every change of the code (typing, paste, undo, replace). Returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Move the keyboard focus into the editor (no-op before it is up). */
  focus(): void;
  /** Mark one line as the one running (the step-through visualiser), or none with null. */
  highlightLine(line: number | null): void;
}

/** The side the editor component uses: it attaches its editor once it exists and detaches before disposing it. */
export interface EditorBinding extends CodeHandle {
  attach(editor: editor.IStandaloneCodeEditor): void;
  detach(): void;
  /**
   * Another editor owns the code for now (block mode: the Python generated
   * from the blocks); null gives it back. getCode() reads the source when asked.
   */
  setSource(source: CodeSource | null): void;
}

/** Where the code comes from while Monaco is not the editor. */
export interface CodeSource {
  getCode(): string;
}

// Styled in globals.css: a pale band over the line (the code stays readable) and a bar in the gutter.
const TRACE_LINE_CLASS = 'pd-trace-line';
const TRACE_GUTTER_CLASS = 'pd-trace-gutter';

export function createCodeHandle(initial: string): EditorBinding {
  let text = initial;
  let bound: editor.IStandaloneCodeEditor | null = null;
  let subscription: { dispose(): void } | null = null;
  let source: CodeSource | null = null;
  let highlight: editor.IEditorDecorationsCollection | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getCode: () => source?.getCode() ?? bound?.getModel()?.getValue() ?? text,
    replaceCode(next) {
      const model = bound?.getModel();
      if (!bound || !model) {
        text = next;
        notify();
        return;
      }
      if (model.getValue() === next) return;
      // Undo stops on both sides keep the replacement one step of its own.
      bound.pushUndoStop();
      bound.executeEdits('pydojo.replace', [{ range: model.getFullModelRange(), text: next, forceMoveMarkers: true }]);
      bound.pushUndoStop();
      bound.setPosition({ lineNumber: 1, column: 1 });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focus: () => bound?.focus(),
    highlightLine(line) {
      highlight?.clear();
      highlight = null;
      if (!bound || line === null || line < 1) return;
      highlight = bound.createDecorationsCollection([
        {
          range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
          options: { isWholeLine: true, className: TRACE_LINE_CLASS, linesDecorationsClassName: TRACE_GUTTER_CLASS },
        },
      ]);
      bound.revealLineInCenterIfOutsideViewport(line);
    },
    attach(next) {
      subscription?.dispose();
      bound = next;
      subscription = next.onDidChangeModelContent(notify);
    },
    setSource(next) {
      source = next;
    },
    detach() {
      // Keep the last text, so the code survives the editor going away.
      text = bound?.getModel()?.getValue() ?? text;
      subscription?.dispose();
      subscription = null;
      highlight = null;
      bound = null;
    },
  };
}

/** One handle per mounted workspace, starting from the given code (read once). */
export function useCodeHandle(initial: () => string): EditorBinding {
  const [handle] = useState(() => createCodeHandle(initial()));
  return handle;
}
