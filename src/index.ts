/**
 * @module Fixtura's public API: contracts in, deterministic datasets out.
 *
 * @example
 * import { loadContract, planGeneration, compileDataset, records } from 'fixtura';
 * const { model } = await loadContract('examples/shop.contract.yaml');
 * const dataset = compileDataset(model!, planGeneration(model!, { seed: 's1', counts: { Customer: 3 } }));
 * [...records(dataset, 'Customer')]; // three customers, the same on every machine
 */
export type { ContractIssue, SourceLocation } from './model/issues.js';
export { ContractError, formatIssue } from './model/issues.js';
export { parseDsl, type ParsedContract, type SourceMap } from './contract/dsl/parseDsl.js';
export { loadContract } from './contract/loadContract.js';
export { parseContract, type ParseContractOptions } from './contract/parseContract.js';
export type { ParseOptions } from './contract/parseOptions.js';
export { DEFAULT_READ_LIMITS, type ReadLimits, type ReadOptions } from './input/readLimits.js';
export { InputError, type InputErrorDetail, type InputPosition } from './input/inputError.js';
export type * from './model/model.js';
export { modelToJsonSchema, entityToJsonSchema, type JsonSchema } from './modelExport/modelToJsonSchema.js';
export { modelToTypeScript } from './modelExport/modelToTypeScript.js';
export { canonicalJson, modelHash } from './model/canonicalJson.js';
export {
  planGeneration,
  DEFAULT_SEED,
  DEFAULT_REF_DATE,
  DEFAULT_COUNT,
  type GenerateOptions,
  type Plan,
} from './engine/plan.js';
export { compileDataset } from './engine/compileDataset.js';
export type { CompiledDataset, CompiledEntity, CompiledField } from './engine/compiledDataset.js';
export { records, type GeneratedRecord } from './engine/records.js';
export {
  createChunkProducer,
  type ChunkOptions,
  type ChunkProducer,
  type DatasetSpec,
} from './engine/parallel/chunkProducer.js';
export { formats } from './engine/values/formats/formats.js';
export type { FormatSchema, StringFormat } from './engine/values/formats/stringFormat.js';
// What a format of the user's own draws with (StringFormat.realistic takes a stream): values are a pure
// function of (stream, row, draw number), never of a global generator.
export { below, unit, type Stream } from './engine/random/stream.js';
export {
  createFixtura,
  type DatasetInput,
  type Fixtura,
  type FixturaOptions,
  type IntoOptions,
  type RunOptions,
  type WriteOptions,
} from './context/createFixtura.js';
export type { PresetDefinition } from './context/checkedPreset.js';
export type { SinkDefinition } from './context/checkedSink.js';
export { FixturaUsageError } from './context/fixturaUsageError.js';
export { textFormats } from './engine/encoders/textFormats.js';
export { writeDataset, type WriteDatasetOptions } from './sinks/writeDataset.js';
export type { Sink, SinkRun, SinkEntity, EntitySink, SinkPart, WrittenEntity } from './sinks/sink.js';
export { generateInto, type GenerateIntoOptions } from './sinks/generateInto.js';
export { directorySink } from './sinks/directorySink.js';
export { memorySink, type MemorySink } from './sinks/memorySink.js';
export { streamEntity, type StreamEntityOptions } from './sinks/streamEntity.js';
export { writeFileAtomically } from './sinks/writeFileAtomically.js';
export { settleOutputFolder } from './sinks/outputFolder.js';
export { entityFileName, fileStem } from './sources/entityFileName.js';
export { OutputRefused } from './sinks/outputRefused.js';
export type { Manifest, ManifestFile } from './provenance/manifest.js';
export { ENGINE_VERSION, FIXTURA_VERSION } from './provenance/versions.js';
export { validate, type ValidateOptions, type ValidationResult } from './validate/validateDataset.js';
export { datasetFiles, type DatasetFile, type DatasetFormat } from './sources/datasetFiles.js';
export {
  memorySource,
  iterableSource,
  fileSource,
  type RecordSource,
  type RecordInput,
} from './sources/recordSource.js';
export { datasetReaders, type DatasetReader } from './sources/readers/datasetReaders.js';
export type { SourceRecord } from './sources/readers/sourceRecord.js';
export { formatHtml, type FormatHtmlOptions } from './report/formatHtml.js';
export type { ValidationIssue } from './model/validationIssue.js';
export { sampleSchema } from './engine/schema/sampleSchema.js';
export { sampleDocument, UnknownTargetError, type SampleTarget } from './engine/schema/sampleDocument.js';
export {
  UnsatisfiableSchemaError,
  type SampleOptions,
  type SchemaLocation,
} from './engine/schema/sampleApi.js';
export { negativeInstances } from './engine/schema/negative/negativeInstances.js';
export { negativeDocument } from './engine/schema/negative/negativeDocument.js';
export {
  DEFAULT_NEGATIVE_MAX,
  type NegativeInstance,
  type NegativeOptions,
  type NegativeResult,
  type SkippedNegative,
  type Violation,
} from './engine/schema/negative/negativeApi.js';
export { edgeInstances } from './engine/schema/edge/edgeInstances.js';
export { edgeDocument } from './engine/schema/edge/edgeDocument.js';
export {
  DEFAULT_EDGE_MAX,
  type EdgeHit,
  type EdgeInstance,
  type EdgeOptions,
  type EdgeResult,
  type SkippedEdge,
} from './engine/schema/edge/edgeApi.js';
export {
  loadSchemaDocument,
  loadSchemaText,
  SchemaDocumentError,
  type SchemaDocument,
  type Operation,
} from './contract/openapi/schemaDocument.js';
export { jsonSchemaFormat, formatValidators } from './engine/values/formats/jsonSchemaFormats.js';
export { compileRules, checkRule, type BrokenRule } from './expression/compileRule.js';
export {
  coverageTargets,
  entityTargets,
  hitsTarget,
  type CoverageTarget,
  type TargetKind,
} from './model/coverageTargets.js';
export { measureCoverage, type MeasureCoverageOptions } from './coverage/measureCoverage.js';
export {
  coveragePercent,
  type CoverageReport,
  type EntityCoverage,
  type TargetCoverage,
} from './coverage/coverageReport.js';
export { formatCoverageText } from './report/formatCoverageText.js';
export { formatCoverageHtml, type FormatCoverageHtmlOptions } from './report/formatCoverageHtml.js';

