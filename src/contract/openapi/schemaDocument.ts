/**
 * @module A schema document: a JSON Schema, an OpenAPI 3.0/3.1 description or a Swagger 2.0 one, in YAML or
 * JSON, with `$ref`s to other files bundled in (by @apidevtools/json-schema-ref-parser) and OpenAPI's schema
 * dialect translated to JSON Schema 2020-12. It lists its component schemas and operations, and gives the
 * document as seen by a request or a response (readOnly / writeOnly properties removed).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { boundedToJs, parseYamlBounded, tooDeep } from '../../input/boundedYaml.js';
import { refParserOptions, RefReads } from '../../jsonSchema/confinedRefs.js';
import { InputError } from '../../input/inputError.js';
import { jsonTooDeepAt, positionOf } from '../../input/nestingDepth.js';
import { limitsOf, type ReadLimits, type ReadOptions } from '../../input/readLimits.js';
import { referrerOf } from '../../jsonSchema/refReferrer.js';
import { readRegularText } from '../../input/regularFile.js';
import { escapeToken as escape } from '../../jsonSchema/jsonPointer.js';
import { keyRole } from '../../jsonSchema/schemaKeywords.js';
import { dialectOf, type Dialect } from '../../jsonSchema/schemaDialect.js';
import type { ContractIssue } from '../../model/issues.js';
import { convertDocument } from './openApiToJsonSchema.js';
import type { NullableReading } from './nullableReading.js';
import { schemaDocumentDetail } from './schemaDocumentDetail.js';
import { firstNumberProblem } from './documentNumbers.js';
import { pointerLocator } from '../../jsonSchema/locatePointer.js';

export type DocumentKind = 'json-schema' | 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0';

/** What a document error may add: what was expected and found, and the JSON pointer of the value at fault. */
export interface SchemaDocumentErrorDetail {
  readonly expected?: string;
  readonly found?: string;
  readonly pointer?: string;
}

/** A document that cannot be read, with where and why. */
export class SchemaDocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file: string,
    readonly line: number | null = null,
    readonly column: number | null = null,
    readonly hint: string | null = null,
    readonly detail: SchemaDocumentErrorDetail = {},
  ) {
    super(message);
    this.name = 'SchemaDocumentError';
  }

  /** An input error (special file, limit, refused `$ref`) as a document error, at its position when known. */
  static from(error: InputError, file: string): SchemaDocumentError {
    const at = error.position;
    return new SchemaDocumentError(
      error.code,
      error.message,
      at?.file ?? file,
      at?.line ?? null,
      at?.column ?? null,
      error.detail.hint,
      {
        expected: error.detail.expected,
        found: error.detail.found,
        ...(at?.pointer !== undefined ? { pointer: at.pointer } : {}),
      },
    );
  }
}

/**
 * A document error as a contract issue, for printing with formatIssue: located at its line when it has one
 * (the path is in its message otherwise).
 */
export function documentIssue(e: SchemaDocumentError): ContractIssue {
  const pointer = e.detail.pointer !== undefined ? { pointer: e.detail.pointer } : {};
  return {
    code: e.code,
    message: e.message,
    location:
      e.line === null
        ? { file: e.file, ...pointer }
        : { file: e.file, line: e.line, column: e.column ?? 1, ...pointer },
    ...schemaDocumentDetail(e),
  };
}

/** One operation's schemas, by JSON pointer. */
export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly request: string | null;
  /** Status code (or `default`) → response body schema pointer. */
  readonly responses: Readonly<Record<string, string>>;
}

export interface SchemaDocument {
  readonly kind: DocumentKind;
  readonly file: string;
  /** The document as written (after bundling), OpenAPI schemas already in JSON Schema 2020-12. */
  readonly root: unknown;
  readonly dialect: Dialect;
  /** The document's URI, against which relative `$ref`s resolve. */
  readonly base: string;
  /** JSON pointers (with `#`) of the component schemas: `#/components/schemas/X`, `#/definitions/X`, `#/$defs/X`. */
  components(): string[];
  operations(): Operation[];
  /** The document with readOnly (request) or writeOnly (response) properties removed. */
  rootFor(direction: 'request' | 'response' | null): unknown;
}

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function kindOf(root: unknown): DocumentKind {
  if (isObject(root)) {
    if (typeof root.openapi === 'string')
      return root.openapi.startsWith('3.1') || root.openapi.startsWith('3.2') ? 'openapi-3.1' : 'openapi-3.0';
    if (root.swagger === '2.0' || root.swagger === 2) return 'swagger-2.0';
  }
  return 'json-schema';
}

