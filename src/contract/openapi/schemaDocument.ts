/**
 * @module A schema document: a JSON Schema, an OpenAPI 3.0/3.1 description or a Swagger 2.0 one, in YAML or
 * JSON, with `$ref`s to other files bundled in (by @apidevtools/json-schema-ref-parser) and OpenAPI's schema
 * dialect translated to JSON Schema 2020-12. It lists its component schemas and operations, and gives the
 * document as seen by a request or a response (readOnly / writeOnly properties removed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { LineCounter, parseDocument } from 'yaml';
import { escapeToken as escape } from '../json-schema/jsonPointer.js';
import { dialectOf, type Dialect } from '../json-schema/schemaDialect.js';
import { convertDocument } from './openApiToJsonSchema.js';
import { firstNumberProblem } from './documentNumbers.js';
import { pointerLocator } from './locatePointer.js';

export type DocumentKind = 'json-schema' | 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0';

/** A document that cannot be read, with where and why. */
export class SchemaDocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file: string,
    readonly line: number | null = null,
    readonly column: number | null = null,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'SchemaDocumentError';
  }
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
function hasExternalRefs(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExternalRefs);
  if (!isObject(value)) return false;
  for (const [k, v] of Object.entries(value)) {
    if (k === '$ref' && typeof v === 'string' && !v.startsWith('#') && /\.(json|ya?ml)(#|$)/i.test(v))
      return true;
    if (k !== 'enum' && k !== 'const' && k !== 'example' && k !== 'examples' && hasExternalRefs(v))
      return true;
  }
  return false;
}

/**
 * Parses YAML or JSON text with line numbers for errors.
 * @throws SchemaDocumentError
 */
function parseText(text: string, file: string): unknown {
  // JSON (most published API descriptions) parses 20× faster natively; YAML's parser is the fallback, and the
  // one that can say where a syntax error is.
  if (/^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // fall through to the YAML parser for a located error (JSON is YAML)
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
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
    );
  }
  return doc.toJS({ maxAliasCount: -1 });
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
  );
}

/** Reads a document from a file. */
export async function loadSchemaDocument(file: string): Promise<SchemaDocument> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SchemaDocumentError('schema/unreadable', `cannot read ${file}: ${(e as Error).message}`, file);
  }
  return loadSchemaText(text, file);
}

/** Reads a document from text; `file` names it in messages and anchors relative `$ref`s. */
export async function loadSchemaText(text: string, file: string): Promise<SchemaDocument> {
  let root = parseText(text, file);
  refuseInexactNumbers(root, text, file);
  const absolute = path.resolve(file);
  if (hasExternalRefs(root)) {
    try {
      root = await $RefParser.bundle(absolute, root as object, { resolve: { http: false } });
    } catch (e) {
      throw new SchemaDocumentError(
        'schema/unresolvable-file-ref',
        `a $ref to another file cannot be resolved: ${(e as Error).message}`,
        file,
        null,
        null,
        'check the referenced file path (URLs are not fetched)',
      );
    }
  }
  return documentOf(root, file, pathToFileURL(absolute).href);
}

/** Wraps an already parsed value. */
export function documentOf(raw: unknown, file: string, base: string): SchemaDocument {
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
