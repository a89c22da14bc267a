export const nodeWorkerPath: string;
export function buildBrowserWorker(options?: { snapshot?: string }): Promise<void>;
export function buildNodeWorker(): Promise<string>;
export function buildSnapshot(): Promise<string>;
