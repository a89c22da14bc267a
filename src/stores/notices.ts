import { create } from 'zustand';
import type { StorageIssue } from '@/adapters/durable-storage';

/** Problems with saved data the learner should hear about (not persisted). */
export interface NoticesStore {
  issues: StorageIssue[];
  add(issue: StorageIssue): void;
  dismiss(key: string, kind: StorageIssue['kind']): void;
}

export const useNotices = create<NoticesStore>()((set) => ({
  issues: [],
  add: (issue) =>
    set((s) => ({ issues: [...s.issues.filter((i) => !(i.key === issue.key && i.kind === issue.kind)), issue] })),
  dismiss: (key, kind) => set((s) => ({ issues: s.issues.filter((i) => !(i.key === key && i.kind === kind)) })),
}));
