/**
 * @module The per-run context, in the spirit of `new Ajv()`: one object holding the formats, dataset readers
 * and presets a run may use, the built-in ones and a user's own, with the library's operations as methods
 * that consult them. Two contexts never see each other's additions, and the module-level functions
 * (`loadContract`, `writeDataset`, …) keep to the built-in ones, so default output is unchanged (ADR 025).
 */
import { loadContract } from '../contract/loadContract.js';
import { parseContract, type ParseContractOptions } from '../contract/parseContract.js';
import type { ParsedContract, SourceMap } from '../contract/dsl/parseDsl.js';
import type { ReadOptions } from '../input/readLimits.js';
import { BUILT_IN_FORMATS } from '../model/formatNames.js';
import type { Model, ProfilePreset } from '../model/model.js';
import { modelToJsonSchema, type JsonSchema } from '../modelExport/modelToJsonSchema.js';
import type { ValidationIssue } from '../model/validationIssue.js';
import { compileDataset } from '../engine/compileDataset.js';
import type { CompiledDataset } from '../engine/compiledDataset.js';
import { planGeneration, type GenerateOptions, type Plan } from '../engine/plan.js';
import { BUILT_IN_PRESETS } from '../engine/profile/presets.js';
import { records, type GeneratedRecord } from '../engine/records.js';
import { spotCheckRules } from '../engine/ruleSpotCheck.js';
import { findFormat, formats as builtInFormats } from '../engine/values/formats/formats.js';
import type { StringFormat } from '../engine/values/formats/stringFormat.js';
import type { Manifest } from '../provenance/manifest.js';
import { datasetFiles, type DatasetFile } from '../sources/datasetFiles.js';
import { datasetReaders, type DatasetReader } from '../sources/readers/datasetReaders.js';
import { fileSource, type RecordInput, type RecordSource } from '../sources/recordSource.js';
import { writeNegativeDataset, type NegativeSummary } from './negativeDataset.js';
import { directorySink } from '../sinks/directorySink.js';
import { generateInto } from '../sinks/generateInto.js';
import type { Sink } from '../sinks/sink.js';
import { writeDataset, type WriteDatasetOptions } from '../sinks/writeDataset.js';
import { measureCoverage, type MeasureCoverageOptions } from '../coverage/measureCoverage.js';
import type { CoverageReport } from '../coverage/coverageReport.js';
import { validate, type ValidateOptions, type ValidationResult } from '../validate/validateDataset.js';
import { checkedFormat } from './checkedFormat.js';
import { checkedPreset, type PresetDefinition } from './checkedPreset.js';
import { checkedReader } from './checkedReader.js';
import { checkedSink, type SinkDefinition } from './checkedSink.js';
import { FixturaUsageError } from './fixturaUsageError.js';

/** What a context starts with besides the built-in ones; each list is what the matching `add…` adds. */
export interface FixturaOptions {
  /** Formats of the user's own value domains, usable as `string(<name>)` (see `addFormat`). */
  readonly formats?: readonly StringFormat[];
  /** Readers of dataset formats of the user's own, chosen by file extension (see `addReader`). */
  readonly readers?: readonly DatasetReader[];
  /** Presets of the user's own, selected by `profile: '<name>'` like `pr` and `nightly` (see `addProfile`). */
  readonly profiles?: Readonly<Record<string, PresetDefinition>>;
  /** Kinds of target of the user's own, chosen by URL scheme (see `addSink`). */
  readonly sinks?: readonly SinkDefinition[];
}

/** A generation request to a context: the library's, with the context supplying formats and presets. */
export interface RunOptions extends Omit<GenerateOptions, 'presets'> {
  /** Where the model's fields were written, for located refusals; default: the contract's, when the context read it. */
  readonly sourceMap?: SourceMap;
}

/** `writeDataset`'s options, with the context supplying formats and presets; `profile: 'negative'` works too. */
export type WriteOptions = Omit<WriteDatasetOptions, 'findFormat' | 'presets'>;

