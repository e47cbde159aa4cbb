/** @module A progress bar on stderr for long runs on a terminal; silent everywhere else. */
import type { CliIo } from './io.js';

const MIN_ROWS = 200_000;
const WIDTH = 28;

/** Returns a progress callback (or undefined when no bar should show) and a function that clears the line. */
export function progressBar(
  io: CliIo,
  enabled: boolean,
  total: number,
): { update?: (done: number) => void; end: () => void } {
  if (!enabled || !io.stderr.isTTY || total < MIN_ROWS) return { end: () => undefined };
  const started = performance.now();
  let last = 0;
  const update = (done: number): void => {
    const now = performance.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * WIDTH);
    const seconds = (now - started) / 1000;
    // A rate over the first instants says more about start-up than about throughput.
    const rate = seconds >= 0.5 ? `  ${Math.round(done / seconds).toLocaleString('en-US')} rows/s` : '';
    io.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows${rate}`,
    );
  };
  return { update, end: () => io.stderr.write('\r\u001b[2K') };
}
