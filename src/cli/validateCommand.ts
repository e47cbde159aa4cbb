/** @module `fixtura validate <contract> <DIR | files…>`: checks a dataset against a contract. */
import { suggest } from '../contract/didYouMean.js';
import { withFileNames } from '../coverage/coverageReport.js';
import { measureCoverage } from '../coverage/measureCoverage.js';
import { datasetFiles } from '../sources/datasetFiles.js';
import { formatHtml } from '../report/formatHtml.js';
import { formatJunit } from '../report/formatJunit.js';
import { formatReport } from '../report/formatReport.js';
import { validate } from '../validate/validateDataset.js';
import { contractArgument } from './contractArgument.js';
import { outputTarget } from './outputFile.js';
import { writeFileAtomically } from '../sinks/writeFileAtomically.js';
import { settleDatasets } from './settleDataset.js';
import { shownPath } from './shownPath.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';
import { ChartsMissing, loadCharts } from '../report/loadCharts.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';
import path from 'node:path';

export const validateHelp = `Usage: fixtura validate <contract> <DIR | files…> [options]

Checks every record against the contract: schema (types, formats, ranges, decimals, enums, required and
extra keys), the contract's business rules, foreign keys across files, unique fields and keys, declared
distributions (chi-square for enum weights, Kolmogorov-Smirnov for numbers and dates) and unreadable lines,
and profiles every field. A directory is read as <Entity>.jsonl, .json or .csv; files are matched to
entities by name.

Options:
  --entity Entity=path   read that entity from that file (repeatable)
  --format F             human (default) | json | junit
  --max-issues N         keep at most N issues (default 1000); all are counted
  --report FILE          also write an HTML report: summary, problems, and a card per field with its
                         profile and a chart of its distribution (one file, nothing fetched; docs/report.md)
  --coverage             also say which coverage targets of the contract the dataset hits (boundaries, enum
                         values, nulls, absences, parent cardinalities; docs/coverage.md), in the human and
                         JSON output and the HTML report; the dataset is read a second time for it
${readOptionsHelp}
Exit codes: 0 valid, 1 problems found, 2 bad input or usage (or the report cannot be written).
`;

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('validate', {
    args: [...argv],
    allowPositionals: true,
    options: {
      entity: { type: 'string', multiple: true },
      format: { type: 'string', default: 'human' },
      'max-issues': { type: 'string' },
      report: { type: 'string' },
      coverage: { type: 'boolean', default: false },
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(validateHelp);
    return EXIT_OK;
  }
  if (positionals.length < 1)
    throw new UsageError('validate takes a contract file and a dataset (a directory or files)', {
      where: '<contract>',
      expected: 'a contract file, then a dataset directory or files',
      found: 'no arguments',
      hint: 'e.g. fixtura validate examples/shop.contract.yaml out',
    });
  if (!['human', 'json', 'junit'].includes(values.format))
    throw new UsageError(`unknown --format "${values.format}"; expected human, json or junit`, {
      where: '--format',
      expected: 'human, json or junit',
      found: `"${values.format}"`,
      hint: suggest(values.format, ['human', 'json', 'junit'], 'e.g. --format json'),
    });
  const maxText = values['max-issues'];
  if (maxText !== undefined && !/^\d+$/.test(maxText))
    throw new UsageError(`--max-issues must be a whole number, got "${maxText}"`, {
      where: '--max-issues',
      expected: 'a whole number of digits, 0 or more',
      found: `"${maxText}"`,
      hint: 'e.g. --max-issues 100',
    });
  const [contractFile, ...inputs] = positionals as [string, ...string[]];
  const mapping: Record<string, string> = {};
  for (const spec of values.entity ?? []) {
    const m = /^([^=]+)=(.+)$/.exec(spec);
    if (!m)
      throw new UsageError(`--entity takes Entity=path, got "${spec}"`, {
        where: '--entity',
        expected: 'Entity=path, an entity name and a file',
        found: `"${spec}"`,
        hint: 'e.g. --entity Customer=customers.jsonl (repeat it for each entity)',
      });
    mapping[m[1] as string] = path.resolve(io.cwd, m[2] as string);
  }
  if (inputs.length === 0 && Object.keys(mapping).length === 0)
    throw new UsageError('validate needs a dataset: a directory, files, or --entity Entity=path', {
      where: '<DIR | files…>',
      expected: 'a dataset directory, files, or --entity Entity=path after the contract',
      found: 'only the contract',
      hint: `e.g. fixtura validate ${contractFile} out`,
    });
  const report =
    values.report === undefined ? undefined : outputTarget('--report', values.report, io.cwd, 'HTML file');
  if (report !== undefined) await chartsForReport(values.report as string);
  const contract = await contractArgument(
    path.resolve(io.cwd, contractFile),
    io,
    readOptionsOf(values, io.cwd),
  );
  if (!contract) return EXIT_BAD_INPUT;
  await settleDatasets(inputs.map((i) => path.resolve(io.cwd, i)));
  // A dataset file that cannot be read (special, wrong extension, unknown entity) throws an InputError: exit 2.
  const resolved = datasetFiles(
    contract.model,
    inputs.map((i) => path.resolve(io.cwd, i)),
    mapping,
  );
  const options = maxText === undefined ? {} : { maxIssues: Number(maxText) };
  const checked = await validate(contract.model, resolved.files, options, resolved.issues);
  // Files are read by absolute path; the report names them as the user would type them.
  const shown = (file: string): string => shownPath(file, io.cwd);
  const result = { ...checked, issues: checked.issues.map((i) => ({ ...i, file: shown(i.file) })) };
  const coverage = values.coverage
    ? withFileNames(await measureCoverage(contract.model, resolved.files), shown)
    : undefined;
  if (values.format === 'json')
    io.stdout.write(
      JSON.stringify(
        {
          valid: result.valid,
          issues: result.issues,
          counts: result.counts,
          total: result.total,
          records: result.records,
          profiles: result.profiles,
          ...(coverage ? { coverage } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  else if (values.format === 'junit')
    io.stdout.write(
      formatJunit(
        result,
        contract.model.entities.map((e) => e.name),
      ),
    );
  else io.stdout.write(formatReport(result, coverage ? { coverage } : {}));
  if (report !== undefined) {
    const html = await formatHtml(result, {
      contract: shown(path.resolve(io.cwd, contractFile)),
      entities: contract.model.entities.map((e) => e.name),
      ...(coverage ? { coverage } : {}),
    });
    try {
      writeFileAtomically(report, html);
    } catch (e) {
      io.stderr.write(
        `fixtura validate: cannot write the report ${values.report}: ${(e as Error).message}\n` +
          `  where:    --report ${values.report}\n  expected: a file Fixtura can write\n` +
          `  found:    ${(e as NodeJS.ErrnoException).code ?? 'an error'}\n` +
          '  hint:     choose another path, or check its permissions and free space\n',
      );
      return EXIT_BAD_INPUT;
    }
  }
  return result.valid ? EXIT_OK : EXIT_PROBLEMS;
}

/** The report's charts need ECharts, an optional peer dependency: its absence is said before any work. */
async function chartsForReport(file: string): Promise<void> {
  try {
    await loadCharts();
  } catch (error) {
    if (!(error instanceof ChartsMissing)) throw error;
    throw new UsageError(`--report ${file}: ${error.message}`, {
      where: '--report',
      expected: 'the echarts package installed beside fixtura',
      found: 'no echarts package',
      hint: error.hint,
    });
  }
}