/** `generateInto`'s options, with the context supplying formats and presets. */
export type IntoOptions = Omit<WriteOptions, 'outDir'>;

/** What a context validates or measures: record sources, dataset files, or paths (a dataset folder, a file). */
export type DatasetInput = RecordInput | string;

export interface Fixtura {
  /**
   * Registers a format of the user's own; a contract read through this context may then name it
   * (`string(ticket_code)`, or `x-fixtura-format` in a document). It is checked here, once: its name (lower
   * case, not a built-in one's, not taken), its size (a whole number >= 1, or Infinity), its schema, and a
   * trial draw of realistic and unique values against that schema. Its values are always written escaped.
   * A run that uses it encodes in the calling thread: a worker thread cannot receive its functions.
   * @example fixtura.addFormat(ticketCode).formats.at(-1)?.name // 'ticket_code'
   */
  addFormat(format: StringFormat): Fixtura;
  /** Registers a dataset reader of the user's own, chosen by its file extensions (none may be taken). */
  addReader(reader: DatasetReader): Fixtura;
  /** Registers a preset: a profile and row counts under a name, selected by `profile: '<name>'`. */
  addProfile(name: string, preset: PresetDefinition): Fixtura;
  /**
   * Registers a kind of target by its URL schemes (none may be taken): `generateInto(model, 'postgres://…')`
   * then writes through `open(target)`. Database and object-store outputs plug in here.
   */
  addSink(definition: SinkDefinition): Fixtura;
  /** The sink definitions this context has; a target none of them claims is a directory. */
  readonly sinks: readonly SinkDefinition[];
  /** Every format this context knows: the built-in ones (docs/formats.md), then its own. */
  readonly formats: readonly StringFormat[];
  /** A format by name, as this context's runs use it; undefined for a name it does not know. */
  findFormat(name: string): StringFormat | undefined;
  /** Every dataset reader: the built-in ones (jsonl, json, csv), then this context's own. */
  readonly readers: readonly DatasetReader[];
  /**
   * The presets `profile` may name besides the contract's own: the built-in ones (`pr`, `nightly`) and this
   * context's. The profiles themselves are `realistic`, `edge`, `mixed:edge=S` and, for `writeDataset`,
   * `negative` (docs/profiles.md).
   */
  readonly presets: Readonly<Record<string, ProfilePreset>>;

  /** `loadContract`, naming this context's formats as known ones. */
  loadContract(path: string, options?: ReadOptions): Promise<ParsedContract>;
  /** `parseContract`: a contract from text, issues located in `options.name`; this context's formats known. */
  parseContract(text: string, options: Omit<ParseContractOptions, 'formats'>): Promise<ParsedContract>;
  /** `planGeneration`, with this context's presets. */
  plan(model: Model, options?: RunOptions): Plan;
  /** `compileDataset` for the plan of `options`, with this context's formats: value functions per field. */
  compile(model: Model, options?: RunOptions): CompiledDataset;
  /**
   * Every entity's records in memory, e.g. as fixtures inside a test; refused the way `writeDataset` refuses
   * (a unique field whose format has fewer values than rows, a rule no row can keep) before any record is made.
   * @example fixtura.generate(model, { seed: 's1', counts: { Ticket: 3 } }).Ticket?.length // 3
   */
  generate(model: Model, options?: RunOptions): Record<string, GeneratedRecord[]>;
  /**
   * `writeDataset` with this context's formats and presets; `profile: 'negative'` writes the negative dataset
   * (`writeNegativeDataset`) and returns its manifest.
   */
  writeDataset(model: Model, options: WriteOptions): Promise<Manifest>;
  /**
   * `generateInto` with this context's formats and presets: into a sink, or a target named by a string, which
   * goes to the sink whose scheme it starts with (`addSink`), else to a directory of that path.
   * @example await fixtura.generateInto(model, memorySink(), { seed: 's1' })
   */
  generateInto(model: Model, target: Sink | string, options?: IntoOptions): Promise<Manifest>;
  /** `writeNegativeDataset` with this context's formats and presets, and the summary per entity. */
  writeNegativeDataset(
    model: Model,
    options: WriteOptions,
  ): Promise<{ manifest: Manifest; negatives: NegativeSummary[] }>;
  /** `datasetFiles`, finding files by this context's readers too. */
  datasetFiles(
    model: Model,
    inputs: readonly string[],
    mapping?: Readonly<Record<string, string>>,
  ): { files: DatasetFile[]; issues: ValidationIssue[] };
  /**
   * `validate`, checking this context's formats by the keywords they declare and reading files with its
   * readers; a path (a dataset folder or an entity's file) is resolved as `datasetFiles` resolves it.
   */
  validate(
    model: Model,
    inputs: readonly DatasetInput[],
    options?: Omit<ValidateOptions, 'findFormat'>,
  ): Promise<ValidationResult>;
  /** `measureCoverage`, reading dataset files with this context's readers. */
  measureCoverage(
    model: Model,
    inputs: readonly RecordInput[],
    options?: MeasureCoverageOptions,
  ): Promise<CoverageReport>;
  /** `modelToJsonSchema`, writing this context's formats' keywords. */
  modelToJsonSchema(model: Model): JsonSchema & { $defs: Record<string, JsonSchema> };
}

