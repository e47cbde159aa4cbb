/**
 * @module Runs one benchmark contender in a fresh `node`, so each gets its own heap, JIT and peak-RSS figure,
 * and reads the JSON line it prints last.
 */
import { spawn } from 'node:child_process';

/**
 * @param script absolute path of the compiled contender script
 * @param label names the contender in the error when it fails
 */
export async function runScript<T>(script: string, args: readonly string[], label: string): Promise<T> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject).on('close', resolve);
  });
  const line = stdout.trim().split('\n').pop();
  if (code !== 0 || !line) throw new Error(`${label} exited with ${code}`);
  return JSON.parse(line) as T;
}
