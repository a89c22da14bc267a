// Shared helpers for suites that run Python through the Node worker thread.
import { nodeWorkerPath } from '../scripts/build-workers.mjs';
import { createNodePythonClient } from '@/adapters/python/node';
import type { PythonClient, PythonClientOptions } from '@/adapters/python/client';

export function startPython(options: Partial<PythonClientOptions> = {}): PythonClient {
  return createNodePythonClient(nodeWorkerPath, options);
}
