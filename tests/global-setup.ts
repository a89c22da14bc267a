// Builds the Node worker thread bundle once before the suites that run Python.
import { buildNodeWorker } from '../scripts/build-workers.mjs';

export default async function setup() {
  await buildNodeWorker();
}
