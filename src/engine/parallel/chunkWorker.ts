/** @module Worker thread entry: rebuilds the compiled dataset from plain data and encodes requested ranges. */
import { parentPort, workerData } from 'node:worker_threads';
import { ContractError } from '../../model/issues.js';
import { compileDataset } from '../compileDataset.js';
import { findTextFormat } from '../encoders/textFormats.js';
import type { DatasetSpec } from './chunkProducer.js';
import { rangeEncoder } from './encodeRange.js';

/** Encode rows [start, end) of an entity, or take back a buffer the main thread has finished writing. */
export type ChunkRequest =
  | {
      readonly kind: 'encode';
      readonly id: number;
      readonly entity: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'recycle'; readonly buffer: ArrayBuffer };

const spec = workerData as DatasetSpec;
const format = findTextFormat(spec.format);
if (!format || !parentPort) throw new Error('chunkWorker must run as a worker thread with a known format');
const encode = rangeEncoder(compileDataset(spec.model, spec.plan, spec.sourceMap), format);
const port = parentPort;

const spare: Uint8Array[] = [];

port.on('message', (request: ChunkRequest) => {
  if (request.kind === 'recycle') {
    spare.push(new Uint8Array(request.buffer));
    return;
  }
  // Each chunk has a buffer of its own, so it is transferred to the writing thread without a copy.
  let bytes: Uint8Array;
  try {
    bytes = encode(request.entity, request.start, request.end, spare.pop());
  } catch (e) {
    // A value that cannot be written is the contract's problem, reported as such: its issues cross the
    // thread boundary as data (an Error's class does not).
    if (!(e instanceof ContractError)) throw e;
    port.postMessage({ id: request.id, issues: e.issues });
    return;
  }
  port.postMessage({ id: request.id, bytes }, [bytes.buffer as ArrayBuffer]);
});
