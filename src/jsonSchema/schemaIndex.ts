/**
 * @module Where every schema of a document lives, so `$ref`, `$dynamicRef` and `$recursiveRef` can be resolved
 * the way JSON Schema says: against the base URI that `$id` sets, by JSON pointer, by `$anchor`, or by
 * `$dynamicAnchor` through the dynamic scope. Indexing is one walk over the document; resolution is a lookup.
 * (External files are bundled into the document before this, by @apidevtools/json-schema-ref-parser.)
 */
import { escapeToken as escape, pointerTokens } from './jsonPointer.js';
import { metaSchema } from './metaSchemas.js';
import type { Dialect } from './schemaDialect.js';
import { DATA_KEYWORDS } from './schemaKeywords.js';

/** A schema in context: the value, its base URI, and where it sits in the document (a JSON pointer). */
export interface SchemaNode {
  readonly schema: unknown;
  readonly base: string;
  readonly pointer: string;
  /** Resource base URIs entered on the way here, outermost first ($dynamicRef looks the anchor up along it). */
  readonly scope: readonly string[];
}

/** Keywords whose values are schemas, by how they hold them. */
const SCHEMA_VALUED = new Set([
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
const SCHEMA_ARRAYS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const SCHEMA_MAPS = new Set([
  '$defs',
  'definitions',
  'dependentSchemas',
  'patternProperties',
  'properties',
  'dependencies',
]);

function resolveUri(reference: string, base: string): string | null {
  try {
    return new URL(reference, base).href;
  } catch {
    return null;
  }
}

function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

interface Resource {
  /** The resource's root schema. */
  readonly schema: unknown;
  /** Its pointer in the document. */
  readonly pointer: string;
}

/** Every schema resource, anchor and dynamic anchor of one document. */
export class SchemaIndex {
  private readonly resources = new Map<string, Resource>();
  private readonly anchors = new Map<string, { schema: unknown; pointer: string; base: string }>();
  private readonly dynamicAnchors = new Map<string, { schema: unknown; pointer: string; base: string }>();

  /**
   * @param root the whole document (a schema, or an OpenAPI document whose schemas sit below it)
   * @param rootBase the document's own URI, e.g. `file:///…/api.yaml`
   */
  constructor(
    readonly root: unknown,
    readonly rootBase: string,
    readonly dialect: Dialect,
  ) {
    this.resources.set(withoutFragment(rootBase), { schema: root, pointer: '' });
    this.walk(root, rootBase, '', true);
  }

  /** The node at the document's root. */
  rootNode(): SchemaNode {
    return this.at('');
  }

  /** The node at a JSON pointer of the document (e.g. `/components/schemas/Pet`), or throws. */
  at(pointer: string): SchemaNode {
    const id = this.idOf(this.root);
    const base = withoutFragment((id !== null ? resolveUri(id, this.rootBase) : null) ?? this.rootBase);
    const found = this.byPointer(this.root, base, pointer, '', [base]);
    if (!found) throw new Error(`nothing at ${pointer || '/'} in the document`);
    return found;
  }

  /**
   * Resolves a `$ref` (or the static part of `$dynamicRef`) written in `from`.
   * @returns the target node, or `null` when the reference points nowhere in the document
   */
  resolve(reference: string, from: SchemaNode): SchemaNode | null {
    const uri = resolveUri(reference, from.base);
    if (uri === null) return null;
    const hash = uri.indexOf('#');
    const resourceUri = withoutFragment(uri);
    const fragment = hash < 0 ? '' : decodeURIComponent(uri.slice(hash + 1));
    if (fragment !== '' && !fragment.startsWith('/')) {
      const anchor = this.anchors.get(`${resourceUri}#${fragment}`);
      return anchor
        ? {
            schema: anchor.schema,
            base: anchor.base,
            pointer: anchor.pointer,
            scope: [...from.scope, anchor.base],
          }
        : null;
    }
    let resource = this.resources.get(resourceUri);
    if (!resource) {
      // A meta-schema ($ref: "https://json-schema.org/draft/2020-12/schema"): indexed on first use.
      const meta = metaSchema(resourceUri);
      if (meta === undefined) return null;
      this.walk(meta, resourceUri, `/$meta:${resourceUri}`, true);
      this.resources.set(resourceUri, { schema: meta, pointer: `/$meta:${resourceUri}` });
      resource = this.resources.get(resourceUri) as Resource;
    }
    return this.byPointer(resource.schema, resourceUri, fragment, resource.pointer, [
      ...from.scope,
      resourceUri,
    ]);
  }

  /**
   * Resolves `$dynamicRef`: when its static target carries the same `$dynamicAnchor`, the outermost resource in
   * the dynamic scope with that anchor wins (JSON Schema 2020-12 §8.2.3.2).
   */
  resolveDynamic(reference: string, from: SchemaNode): SchemaNode | null {
    const target = this.resolve(reference, from);
    // Only a plain-name fragment (`#thingy`, `other#thingy`) is dynamic; a JSON pointer is a plain $ref.
    const hash = reference.indexOf('#');
    const name = hash < 0 ? null : reference.slice(hash + 1);
    if (!target || name === null || name === '' || name.startsWith('/')) return target;
    const own = target.schema as Record<string, unknown> | null;
    if (typeof own !== 'object' || own === null || own.$dynamicAnchor !== name) return target;
    for (const base of from.scope) {
      const hit = this.dynamicAnchors.get(`${base}#${name}`);
      if (hit)
        return { schema: hit.schema, base: hit.base, pointer: hit.pointer, scope: [...from.scope, hit.base] };
    }
    return target;
  }

  /** Resolves `$recursiveRef` (2019-09): like `$dynamicRef` with `$recursiveAnchor: true` resources. */
  resolveRecursive(reference: string, from: SchemaNode): SchemaNode | null {
    const target = this.resolve(reference, from);
    const own = target?.schema as Record<string, unknown> | undefined;
    if (!target || own?.$recursiveAnchor !== true) return target;
    for (const base of from.scope) {
      const resource = this.resources.get(base);
      const schema = resource?.schema as Record<string, unknown> | undefined;
      if (resource && schema?.$recursiveAnchor === true)
        return { schema: resource.schema, base, pointer: resource.pointer, scope: [...from.scope, base] };
    }
    return target;
  }

  /** Descends from a resource by pointer, tracking `$id` changes on the way. */
  private byPointer(
    start: unknown,
    startBase: string,
    pointer: string,
    startPointer: string,
    scope: readonly string[],
  ): SchemaNode | null {
    let value = start;
    let base = startBase;
    let at = startPointer;
    const tokens = pointerTokens(pointer);
    for (const token of tokens) {
      if (value === null || typeof value !== 'object') return null;
      value = (value as Record<string, unknown>)[token];
      at = `${at}/${escape(token)}`;
      if (value === undefined) return null;
      const id = this.idOf(value);
      if (id !== null) base = resolveUri(id, base) ?? base;
    }
    return { schema: value, base: withoutFragment(base), pointer: at, scope };
  }

  private idOf(value: unknown): string | null {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const record = value as Record<string, unknown>;
    // draft-04 spells it `id`; `$id: "#foo"` (draft-06/07) is an anchor, not a new base.
    const id = this.dialect === 'draft-04' ? record.id : record.$id;
    if (typeof id !== 'string' || id.startsWith('#')) return null;
    return id;
  }

  private walk(value: unknown, base: string, pointer: string, isSchema: boolean): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.walk(item, base, `${pointer}/${i}`, isSchema));
      return;
    }
    const record = value as Record<string, unknown>;
    let here = base;
    if (isSchema) {
      const id = this.idOf(record);
      if (id !== null) {
        const resolved = resolveUri(id, base);
        if (resolved !== null) {
          here = withoutFragment(resolved);
          if (!this.resources.has(here)) this.resources.set(here, { schema: record, pointer });
        }
      }
      const plainAnchor =
        typeof record.$anchor === 'string'
          ? record.$anchor
          : typeof record.$id === 'string' && record.$id.startsWith('#')
            ? record.$id.slice(1)
            : this.dialect === 'draft-04' && typeof record.id === 'string' && record.id.startsWith('#')
              ? record.id.slice(1)
              : null;
      if (plainAnchor !== null)
        this.anchors.set(`${here}#${plainAnchor}`, { schema: record, pointer, base: here });
      if (typeof record.$dynamicAnchor === 'string') {
        const entry = { schema: record, pointer, base: here };
        this.anchors.set(`${here}#${record.$dynamicAnchor}`, entry);
        this.dynamicAnchors.set(`${here}#${record.$dynamicAnchor}`, entry);
      }
    }
    for (const [key, child] of Object.entries(record)) {
      const at = `${pointer}/${escape(key)}`;
      if (!isSchema) {
        // Outside schemas (an OpenAPI document's paths, components…), keep looking for schemas everywhere.
        this.walk(child, here, at, key === 'schema' || looksLikeSchemaHolder(key));
        continue;
      }
      if (DATA_KEYWORDS.has(key)) continue;
      if (SCHEMA_VALUED.has(key) || SCHEMA_ARRAYS.has(key)) this.walk(child, here, at, true);
      else if (SCHEMA_MAPS.has(key) && child && typeof child === 'object' && !Array.isArray(child)) {
        for (const [name, sub] of Object.entries(child as Record<string, unknown>))
          this.walk(sub, here, `${at}/${escape(name)}`, !Array.isArray(sub));
      } else this.walk(child, here, at, false);
    }
  }
}

/** OpenAPI/Swagger places that hold maps of schemas. */
function looksLikeSchemaHolder(key: string): boolean {
  return key === 'schemas' || key === 'definitions' || key === '$defs';
}
