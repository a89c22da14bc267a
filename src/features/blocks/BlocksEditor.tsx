'use client';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { CATEGORIES, KITS, toolboxFor, type Toolbox, type ToolboxSource } from '@/core/blocks/toolbox';
import type { BlockProgramStore } from './program-store';
import { Blockly, blocklyMessages, generatePython, installPythonBlocks, setBlocksLocale, TOOLTIPS, type TooltipKey } from './python-blocks';

/** What the block editor needs from the workspace's code handle: to become the source of the code. */
export interface CodeSourceSlot {
  setSource(source: { getCode(): string } | null): void;
}

export interface BlocksEditorProps {
  /** What the toolbox offers (a problem, or a project's step described the same way). */
  problem: ToolboxSource;
  /** Where the program is kept (keep it the same object while the editor is open). */
  store: BlockProgramStore;
  code: CodeSourceSlot;
  dark: boolean;
  label: string;
}

const SAVE_AFTER_MS = 300;

let darkTheme: Blockly.Theme | null = null;
function theme(dark: boolean): Blockly.Theme {
  if (!dark) return Blockly.Themes.Classic;
  darkTheme ??= Blockly.Theme.defineTheme('pydojo-dark', {
    name: 'pydojo-dark',
    base: Blockly.Themes.Classic,
    componentStyles: {
      workspaceBackgroundColour: '#0f172a',
      toolboxBackgroundColour: '#1e293b',
      toolboxForegroundColour: '#e2e8f0',
      flyoutBackgroundColour: '#1e293b',
      flyoutForegroundColour: '#e2e8f0',
      flyoutOpacity: 0.95,
      scrollbarColour: '#64748b',
      insertionMarkerColour: '#f8fafc',
      insertionMarkerOpacity: 0.3,
      cursorColour: '#f8fafc',
    },
  });
  return darkTheme;
}

type T = ReturnType<typeof useTranslations<'blocks'>>;

/** The problem's toolbox with its categories named in the learner's language. */
function localToolbox(problem: ToolboxSource, t: T): Toolbox {
  const toolbox = toolboxFor(problem);
  return {
    ...toolbox,
    contents: toolbox.contents.map((category) => {
      const kit = KITS.find((k) => CATEGORIES[k] === category);
      return kit ? { ...category, name: t(`toolbox.${kit}`) } : category;
    }),
  };
}

/**
 * A Blockly workspace with the problem's toolbox and, beside it (below on
 * narrow screens), the Python generated from the blocks, read-only. The
 * workspace owns the program: the code handle reads the generated Python
 * when Run or Submit asks; the program (blocks + Python) is saved to its
 * store shortly after each change. Loaded lazily: only block mode pulls Blockly in.
 */
export default function BlocksEditor({ problem, store, code, dark, label }: BlocksEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [python, setPython] = useState('');
  const [workspace, setWorkspace] = useState<Blockly.WorkspaceSvg | null>(null);
  const initialDark = useRef(dark);
  const t = useTranslations('blocks');
  const locale = useLocale();
  // The language Blockly's words are in; the workspace is created (again) once they are.
  const [blocksLocale, setBlocksLocaleState] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void blocklyMessages(locale).then((messages) => {
      if (cancelled) return;
      installPythonBlocks();
      setBlocksLocale(messages, Object.fromEntries(TOOLTIPS.map((key) => [key, tooltip(t, key)])) as Record<TooltipKey, string>);
      setBlocksLocaleState(locale);
    });
    return () => {
      cancelled = true;
    };
  }, [locale, t]);

  useEffect(() => {
    const element = host.current;
    if (!element || blocksLocale === null) return;
    installPythonBlocks();
    const ws = Blockly.inject(element, {
      toolbox: localToolbox(problem, t),
      media: '/blockly/media/',
      theme: theme(initialDark.current),
      trashcan: true,
      sounds: false,
      zoom: { controls: true, wheel: false, startScale: 0.9 },
      move: { scrollbars: true, drag: true, wheel: true },
    });
    ws.registerToolboxCategoryCallback('PYDOJO_FUNCTIONS', (target) => [...Blockly.Procedures.flyoutCategory(target), { kind: 'block', type: 'py_return' }]);
    const saved = store.load();
    if (saved) {
      try {
        Blockly.serialization.workspaces.load(JSON.parse(saved), ws);
      } catch {
        // A program this version cannot read: start from an empty workspace rather than fail.
      }
    }
    code.setSource({ getCode: () => generatePython(ws) });
    setPython(generatePython(ws));

    let timer: number | undefined;
    const save = () => {
      timer = undefined;
      store.save(generatePython(ws), JSON.stringify(Blockly.serialization.workspaces.save(ws)));
    };
    const flush = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      save();
    };
    const onChange = (event: Blockly.Events.Abstract) => {
      if (event.isUiEvent) return;
      setPython(generatePython(ws));
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    };
    ws.addChangeListener(onChange);
    window.addEventListener('pagehide', flush);
    const resize = new ResizeObserver(() => Blockly.svgResize(ws));
    resize.observe(element);
    // Tests and the curious can reach the workspace from the page (`document.querySelector('[data-testid=blocks-workspace]').blocklyWorkspace`).
    (element as HTMLDivElement & { blocklyWorkspace?: Blockly.WorkspaceSvg }).blocklyWorkspace = ws;
    setWorkspace(ws);
    return () => {
      resize.disconnect();
      window.removeEventListener('pagehide', flush);
      ws.removeChangeListener(onChange);
      flush();
      ws.dispose();
      setWorkspace(null);
    };
    // A new language creates the workspace again (its blocks read their words when created); the program is saved on the way out.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t follows blocksLocale, which is set once Blockly's words are in.
  }, [problem, store, code, blocksLocale]);

  useEffect(() => {
    workspace?.setTheme(theme(dark));
  }, [workspace, dark]);

  return (
    <div className="flex h-full min-h-0 flex-col overflow-hidden xl:flex-row">
      <div role="region" aria-label={label} className="relative min-h-[300px] min-w-0 flex-[3] xl:min-h-0">
        <div ref={host} className="absolute inset-0" data-testid="blocks-workspace" />
      </div>
      <section aria-label={t('BlocksEditor.pythonFromBlocks')} className="flex min-h-0 min-w-0 flex-[2] flex-col border-t border-slate-200 xl:border-t-0 xl:border-l dark:border-slate-800">
        <h2 className="px-3 pt-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{t('BlocksEditor.readOnly')}</h2>
        <pre tabIndex={0} className="min-h-0 flex-1 overflow-auto px-3 py-2 font-mono text-sm whitespace-pre text-slate-800 dark:text-slate-100" data-testid="blocks-python">
          {python || t('BlocksEditor.empty')}
        </pre>
      </section>
    </div>
  );
}

/** A tooltip in the learner's language (code in it passed as values, so it needs no escaping). */
function tooltip(t: T, key: TooltipKey): string {
  return key === 'fstring' ? t('tooltips.fstring', { placeholder: '{expression}', example: '{a} + {b} = {a + b}' }) : t(`tooltips.${key}`);
}
