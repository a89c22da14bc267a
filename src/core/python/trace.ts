/**
 * A recorded execution for the step-through visualiser, as workers/trace.py
 * writes it, and the pure "step model" that turns it into what the view shows
 * at one step.
 *
 * The recording is compact: frames and heap objects are interned (a row that
 * did not change between steps is stored once and shared), and each step
 * holds indices into those tables plus how many characters of output had
 * been printed by then.
 */
import * as z from 'zod/mini';
import type { RunResult } from './protocol';

/** A cell: the text of a primitive (shown inline) or the number of a heap object. */
export const TraceCell = z.union([z.string(), z.number().check(z.int())]);
export type TraceCell = z.infer<typeof TraceCell>;

export const TraceFrame = z.object({
  /** Unique per call of a function during the recording (1-based). */
  id: z.number().check(z.int()),
  /** Function name, or "<module>" for the program's top level. */
  name: z.string(),
  line: z.number().check(z.int()),
  vars: z.array(z.tuple([z.string(), TraceCell])),
  /** Present on a return step: the value being returned. */
  ret: z.optional(TraceCell),
});
export type TraceFrame = z.infer<typeof TraceFrame>;

export const TraceObject = z.object({
  /** The object's number: the same object keeps it for the whole recording. */
  id: z.number().check(z.int()),
  /** Python type name, e.g. "list" or a class name. */
  type: z.string(),
  kind: z.enum(['list', 'tuple', 'set', 'dict', 'instance', 'function', 'class']),
  /** list, tuple, set: cells; dict: [key, value]; instance: [field, value]. */
  items: z.optional(z.array(z.union([TraceCell, z.tuple([TraceCell, TraceCell])]))),
  /** How many items were left out. */
  more: z.optional(z.number().check(z.int())),
  /** function or class: its name. */
  label: z.optional(z.string()),
});
export type TraceObject = z.infer<typeof TraceObject>;

export const TraceEvent = z.enum(['call', 'line', 'return', 'exception']);
export type TraceEvent = z.infer<typeof TraceEvent>;

export const TraceStep = z.object({
  line: z.number().check(z.int()),
  event: TraceEvent,
  /** Indices into `frames`, outermost first. */
  frames: z.array(z.number().check(z.int())),
  /** Indices into `objects`: what the frames can reach. */
  heap: z.array(z.number().check(z.int())),
  /** Characters of `output` printed before this step. */
  out: z.number().check(z.int()),
  /** exception steps: the exception's type name. */
  error: z.optional(z.string()),
});
export type TraceStep = z.infer<typeof TraceStep>;

export const TraceRecording = z.object({
  steps: z.array(TraceStep),
  frames: z.array(TraceFrame),
  objects: z.array(TraceObject),
  output: z.string(),
  outputTruncated: z.boolean(),
  /** Why recording stopped early: too many steps, or too large. */
  limit: z.nullable(z.enum(['steps', 'size'])),
});
export type TraceRecording = z.infer<typeof TraceRecording>;

/** What a trace request returns: how the program ended and what was recorded. */
export interface TraceResult {
  result: RunResult;
  /** Null when nothing usable came back (the worker had to be restarted). */
  recording: TraceRecording | null;
}

/** The recorder's caps (workers/trace.py), for the words that explain them. */
export const TRACE_LIMITS = { steps: 1000, chars: 2_000_000 } as const;

