/** @module `fixtura coverage <contract> <DIR>`: which coverage targets of a contract a dataset hits. */
import path from 'node:path';
import { withFileNames, type CoverageReport } from '../coverage/coverageReport.js';
import { formatCoverageHtml } from '../report/formatCoverageHtml.js';
import { formatCoverageText } from '../report/formatCoverageText.js';
import { measureCoverage } from '../coverage/measureCoverage.js';
import { datasetFiles } from '../sources/datasetFiles.js';
import { contractArgument } from './contractArgument.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';
import { suggest } from '../contract/didYouMean.js';
import { isDirectory, outputTarget } from './outputFile.js';
import { writeFileAtomically } from '../sinks/writeFileAtomically.js';
import { settleDatasets } from './settleDataset.js';
import { shownPath } from './shownPath.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';

export const coverageHelp = `Usage: fixtura coverage <contract> <DIR> [options]

Lists the coverage targets of the contract and says which ones the dataset in DIR hits: each bound a
field states (the minimum, just above it, just below the maximum, the maximum), the shortest and longest
free text, each enum value, true and false, the earliest and latest date, null for a nullable field,
absence for an optional or conditional one, and for each reference a parent row with no child, with one
and with several. DIR is read as <Entity>.jsonl, .json or .csv, exactly as fixtura validate reads it; any
dataset works, not only Fixtura's. See docs/coverage.md.

Options:
  --format F   text (default): per entity its share of targets hit and every target missed |
               json: the whole report | html: one self-contained page (nothing fetched)
  --out FILE   write the report to FILE instead of standard output
  --min P      exit 1 when less than P percent of all targets are hit (a CI gate)
${readOptionsHelp}
Exit codes: 0 done (at least --min), 1 under --min, 2 bad input or usage.
`;

const FORMATS = ['text', 'json', 'html'] as const;

export async function coverageCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('coverage', {
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      min: { type: 'string' },
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(coverageHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 2)
    throw new UsageError('coverage takes a contract file and a dataset directory', {
      where: '<contract> <DIR>',
      expected: 'two arguments: a contract file and a dataset directory',
      found: positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', '),
      hint: 'e.g. fixtura coverage examples/shop.contract.yaml out',
    });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown --format "${values.format}"; expected text, json or html`, {
      where: '--format',
      expected: 'text, json or html',
      found: `"${values.format}"`,
      hint: suggest(values.format, [...FORMATS], 'e.g. --format json'),
    });
  const min = values.min === undefined ? undefined : percentArgument(values.min);
  const out =
    values.out === undefined
      ? undefined
      : outputTarget('--out', values.out, io.cwd, format === 'html' ? 'HTML file' : 'file');
  const [contractFile, dir] = positionals as [string, string];
  const directory = path.resolve(io.cwd, dir);
  if (!isDirectory(directory))
    throw new UsageError(`${dir} is not a directory: name the directory that holds the dataset`, {
      where: dir,
      expected: 'a directory holding <Entity>.jsonl, .json or .csv files',
      found: 'no such directory',
      hint: 'generate one first: fixtura generate <contract> --out DIR',
    });
  const contractPath = path.resolve(io.cwd, contractFile);
  const contract = await contractArgument(contractPath, io, readOptionsOf(values, io.cwd));
  if (!contract) return EXIT_BAD_INPUT;
  const shown = (file: string): string => shownPath(file, io.cwd);
  await settleDatasets([directory]);
  // A dataset file that cannot be read (special, wrong extension) throws an InputError: exit 2.
  const files = datasetFiles(contract.model, [directory]).files;
  const report = withFileNames(await measureCoverage(contract.model, files), shown);
  const text = formatted(report, format, shown(contractPath));
  if (out === undefined) io.stdout.write(text);
  else {
    try {
      writeFileAtomically(out, text);
    } catch (e) {
      io.stderr.write(
        `fixtura coverage: cannot write ${values.out}: ${(e as Error).message}\n` +
          `  where:    --out ${values.out}\n  expected: a file Fixtura can write\n` +
          `  found:    ${(e as NodeJS.ErrnoException).code ?? 'an error'}\n` +
          '  hint:     choose another path, or check its permissions and free space\n',
      );
      return EXIT_BAD_INPUT;
    }
    io.stdout.write(
      `coverage: ${report.hit}/${report.total} targets (${report.percent.toFixed(1)}%) → ${values.out}\n`,
    );
  }
  if (min !== undefined && report.percent < min) {
    io.stderr.write(
      `fixtura coverage: ${report.percent.toFixed(1)}% of the targets are hit, under --min ${values.min}\n`,
    );
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

function formatted(report: CoverageReport, format: (typeof FORMATS)[number], contract: string): string {
  switch (format) {
    case 'text':
      return formatCoverageText(report);
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'html':
      return formatCoverageHtml(report, { contract });
  }
}

function percentArgument(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value > 100)
    throw new UsageError(`--min takes a percentage from 0 to 100, got "${text}"`, {
      where: '--min',
      expected: 'a percentage from 0 to 100, e.g. 80 or 92.5',
      found: `"${text}"`,
      hint: 'write the number without a % sign, e.g. --min 80',
    });
  return value;
}
