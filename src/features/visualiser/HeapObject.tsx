'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { objectCellKey, type ObjectView } from '@/core/python/trace';
import { CellValue, useObjectName } from './Cell';

const BOX = 'rounded-md border border-slate-300 bg-white p-2 shadow-sm dark:border-slate-600 dark:bg-slate-900';

/** One heap object: list cells with indices, dict rows, set members, instance fields. */
export function HeapObject({ object, objects, names }: { object: ObjectView; objects: ReadonlyMap<number, ObjectView>; names: string[] }) {
  const t = useTranslations('visualiser.Memory');
  const name = useObjectName();
  const captionId = useId();
  const more = object.more > 0 ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('more', { count: object.more })}</p> : null;
  let body;
  if (object.kind === 'function' || object.kind === 'class') {
    body = <code className="font-mono text-sm">{object.kind === 'function' ? `${object.label ?? ''}()` : object.label}</code>;
  } else if (object.kind === 'dict' || object.kind === 'instance') {
    body =
      object.rows.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{object.kind === 'dict' ? t('emptyDict') : t('noFields')}</p>
      ) : (
        <dl className="grid grid-cols-[auto_auto] items-center gap-x-3 gap-y-1">
          {object.rows.map((row, index) => (
            <div key={index} className="contents">
              <dt className="text-right">
                {object.kind === 'instance' && row.key.kind === 'inline' ? (
                  <code className="font-mono text-sm text-slate-700 dark:text-slate-300">{row.key.text}</code>
                ) : (
                  <CellValue value={row.key} from={objectCellKey(object.id, `k${index}`)} objects={objects} />
                )}
              </dt>
              <dd>
                <CellValue value={row.value} from={objectCellKey(object.id, `v${index}`)} objects={objects} />
              </dd>
            </div>
          ))}
        </dl>
      );
  } else {
    const indexed = object.kind !== 'set';
    body =
      object.cells.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('empty')}</p>
      ) : (
        <ol className="flex flex-wrap">
          {object.cells.map((value, index) => (
            <li
              key={index}
              className={`-ml-px flex min-w-9 flex-col items-center border border-slate-300 px-2 py-1 first:ml-0 dark:border-slate-600 ${object.kind === 'tuple' ? 'bg-slate-50 dark:bg-slate-800' : ''}`}
            >
              {indexed ? <span className="text-[0.7rem] leading-none text-slate-600 dark:text-slate-400">{index}</span> : null}
              <CellValue value={value} from={objectCellKey(object.id, `${index}`)} objects={objects} />
            </li>
          ))}
        </ol>
      );
  }
  return (
    <div role="group" aria-labelledby={captionId} data-object-id={object.id} data-testid="trace-object" className={`${BOX} w-fit max-w-full`}>
      <p id={captionId} className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        {name(object.id, objects)}
      </p>
      {body}
      {more}
      {names.length > 0 ? <p className="sr-only">{t('names', { names: names.join(', ') })}</p> : null}
    </div>
  );
}
