/** @module Runs `fixtura` as a real process, with no terminal, under a timeout that kills it. */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** The exit code, or null when a signal ended the process. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Whether the canary appeared in either stream, even past the part kept in `stdout`/`stderr`. */
  readonly canaryShown: boolean;
  readonly seconds: number;
}

/** Output kept per stream; a run that prints more (e.g. a huge `-n`) is still read to its end, not kept. */
const KEPT = 8 << 20;

class Stream {
  text = '';
  #tail = '';
  canary = false;

  constructor(private readonly needle: string) {}

  add(chunk: string): void {
    // The tail of the previous chunk catches a canary split across two chunks.
    if ((this.#tail + chunk).includes(this.needle)) this.canary = true;
    this.#tail = chunk.slice(-this.needle.length);
    if (this.text.length < KEPT) this.text += chunk.slice(0, KEPT - this.text.length);
  }
}

/**
 * Spawns `node bin argv` in `cwd`; standard input gets `stdin` (or nothing) and is closed. After `timeout`
 * seconds the whole process group is killed with SIGKILL and the result says it timed out.
 */
export function runProcess(options: {
  bin: string;
  argv: readonly string[];
  cwd: string;
  env: Record<string, string>;
  stdin?: string;
  timeout: number;
  canary: string;
}): Promise<ProcessResult> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [options.bin, ...options.argv], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches anything it started.
    detached: true,
  });
  const out = new Stream(options.canary);
  const err = new Stream(options.canary);
  child.stdout.setEncoding('utf8').on('data', (c: string) => out.add(c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => err.add(c));
  // A process that exits without reading its input must not fail the runner with EPIPE.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, options.timeout * 1000);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        timedOut,
        stdout: out.text,
        stderr: err.text,
        canaryShown: out.canary || err.canary,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
  });
}