/**
 * A context of the built-in formats, readers and presets plus the user's own. Contexts are independent: a
 * format added to one is unknown to another and to the module-level functions.
 * @example
 * const fixtura = createFixtura({ formats: [ticketCode] }); // TCK-000 … TCK-999 (docs/library.md)
 * const text = 'entities:\n  T:\n    fields:\n      - code: string(ticket_code) unique\n';
 * const { model } = await fixtura.parseContract(text, { name: 't.yaml' });
 * fixtura.generate(model!, { counts: { T: 2 } }).T // [{ code: 'TCK-711' }, { code: 'TCK-001' }]
 */
export function createFixtura(options: FixturaOptions = {}): Fixtura {
  const ownFormats = new Map<string, StringFormat>();
  const ownReaders: DatasetReader[] = [];
  const ownPresets: Record<string, ProfilePreset> = {};
  const ownSinks: SinkDefinition[] = [];
  // What the context read, so a refusal of its model is located in the contract and its manifest names it.
  const sourceMaps = new WeakMap<Model, SourceMap>();
  const paths = new WeakMap<Model, string>();

  const find = (name: string): StringFormat | undefined => ownFormats.get(name) ?? findFormat(name);
  const formatNames = (): string[] => [...BUILT_IN_FORMATS, ...ownFormats.keys()];
  const readers = (): DatasetReader[] => [...datasetReaders, ...ownReaders];
  const remember = (parsed: ParsedContract, path?: string): ParsedContract => {
    if (parsed.model) {
      sourceMaps.set(parsed.model, parsed.sourceMap);
      if (path !== undefined) paths.set(parsed.model, path);
    }
    return parsed;
  };
  const request = (options: RunOptions): GenerateOptions => {
    if (options.profile === 'negative')
      throw new FixturaUsageError(
        'context/negative-in-memory',
        'the negative profile writes files (each negative record is checked by validating it beside the ' +
          'valid ones): use writeDataset(model, { profile: "negative", outDir }) or writeNegativeDataset',
      );
    const { sourceMap: _sourceMap, ...rest } = options;
    return { ...rest, presets: ownPresets };
  };
  const sourceMapOf = (model: Model, options: { readonly sourceMap?: SourceMap }): SourceMap =>
    options.sourceMap ?? sourceMaps.get(model) ?? {};
  const writeOptions = (model: Model, options: WriteOptions): WriteDatasetOptions => {
    const sourceMap = sourceMapOf(model, options);
    const contractPath = options.contractPath ?? paths.get(model);
    return {
      ...options,
      findFormat: find,
      presets: ownPresets,
      sourceMap,
      ...(contractPath !== undefined ? { contractPath } : {}),
    };
  };
  /** Record sources read by this context's readers; paths resolved as datasetFiles resolves them. */
  const sources = (model: Model, inputs: readonly DatasetInput[]) => {
    const all = readers();
    const named = inputs.filter((i): i is string => typeof i === 'string');
    const found = named.length > 0 ? datasetFiles(model, named, {}, all) : { files: [], issues: [] };
    const given = inputs.filter((i): i is RecordInput => typeof i !== 'string');
    const toSource = (input: RecordInput): RecordSource =>
      'records' in input ? input : fileSource(input, all);
    return { sources: [...given, ...found.files].map(toSource), issues: found.issues };
  };
  const compile = (model: Model, options: RunOptions = {}): CompiledDataset => {
    const plan = planGeneration(model, request(options));
    return compileDataset(model, plan, sourceMapOf(model, options), { findFormat: find });
  };

  const fixtura: Fixtura = {
    addFormat(format) {
      const taken = new Set(ownFormats.keys());
      const checked = checkedFormat(format, taken);
      ownFormats.set(checked.name, checked);
      return fixtura;
    },
    addReader(reader) {
      ownReaders.push(checkedReader(reader, readers()));
      return fixtura;
    },
    addProfile(name, preset) {
      ownPresets[name] = checkedPreset(name, preset);
      return fixtura;
    },
    addSink(definition) {
      ownSinks.push(checkedSink(definition, ownSinks));
      return fixtura;
    },
    get sinks() {
      return [...ownSinks];
    },
    get formats() {
      return [...builtInFormats, ...ownFormats.values()];
    },
    findFormat: find,
    get readers() {
      return readers();
    },
    get presets() {
      return { ...BUILT_IN_PRESETS, ...ownPresets };
    },

    async loadContract(path, options = {}) {
      return remember(await loadContract(path, { ...options, formats: formatNames() }), path);
    },
    async parseContract(text, options) {
      return remember(await parseContract(text, { ...options, formats: formatNames() }));
    },
    plan: (model, options = {}) => planGeneration(model, request(options)),
    compile,
    generate(model, options = {}) {
      const dataset = compile(model, options);
      spotCheckRules(model, dataset, sourceMapOf(model, options));
      return Object.fromEntries(dataset.entities.map((e) => [e.name, [...records(dataset, e.name)]]));
    },
    async writeDataset(model, options) {
      if (options.profile === 'negative')
        return (await fixtura.writeNegativeDataset(model, options)).manifest;
      return writeDataset(model, writeOptions(model, options));
    },
    async generateInto(model, target, options = {}) {
      const sink =
        typeof target !== 'string'
          ? target
          : (ownSinks
              .find((d) => d.schemes.some((scheme) => target.toLowerCase().startsWith(scheme)))
              ?.open(target) ?? directorySink(target));
      const { outDir: _outDir, ...rest } = writeOptions(model, { ...options, outDir: '' });
      return generateInto(model, sink, rest);
    },
    async writeNegativeDataset(model, options) {
      if (options.format !== undefined && options.format !== 'jsonl')
        throw new FixturaUsageError(
          'context/negative-format',
          `the negative profile writes JSON Lines, not ${options.format}: leave out format, or give 'jsonl'`,
        );
      const { profile: _profile, ...rest } = options;
      return writeNegativeDataset(model, writeOptions(model, rest));
    },
    datasetFiles: (model, inputs, mapping = {}) => datasetFiles(model, inputs, mapping, readers()),
    async validate(model, inputs, options = {}) {
      const { sources: all, issues } = sources(model, inputs);
      return validate(model, all, { ...options, findFormat: find }, issues);
    },
    async measureCoverage(model, inputs, options = {}) {
      return measureCoverage(model, sources(model, inputs).sources, options);
    },
    modelToJsonSchema: (model) => modelToJsonSchema(model, { findFormat: find }),
  };

  for (const format of options.formats ?? []) fixtura.addFormat(format);
  for (const reader of options.readers ?? []) fixtura.addReader(reader);
  for (const [name, preset] of Object.entries(options.profiles ?? {})) fixtura.addProfile(name, preset);
  for (const definition of options.sinks ?? []) fixtura.addSink(definition);
  return fixtura;
}
