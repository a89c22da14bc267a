export const nodeWorkerPath: string;
export function buildBrowserWorker(): Promise<void>;
export function buildNodeWorker(): Promise<string>;
