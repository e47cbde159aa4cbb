/**
 * @module Apache ECharts, loaded on first use. It is an optional peer dependency (docs/adr/016-the-first-hour.md):
 * about 67 MB that only the HTML report's charts need, so `npm install fixtura` leaves it out and a user of
 * `--report` (or `formatHtml`) installs it; without it they are told how, before any work.
 */
import type * as Echarts from 'echarts';

/** Thrown when the HTML report is asked for and ECharts is not installed. */
export class ChartsMissing extends Error {
  override readonly name = 'ChartsMissing';
  readonly hint =
    'npm install echarts@6.1.0 (an optional peer dependency of fixtura: only the HTML report needs it)';
  constructor() {
    super('the HTML report draws its charts with Apache ECharts, which is not installed');
  }
}

/**
 * ECharts, or a ChartsMissing error when the package cannot be found.
 * @example const { init } = await loadCharts();
 */
export async function loadCharts(): Promise<typeof Echarts> {
  try {
    return await import('echarts');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && /'echarts'|echarts/.test((error as Error).message))
      throw new ChartsMissing();
    throw error;
  }
}