/** `$ref`s that leave the document (another file or URL), which need bundling. */
function hasExternalRefs(value: unknown, inNames = false): boolean {
  if (Array.isArray(value)) return value.some((v) => hasExternalRefs(v));
  if (!isObject(value)) return false;
  for (const [k, v] of Object.entries(value)) {
    const role = keyRole(k, inNames);
    if (
      role !== 'name' &&
      k === '$ref' &&
      typeof v === 'string' &&
      !v.startsWith('#') &&
      /\.(json|ya?ml)(#|$)/i.test(v)
    )
      return true;
    // `default` is data in a schema but a status code in `responses`, and may hold a $ref there: walked.
    if ((role !== 'data' || k === 'default') && hasExternalRefs(v, role === 'names')) return true;
  }
  return false;
}

/**
 * Parses YAML or JSON text with line numbers for errors, within the depth and alias limits.
 * @throws SchemaDocumentError, InputError
 */
function parseText(text: string, file: string, limits: ReadLimits): unknown {
  // JSON (most published API descriptions) parses 20× faster natively; YAML's parser is the fallback, and the
  // one that can say where a syntax error is. Depth is checked first: the walks after parsing recurse.
  if (/^\s*[[{]/.test(text)) {
    const deepAt = jsonTooDeepAt(text, limits.maxDepth);
    if (deepAt >= 0) {
      const pos = positionOf(text, deepAt);
      throw tooDeep(file, pos.line, pos.column, limits.maxDepth);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // fall through to the YAML parser for a located error (JSON is YAML)
    }
  }
  const yaml = parseYamlBounded(text, file, { prettyErrors: false, uniqueKeys: false }, limits);
  const doc = yaml.document;
  const lines = yaml.lines;
  const error = doc.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    throw new SchemaDocumentError(
      'schema/syntax',
      error.message.split('\n')[0] ?? error.message,
      file,
      pos.line,
      pos.col,
      'fix the YAML/JSON syntax',
      { expected: 'well-formed YAML or JSON', found: error.code.toLowerCase().replaceAll('_', ' ') },
    );
  }
  return boundedToJs(yaml, file, limits);
}

/**
 * Refuses a number no value can honour exactly (documentNumbers.ts), located in the text.
 * @throws SchemaDocumentError
 */
function refuseInexactNumbers(root: unknown, text: string, file: string): void {
  const problem = firstNumberProblem(root);
  if (!problem) return;
  const at = pointerLocator(text, file)(problem.pointer);
  throw new SchemaDocumentError(
    'schema/inexact-number',
    `the number at ${problem.pointer} cannot be used exactly: expected ${problem.expected}, found ${problem.found}`,
    file,
    at.line,
    at.column,
    'write a finite number; integer bounds must stay within ±9007199254740991 (2^53 - 1). ' +
      'An int64 upper bound such as 9223372036854775807 is fine: every generated integer lies below it',
    { expected: problem.expected, found: problem.found, pointer: problem.pointer },
  );
}

/**
 * Reads a document from a file: a regular file (never a FIFO or device) within the size limit.
 * @throws SchemaDocumentError
 */
export async function loadSchemaDocument(file: string, options: ReadOptions = {}): Promise<SchemaDocument> {
  let text: string;
  try {
    text = readRegularText(file, 'schema document', limitsOf(options).maxDocumentBytes);
  } catch (e) {
    if (e instanceof InputError) throw SchemaDocumentError.from(e, file);
    throw e;
  }
  return loadSchemaText(text, file, options);
}

function checkedRoot(root: unknown, file: string): unknown {
  if (root === null || root === undefined)
    throw new SchemaDocumentError(
      'schema/empty',
      `${file} holds no document`,
      file,
      null,
      null,
      'give a JSON Schema or an OpenAPI document',
      {
        expected: 'a JSON Schema or an OpenAPI / Swagger document',
        found: 'an empty document',
      },
    );
  if (typeof root !== 'object' && typeof root !== 'boolean')
    throw new SchemaDocumentError(
      'schema/not-a-document',
      `${file} holds a single value, not a document`,
      file,
      1,
      1,
      'give a JSON Schema or an OpenAPI document',
      {
        expected: 'a JSON Schema or an OpenAPI / Swagger document (an object)',
        found: `a ${typeof root}`,
      },
    );
  return root;
}

/** A failure while bundling, at the `$ref` that asked for the refused target when it can be found. */
function bundleError(e: unknown, reads: RefReads, file: string): SchemaDocumentError {
  const failure = reads.failure ?? e;
  if (failure instanceof SchemaDocumentError) return failure;
  if (failure instanceof InputError) {
    if (failure.position) return SchemaDocumentError.from(failure, file);
    const target = reads.failedUrl;
    const url =
      target === null ? null : /^[a-z][a-z0-9+.-]+:/i.test(target) ? target : pathToFileURL(target).href;
    const at = url === null ? null : referrerOf(url, reads.documents);
    return SchemaDocumentError.from(
      at ? new InputError(failure.code, failure.message, failure.detail, at) : failure,
      file,
    );
  }
  return new SchemaDocumentError(
    'schema/unresolvable-file-ref',
    `a $ref to another file cannot be resolved: ${(failure as Error).message}`,
    file,
    null,
    null,
    'check the referenced file path and the JSON pointer after #',
  );
}

/**
 * Reads a document from text; `file` names it in messages and anchors relative `$ref`s, which must stay
 * inside `options.refRoot` (default: the folder of `file`).
 * @throws SchemaDocumentError
 */
export async function loadSchemaText(
  text: string,
  file: string,
  options: ReadOptions = {},
): Promise<SchemaDocument> {
  const limits = limitsOf(options);
  let root: unknown;
  try {
    if (Buffer.byteLength(text) > limits.maxDocumentBytes)
      throw new InputError(
        'input/too-large',
        `${file} is larger than the limit of ${limits.maxDocumentBytes} bytes`,
        {
          where: file,
          expected: `a document of at most ${limits.maxDocumentBytes} bytes`,
          found: `${Buffer.byteLength(text)} bytes`,
          hint: 'split the document into files joined by $ref, or see docs/input-safety.md for the limits',
        },
      );
    root = checkedRoot(parseText(text, file, limits), file);
  } catch (e) {
    if (e instanceof InputError) throw SchemaDocumentError.from(e, file);
    throw e;
  }
  refuseInexactNumbers(root, text, file);
  const absolute = path.resolve(file);
  if (hasExternalRefs(root)) {
    const reads = new RefReads();
    reads.documents.push({ url: pathToFileURL(absolute).href, file, text, value: root });
    const policy = {
      root: path.resolve(options.refRoot ?? path.dirname(absolute)),
      allowRemote: options.allowRemoteRefs ?? false,
      limits,
    };
    try {
      root = await $RefParser.bundle(
        absolute,
        root as object,
        refParserOptions(policy, reads, (t, f) => parseText(t, f, limits)) as never,
      );
    } catch (e) {
      throw bundleError(e, reads, file);
    }
  }
  return documentOf(root, file, pathToFileURL(absolute).href, options.nullable);
}

/** Wraps an already parsed value, reading OpenAPI 3.0's `nullable` as `nullable` says (strict by default). */
export function documentOf(
  raw: unknown,
  file: string,
  base: string,
  nullable: NullableReading = 'strict',
): SchemaDocument {
  const kind = kindOf(raw);
  const legacy = kind === 'openapi-3.0' || kind === 'swagger-2.0';
  const views = new Map<string, unknown>();
  const rootFor = (direction: 'request' | 'response' | null): unknown => {
    const key = direction ?? 'none';
    let view = views.get(key);
    if (view === undefined) {
      view =
        kind === 'json-schema'
          ? raw
          : convertDocument(
              raw as Json,
              legacy,
              direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : null,
              nullable,
            );
      views.set(key, view);
    }
    return view;
  };
  const root = rootFor(null);
  const dialect: Dialect =
    kind === 'json-schema'
      ? dialectOf(raw)
      : kind === 'openapi-3.1' && isObject(raw) && typeof raw.jsonSchemaDialect === 'string'
        ? dialectOf({ $schema: raw.jsonSchemaDialect })
        : '2020-12';
  return {
    kind,
    file,
    root,
    dialect,
    base,
    rootFor,
    components: () => {
      if (!isObject(root)) return ['#'];
      const holders: [string, unknown][] =
        kind === 'swagger-2.0'
          ? [['/definitions', root.definitions]]
          : kind === 'json-schema'
            ? [
                ['/$defs', root.$defs],
                ['/definitions', root.definitions],
              ]
            : [['/components/schemas', isObject(root.components) ? root.components.schemas : undefined]];
      const pointers = holders.flatMap(([at, map]) =>
        isObject(map) ? Object.keys(map).map((n) => `#${at}/${escape(n)}`) : [],
      );
      return kind === 'json-schema' ? ['#', ...pointers] : pointers;
    },
    operations: () => operationsOf(root, kind),
  };
}

function bodySchema(content: unknown, at: string): string | null {
  if (!isObject(content)) return null;
  const types = Object.keys(content);
  const chosen = types.find((t) => /json/i.test(t)) ?? types[0];
  if (chosen === undefined) return null;
  const media = content[chosen];
  return isObject(media) && media.schema !== undefined ? `${at}/${escape(chosen)}/schema` : null;
}

function operationsOf(root: unknown, kind: DocumentKind): Operation[] {
  if (!isObject(root) || !isObject(root.paths)) return [];
  const out: Operation[] = [];
  for (const [p, item] of Object.entries(root.paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const at = `#/paths/${escape(p)}/${method}`;
      let request: string | null = null;
      if (kind === 'swagger-2.0') {
        const params = Array.isArray(op.parameters) ? op.parameters : [];
        const i = params.findIndex((x) => isObject(x) && x.in === 'body' && x.schema !== undefined);
        if (i >= 0) request = `${at}/parameters/${i}/schema`;
      } else if (isObject(op.requestBody))
        request = bodySchema(op.requestBody.content, `${at}/requestBody/content`);
      const responses: Record<string, string> = {};
      if (isObject(op.responses))
        for (const [status, r] of Object.entries(op.responses)) {
          if (!isObject(r)) continue;
          const pointer =
            kind === 'swagger-2.0'
              ? r.schema !== undefined
                ? `${at}/responses/${escape(status)}/schema`
                : null
              : bodySchema(r.content, `${at}/responses/${escape(status)}/content`);
          if (pointer) responses[status] = pointer;
        }
      out.push({
        id: typeof op.operationId === 'string' ? op.operationId : `${method} ${p}`,
        method,
        path: p,
        request,
        responses,
      });
    }
  }
  return out;
}
