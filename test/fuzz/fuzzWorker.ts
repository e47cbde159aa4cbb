/** @module The fuzzer's worker thread: judges the mutants it is sent, one at a time, in its own folder. */
import { parentPort, workerData } from 'node:worker_threads';
import { judgeMutant } from './judgeMutant.js';

export interface MutantRequest {
  readonly id: number;
  readonly name: string;
  readonly text: string;
  readonly format: 'jsonl' | 'csv';
}

const dir = (workerData as { dir: string }).dir;
const port = parentPort;
if (!port) throw new Error('fuzzWorker must run as a worker thread');
port.on('message', (m: MutantRequest) => {
  void judgeMutant(dir, m.name, m.text, m.format).then((verdict) => port.postMessage({ id: m.id, verdict }));
});
