'use client';
import { useTranslations } from 'use-intl';
import type { Cell, ObjectView } from '@/core/python/trace';

/** "list #2": how an object is named, in its box and by every reference to it. */
export function useObjectName() {
  const t = useTranslations('visualiser.Memory');
  return (id: number, objects: ReadonlyMap<number, ObjectView>) => {
    const object = objects.get(id);
    return object ? t('objectName', { type: object.type, id }) : t('objectNotShown', { id });
  };
}

/**
 * A value: a primitive inline, or a dot that an arrow leaves from. The dot
 * says in words which object it refers to; the arrow is decoration.
 */
export function CellValue({ value, from, objects }: { value: Cell; from: string; objects: ReadonlyMap<number, ObjectView> }) {
  const t = useTranslations('visualiser.Memory');
  const name = useObjectName();
  if (value.kind === 'inline') {
    return <code className="break-all font-mono text-sm text-slate-900 dark:text-slate-100">{value.text}</code>;
  }
  const target = name(value.id, objects);
  return (
    <span
      role="img"
      aria-label={t('refersTo', { target })}
      title={target}
      data-ref-from={from}
      data-ref-to={value.id}
      className="inline-block size-3 rounded-full bg-brand-600 align-middle ring-2 ring-white dark:bg-brand-500 dark:ring-slate-900"
    />
  );
}
