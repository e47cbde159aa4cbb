/**
 * @module The independent judge of negative request bodies of an OpenAPI 3.0 document: each body schema, with
 * the components it reaches, converted by the test-only converter (not Fixtura's) and judged by hyperjump
 * with negativeJudge's three conditions. A label's schemaPath points into Fixtura's converted document; it is
 * mapped back to the document as written, the keyword is taken out there, and the test converter converts the
 * relaxed schema afresh.
 */
import { escapeToken, pointerTokens, valueAt } from '../../src/jsonSchema/jsonPointer.js';
import type { NegativeInstance } from '../../src/engine/schema/negative/negativeApi.js';
import { DIALECT, independentValidator, type IndependentValidator } from './independentValidator.js';
import { judgement, withoutKeyword } from './negativeJudge.js';
import { openapiComponentsToJsonSchema } from './openapiToJsonSchema.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNullType = (v: unknown): boolean => isObject(v) && Object.keys(v).length === 1 && v.type === 'null';

/** An operation's request body: its id and the pointer (no `#`) of its schema. */
export interface RequestBody {
  readonly id: string;
  readonly pointer: string;
}

/**
 * Fixtura's 3.0 conversion wraps a nullable schema it cannot give a null type in `anyOf: [schema, null]`; the
 * document as written has no such `anyOf/0`. Everything else keeps its place.
 */
export function writtenPointer(view: unknown, written: unknown, pointer: string): string {
  const tokens = pointerTokens(pointer);
  const out: string[] = [];
  let v = view;
  let w = written;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const wrapper =
      token === 'anyOf' &&
      tokens[i + 1] === '0' &&
      isObject(v) &&
      Array.isArray(v.anyOf) &&
      v.anyOf.length === 2 &&
      isNullType(v.anyOf[1]) &&
      isObject(w) &&
      w.nullable === true &&
      !(Array.isArray(w.anyOf) && isNullType(w.anyOf[1]));
    if (wrapper) {
      v = (v as { anyOf: unknown[] }).anyOf[0];
      i++;
      continue;
    }
    out.push(token);
    v = isObject(v) || Array.isArray(v) ? (v as Json)[token] : undefined;
    w = isObject(w) || Array.isArray(w) ? (w as Json)[token] : undefined;
  }
  return out.map((t) => `/${escapeToken(t)}`).join('');
}

/** The names of the `$defs` a definition reaches through `$ref`, itself included. */
function reachable($defs: Json, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (isObject(v))
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string' && x.startsWith('#/$defs/')) {
            const target = pointerTokens(x.slice(1))[1] as string;
            if (!seen.has(target)) {
              seen.add(target);
              queue.push(target);
            }
          } else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') walk(x);
        }
    };
    walk($defs[name]);
  }
  return seen;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

export class OpenapiNegativeJudge {
  private readonly written: Json;
  private readonly $defs: Json;
  private readonly names = new Map<string, string>();
  private readonly wholes = new Map<string, IndependentValidator>();

  /** `written` is the document as parsed; `view` Fixtura's converted request view (SchemaDocument.rootFor). */
  constructor(
    written: unknown,
    private readonly view: unknown,
    bodies: readonly RequestBody[],
  ) {
    this.written = written as Json;
    const components = (this.written.components as Json | undefined)?.schemas as Json | undefined;
    const schemas: Json = { ...components };
    bodies.forEach((b, i) => {
      const name = `__body_${i}`;
      this.names.set(b.pointer, name);
      schemas[name] = valueAt(written, b.pointer);
    });
    this.$defs = openapiComponentsToJsonSchema({ openapi: '3.0.3', components: { schemas } }).schema.$defs;
  }

  /** Whether the body's schema reaches a readOnly property, which Fixtura leaves out of requests. */
  readsReadOnly(body: RequestBody): boolean {
    const name = this.names.get(body.pointer) as string;
    const written = {
      ...((this.written.components as Json | undefined)?.schemas as Json),
      [name]: valueAt(this.written, body.pointer),
    };
    return [...reachable(this.$defs, name)].some((n) =>
      JSON.stringify(written[n] ?? null).includes('"readOnly":true'),
    );
  }

  private async validator(name: string, replaced?: [string, unknown]): Promise<IndependentValidator> {
    const $defs: Json = {};
    for (const n of reachable(this.$defs, name)) $defs[n] = this.$defs[n];
    if (replaced) $defs[replaced[0]] = replaced[1];
    return independentValidator({ $schema: DRAFT, $defs }, DIALECT.draft2020_12, [
      `#/$defs/${escapeToken(name)}`,
    ]);
  }

  /** Null when the negative body breaks exactly its labelled rule, else why not. */
  async judge(body: RequestBody, negative: NegativeInstance): Promise<string | null> {
    const name = this.names.get(body.pointer) as string;
    const fragment = `#/$defs/${escapeToken(name)}`;
    let whole = this.wholes.get(name);
    if (!whole) {
      whole = await this.validator(name);
      this.wholes.set(name, whole);
    }
    const at = writtenPointer(this.view, this.written, negative.violates.schemaPath);
    const component = /^\/components\/schemas\/([^/]+)(.*)$/.exec(at);
    const [def, inner, source] =
      at === body.pointer || at.startsWith(`${body.pointer}/`)
        ? [name, at.slice(body.pointer.length), valueAt(this.written, body.pointer)]
        : component
          ? [
              pointerTokens(`/${component[1]}`)[0] as string,
              component[2] as string,
              valueAt(this.written, `/components/schemas/${component[1]}`),
            ]
          : [null, '', undefined];
    if (def === null) return `the label's schemaPath ${at} is neither in the body nor in a component`;
    let relaxedWritten: unknown;
    try {
      relaxedWritten = withoutKeyword(source, inner, negative.violates.path);
    } catch (error) {
      return `${(error as Error).message} of ${at}`;
    }
    const converted = openapiComponentsToJsonSchema({
      openapi: '3.0.3',
      components: { schemas: { [def]: relaxedWritten } },
    });
    const relaxed = await this.validator(name, [def, converted.schema.$defs[def]]);
    try {
      return judgement(
        { whole: whole.check(negative.record, fragment), relaxed: relaxed.check(negative.record, fragment) },
        negative,
      );
    } finally {
      relaxed.release();
    }
  }

  release(): void {
    for (const v of this.wholes.values()) v.release();
  }
}