// What the command line uses, so that nothing it does is out of reach of the library (issue 15; the layer
// rule checks that the CLI imports only modules this file exports from).
export { didYouMean, suggest } from './contract/didYouMean.js';
export {
  MAX_ROWS,
  MAX_BLOCK_PARENTS,
  MAX_FANOUT_MEAN,
  MAX_GENERATED_LENGTH,
  MAX_ENUM_VALUES,
  MAX_FIELDS,
  MAX_WORKERS,
  MAX_BATCH_SIZE,
  MAX_SAMPLES,
} from './model/limits.js';
export { gitRevision } from './provenance/gitRevision.js';
// A document's optional property no value fits is left out, not the whole run refused (ADR 022): the model
// without it, and the notes that say so, from the refusal's issues.
export { withoutUnfillable, type WithoutUnfillable } from './engine/unfillableOptionals.js';
export {
  writeNegativeDataset,
  type NegativeRecord,
  type NegativeSummary,
  type NegativeViolation,
} from './context/negativeDataset.js';
export { NULLABLE_READINGS, type NullableReading } from './contract/openapi/nullableReading.js';
export { refusalDetail } from './engine/schema/refusalDetail.js';
export { formatReport } from './report/formatReport.js';
export { formatJunit } from './report/formatJunit.js';
export { ChartsMissing, loadCharts } from './report/loadCharts.js';
