/** Cell styles shared by the statistics tables. */
export const HEAD = 'py-2 text-xs font-semibold uppercase tracking-wide whitespace-nowrap text-slate-600 dark:text-slate-400';
export const TH = `${HEAD} px-3 text-right`;
export const TH_FIRST = `${HEAD} pr-3 text-left`;
export const TD = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';
