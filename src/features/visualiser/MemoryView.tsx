'use client';
import { useId, useMemo, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { frameCellKey, namesByObject, type FrameView, type ObjectView, type StepView } from '@/core/python/trace';
import { Arrows } from './Arrows';
import { CellValue } from './Cell';
import { HeapObject } from './HeapObject';

const HEADING = 'mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

function Frame({ frame, objects }: { frame: FrameView; objects: ReadonlyMap<number, ObjectView> }) {
  const t = useTranslations('visualiser.Memory');
  const headingId = useId();
  const title = frame.name === '<module>' ? t('global') : frame.name;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      aria-current={frame.current ? 'step' : undefined}
      data-testid="trace-frame"
      data-frame-name={frame.name}
      className={`rounded-md border bg-white p-2 dark:bg-slate-900 ${
        frame.current ? 'border-brand-600 ring-1 ring-brand-600 dark:border-brand-500 dark:ring-brand-500' : 'border-slate-300 dark:border-slate-600'
      }`}
    >
      <p id={headingId} className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-mono font-semibold">{title}</span>
        <span className="text-xs text-slate-600 dark:text-slate-400">{t('frameLine', { line: frame.line })}</span>
        {frame.current ? <span className="text-xs font-medium text-brand-700 dark:text-brand-500">{t('current')}</span> : null}
      </p>
      {frame.vars.length === 0 && !frame.returned ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('noVariables')}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1">
          {frame.vars.map((variable) => (
            <div key={variable.name} className="contents" data-var={variable.name}>
              <dt className="text-right font-mono text-sm text-slate-700 dark:text-slate-300">{variable.name}</dt>
              <dd data-testid="trace-var-value">
                <CellValue value={variable.value} from={frameCellKey(frame.id, variable.name)} objects={objects} />
              </dd>
            </div>
          ))}
          {frame.returned ? (
            <div className="contents" data-var="<return>">
              <dt className="text-right text-sm font-medium text-slate-700 dark:text-slate-300">{t('returnValue')}</dt>
              <dd>
                <CellValue value={frame.returned} from={frameCellKey(frame.id, '<return>')} objects={objects} />
              </dd>
            </div>
          ) : null}
        </dl>
      )}
    </div>
  );
}

/** The call stack beside the objects its names refer to, with arrows between them. */
export function MemoryView({ view }: { view: StepView }) {
  const t = useTranslations('visualiser.Memory');
  const container = useRef<HTMLDivElement>(null);
  const framesId = useId();
  const objectsId = useId();
  const objects = useMemo(() => new Map(view.objects.map((object) => [object.id, object])), [view.objects]);
  const names = useMemo(() => namesByObject(view), [view]);
  return (
    <div ref={container} className="relative grid gap-x-16 gap-y-4 @xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]" data-testid="trace-memory">
      <section aria-labelledby={framesId} className="min-w-0">
        <h3 id={framesId} className={HEADING}>
          {t('frames')}
        </h3>
        <div className="flex flex-col gap-2">
          {view.frames.map((frame) => (
            <Frame key={frame.id} frame={frame} objects={objects} />
          ))}
        </div>
      </section>
      <section aria-labelledby={objectsId} className="min-w-0">
        <h3 id={objectsId} className={HEADING}>
          {t('objects')}
        </h3>
        {view.objects.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('noObjects')}</p>
        ) : (
          <div className="flex flex-col items-start gap-3">
            {view.objects.map((object) => (
              <HeapObject key={object.id} object={object} objects={objects} names={names.get(object.id) ?? []} />
            ))}
          </div>
        )}
      </section>
      <Arrows container={container} version={view} />
    </div>
  );
}
