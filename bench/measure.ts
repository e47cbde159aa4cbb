/**
 * @module The contract between the orchestrator and a contender's child process: the arguments a child
 * receives and the one JSON line it prints.
 */
import { parseArgs } from 'node:util';

/** What the orchestrator asks one contender to produce. */
export interface ContenderOptions {
  readonly contract: string;
  readonly customers: number;
  readonly orders: number;
  /** An empty directory the orchestrator created and deletes afterwards. */
  readonly out: string;
  /** Fixtura's worker threads; null means its default (all cores). Other contenders ignore it. */
  readonly workers: number | null;
}

/** What a child reports: rows written, wall time of the generation alone, and the child's peak RSS. */
export interface Measurement {
  readonly rows: number;
  readonly seconds: number;
  readonly maxRssKb: number;
}

function count(text: string | undefined, flag: string): number {
  if (text === undefined || !/^\d+$/.test(text))
    throw new Error(`${flag} must be a whole number, got ${text}`);
  return Number(text);
}

/** Reads the options the orchestrator passed on the child's command line. */
export function contenderOptions(argv: readonly string[] = process.argv.slice(2)): ContenderOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      contract: { type: 'string' },
      customers: { type: 'string' },
      orders: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (values.contract === undefined || values.out === undefined)
    throw new Error('--contract and --out are required');
  return {
    contract: values.contract,
    customers: count(values.customers, '--customers'),
    orders: count(values.orders, '--orders'),
    out: values.out,
    workers: values.workers === undefined ? null : count(values.workers, '--workers'),
  };
}

/**
 * Times `generate` alone (imports, contract loading and process start-up stay outside the clock) and prints
 * the measurement as the child's only stdout line. maxRSS is read afterwards: it is the peak over the
 * process's life, worker threads included.
 */
export async function measure(rows: number, generate: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await generate();
  const seconds = (performance.now() - start) / 1000;
  const result: Measurement = { rows, seconds, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** Like `measure`, for a generator that learns its row count as it goes (counts that follow from fanouts). */
export async function measureRows(generate: () => Promise<number>): Promise<void> {
  const start = performance.now();
  const rows = await generate();
  const seconds = (performance.now() - start) / 1000;
  const result: Measurement = { rows, seconds, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(result) + '\n');
}