/** Parse the worker's JSON text; null when it is not a recording. */
export function parseRecording(text: string): TraceRecording | null {
  if (!text) return null;
  try {
    const parsed = TraceRecording.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- step model

export type Cell = { kind: 'inline'; text: string } | { kind: 'ref'; id: number };

export interface FrameView {
  id: number;
  name: string;
  line: number;
  vars: Array<{ name: string; value: Cell }>;
  returned: Cell | null;
  /** The frame running at this step (the innermost). */
  current: boolean;
}

export interface ObjectView {
  id: number;
  type: string;
  kind: TraceObject['kind'];
  /** Cells of a list, tuple or set. */
  cells: Cell[];
  /** Rows of a dict (key → value) or an instance (field → value). */
  rows: Array<{ key: Cell; value: Cell }>;
  more: number;
  label: string | null;
}

export interface StepView {
  /** 0-based. */
  index: number;
  total: number;
  line: number;
  event: TraceEvent;
  error: string | null;
  /** Outermost first: the program's top level, then each call. */
  frames: FrameView[];
  objects: ObjectView[];
  /** Everything printed before this step. */
  output: string;
}

export function cell(value: TraceCell): Cell {
  return typeof value === 'number' ? { kind: 'ref', id: value } : { kind: 'inline', text: value };
}

function objectView(object: TraceObject): ObjectView {
  const items = object.items ?? [];
  const keyed = object.kind === 'dict' || object.kind === 'instance';
  return {
    id: object.id,
    type: object.type,
    kind: object.kind,
    cells: keyed ? [] : items.map((item) => cell(Array.isArray(item) ? item[1] : item)),
    rows: keyed ? items.flatMap((item) => (Array.isArray(item) ? [{ key: cell(item[0]), value: cell(item[1]) }] : [])) : [],
    more: object.more ?? 0,
    label: object.label ?? null,
  };
}

/** Clamp a step index into the recording. */
export function clampStep(recording: TraceRecording, index: number): number {
  if (recording.steps.length === 0) return 0;
  return Math.min(recording.steps.length - 1, Math.max(0, Math.round(index)));
}

/** What the visualiser shows at step `index`; null for a recording with no steps. */
export function stepView(recording: TraceRecording, index: number): StepView | null {
  if (recording.steps.length === 0) return null;
  const at = clampStep(recording, index);
  const step = recording.steps[at];
  const frames = step.frames.flatMap((frameIndex, position): FrameView[] => {
    const frame = recording.frames[frameIndex];
    if (!frame) return [];
    return [
      {
        id: frame.id,
        name: frame.name,
        line: frame.line,
        vars: frame.vars.map(([name, value]) => ({ name, value: cell(value) })),
        returned: frame.ret === undefined ? null : cell(frame.ret),
        current: position === step.frames.length - 1,
      },
    ];
  });
  const objects = step.heap.flatMap((objectIndex) => {
    const object = recording.objects[objectIndex];
    return object ? [objectView(object)] : [];
  });
  return {
    index: at,
    total: recording.steps.length,
    line: step.line,
    event: step.event,
    error: step.error ?? null,
    frames,
    objects,
    output: recording.output.slice(0, step.out),
  };
}

/** Every reference at a step: who points at which object (for arrows and their text). */
export interface Reference {
  /** A stable key for the source cell, also its DOM key. */
  from: string;
  to: number;
}

export function frameCellKey(frameId: number, name: string): string {
  return `f${frameId}:${name}`;
}

export function objectCellKey(objectId: number, slot: string): string {
  return `o${objectId}:${slot}`;
}

export function references(view: StepView): Reference[] {
  const found: Reference[] = [];
  for (const frame of view.frames) {
    for (const variable of frame.vars) {
      if (variable.value.kind === 'ref') found.push({ from: frameCellKey(frame.id, variable.name), to: variable.value.id });
    }
    if (frame.returned?.kind === 'ref') found.push({ from: frameCellKey(frame.id, '<return>'), to: frame.returned.id });
  }
  for (const object of view.objects) {
    object.cells.forEach((c, index) => {
      if (c.kind === 'ref') found.push({ from: objectCellKey(object.id, `${index}`), to: c.id });
    });
    object.rows.forEach((row, index) => {
      if (row.key.kind === 'ref') found.push({ from: objectCellKey(object.id, `k${index}`), to: row.key.id });
      if (row.value.kind === 'ref') found.push({ from: objectCellKey(object.id, `v${index}`), to: row.value.id });
    });
  }
  return found;
}

/** Names (in any frame) that refer to each object: aliasing shows as two or more. */
export function namesByObject(view: StepView): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const frame of view.frames) {
    for (const variable of frame.vars) {
      if (variable.value.kind !== 'ref') continue;
      const list = names.get(variable.value.id) ?? [];
      list.push(variable.name);
      names.set(variable.value.id, list);
    }
  }
  return names;
}

