/**
 * @module Objects: the required properties, some optional ones, and — to reach minProperties — names from
 * patternProperties or free names where additionalProperties and propertyNames allow them. Each value is built
 * from every schema that applies to its name (properties, matching patternProperties, else
 * additionalProperties). dependentRequired pulls in names; dependentSchemas add their schema and start over.
 * For OpenAPI, a request leaves readOnly properties out and a response writeOnly ones. An optional property no
 * value satisfies is left out (ADR 013).
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { child, expand, type Constraints, type Schema } from './constraints.js';
import { NO_BREAKERS, type Breakers } from './breakers.js';
import { generateString } from './generateString.js';
import { generateValue } from './generateValue.js';
import { deeper, SHALLOW_DEPTH, type GenerationContext } from './generationContext.js';
import { collect } from './constraints.js';
import { patternRefusal, unicodeRegex } from './unicodeRegex.js';
import { avoidable, keywordAt, unsatisfiable, within } from './unsatisfiable.js';
import { UnsatisfiableSchemaError, type SchemaLocation } from './sampleApi.js';

function isObject(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** What one node says about property names. */
interface NameRule {
  readonly node: SchemaNode;
  readonly properties: readonly string[];
  readonly patterns: readonly string[];
  /** `false` forbids other names; a node applies to them; null says nothing. */
  readonly additional: SchemaNode | false | null;
}

function nameRule(node: SchemaNode, file: string): NameRule {
  const s = node.schema as Schema;
  const properties = isObject(s.properties) ? Object.keys(s.properties) : [];
  const patterns = isObject(s.patternProperties) ? Object.keys(s.patternProperties) : [];
  for (const p of patterns) {
    const refusal = patternRefusal(p);
    if (refusal)
      throw unsatisfiable('schema/unsafe-pattern', `patternProperties "${p}": ${refusal.message}`, [
        keywordAt(file, node, 'patternProperties'),
      ]);
  }
  const additional =
    s.additionalProperties === false
      ? false
      : s.additionalProperties !== undefined
        ? child(node, 'additionalProperties')
        : null;
  return { node, properties, patterns, additional };
}

/** The keywords that forbid a name, each with what it says: the proof a refusal shows. */
function forbiddenBy(
  file: string,
  rules: readonly NameRule[],
  name: string,
  nameChecks: readonly SchemaNode[],
  verifier: GenerationContext['verifier'],
  closedUnevaluated: boolean,
): { why: string; at: SchemaLocation }[] {
  const out: { why: string; at: SchemaLocation }[] = [];
  for (const r of rules) {
    if (r.properties.includes(name)) {
      if (child(r.node, 'properties', name).schema === false)
        out.push({ why: 'properties: false', at: keywordAt(file, child(r.node, 'properties'), name) });
      continue;
    }
    if (r.patterns.some((p) => unicodeRegex(p)?.test(name))) continue;
    if (r.additional === false)
      out.push({ why: 'additionalProperties: false', at: keywordAt(file, r.node, 'additionalProperties') });
    if (closedUnevaluated && (r.node.schema as Schema).unevaluatedProperties === false)
      out.push({ why: 'unevaluatedProperties: false', at: keywordAt(file, r.node, 'unevaluatedProperties') });
  }
  for (const n of nameChecks)
    if (verifier.check(n, name) === false) out.push({ why: 'propertyNames', at: keywordAt(file, n) });
  return out;
}

/** The schemas that apply to a property's value, or null when some node forbids the name. */
function schemasFor(rules: readonly NameRule[], name: string): SchemaNode[] | null {
  const out: SchemaNode[] = [];
  for (const r of rules) {
    let matched = false;
    if (r.properties.includes(name)) {
      const sub = child(r.node, 'properties', name);
      if (sub.schema === false) return null;
      out.push(sub);
      matched = true;
    }
    for (const p of r.patterns) {
      if (unicodeRegex(p)?.test(name)) {
        const sub = child(r.node, 'patternProperties', p);
        if (sub.schema === false) return null;
        out.push(sub);
        matched = true;
      }
    }
    if (!matched) {
      if (r.additional === false) return null;
      if (r.additional) out.push(r.additional);
    }
  }
  return out;
}

function marked(
  ctx: GenerationContext,
  schemas: readonly SchemaNode[],
  flag: 'readOnly' | 'writeOnly',
): boolean {
  try {
    return expand(ctx.space, schemas).some((n) => (n.schema as Schema)[flag] === true);
  } catch {
    return false;
  }
}

export function generateObject(
  ctx: GenerationContext,
  c: Constraints,
  breakers: Breakers = NO_BREAKERS,
): Record<string, unknown> {
  let nodes = c.nodes;
  let constraints = c;
  // dependentSchemas may add schemas; start over with them, a bounded number of times.
  for (let round = 0; round < 8; round++) {
    const result = attempt(ctx, constraints, breakers);
    if (result.added.length === 0) return result.value;
    nodes = [...nodes, ...result.added];
    constraints = collect(ctx.space, expand(ctx.space, nodes), new Set());
  }
  return attempt(ctx, constraints, breakers).value;
}

function attempt(
  ctx: GenerationContext,
  c: Constraints,
  breakers: Breakers,
): { value: Record<string, unknown>; added: SchemaNode[] } {
  const { draws, space, verifier } = ctx;
  const rules = c.nodes.map((n) => nameRule(n, space.file));
  const nameChecks = c.nodes
    .filter((n) => (n.schema as Schema).propertyNames !== undefined)
    .map((n) => child(n, 'propertyNames'));
  const closedUnevaluated = c.nodes.some((n) => (n.schema as Schema).unevaluatedProperties === false);
  const declared = [...new Set(rules.flatMap((r) => r.properties))];
  const hidden = (name: string, schemas: readonly SchemaNode[]): boolean =>
    (ctx.direction === 'request' && marked(ctx, schemas, 'readOnly')) ||
    (ctx.direction === 'response' && marked(ctx, schemas, 'writeOnly'));
  const allowed = (name: string): SchemaNode[] | null => {
    if (breakers.absent.has(name)) return null;
    const schemas = schemasFor(rules, name);
    if (!schemas) return null;
    if (
      closedUnevaluated &&
      !declared.includes(name) &&
      !rules.some((r) => r.patterns.some((p) => unicodeRegex(p)?.test(name)))
    )
      return null;
    if (nameChecks.some((n) => verifier.check(n, name) === false)) return null;
    return schemas;
  };
  const chosen = new Map<string, SchemaNode[]>();
  const forbidden = (name: string, at: SchemaLocation) => {
    const proof = forbiddenBy(space.file, rules, name, nameChecks, verifier, closedUnevaluated);
    return unsatisfiable(
      'schema/required-forbidden',
      `required property "${name}" is forbidden by ${proof.map((p) => `${p.why} at #${p.at.pointer}`).join(' and ') || 'the object schemas'}`,
      [at, ...proof.map((p) => p.at)],
    );
  };
  for (const [name, at] of c.required) {
    const schemas = allowed(name);
    if (!schemas) throw forbidden(name, at);
    // OpenAPI: a required readOnly property is required in responses only (and writeOnly in requests only).
    if (hidden(name, schemas)) continue;
    chosen.set(name, schemas);
  }
  const max = c.maxProperties?.value ?? Infinity;
  const min = c.minProperties?.value ?? 0;
  if (chosen.size > max)
    throw unsatisfiable(
      'schema/empty-range',
      `${chosen.size} required properties exceed maxProperties ${max}`,
      [...(c.maxProperties ? [c.maxProperties.at] : [])],
    );
  // A name that breaks a schema the object must not match is present, as long as the object allows it.
  for (const name of breakers.present.keys()) {
    const schemas = chosen.has(name) ? null : allowed(name);
    if (schemas && !hidden(name, schemas) && chosen.size < max) chosen.set(name, schemas);
  }
  const share = ctx.depth >= SHALLOW_DEPTH ? 0 : ctx.depth >= 3 ? 0.3 : 0.6;
  for (const name of draws.shuffle(declared)) {
    if (chosen.has(name) || chosen.size >= max) continue;
    if (!draws.chance(share) && chosen.size >= min) continue;
    const schemas = allowed(name);
    if (schemas && !hidden(name, schemas)) chosen.set(name, schemas);
  }
  // dependentRequired (and draft-07 `dependencies` with a list) pull names in.
  for (let grew = true; grew;) {
    grew = false;
    for (const node of c.nodes) {
      const s = node.schema as Schema;
      for (const keyword of ['dependentRequired', 'dependencies']) {
        const deps = s[keyword];
        if (!isObject(deps)) continue;
        for (const [trigger, list] of Object.entries(deps)) {
          if (!chosen.has(trigger) || !Array.isArray(list)) continue;
          for (const name of list as string[]) {
            if (chosen.has(name)) continue;
            const schemas = allowed(name);
            if (!schemas) throw forbidden(name, keywordAt(space.file, node, keyword));
            chosen.set(name, schemas);
            grew = true;
          }
        }
      }
    }
  }
  if (chosen.size > max)
    throw unsatisfiable(
      'schema/empty-range',
      `the properties that must be present exceed maxProperties ${max}`,
      [...(c.maxProperties ? [c.maxProperties.at] : [])],
    );
  // A free-form object (nothing declared) gets a few free properties now and then, as real payloads have.
  const freeForm =
    declared.length === 0 && rules.every((r) => r.patterns.length === 0 && r.additional !== false);
  const target =
    freeForm && ctx.depth < 3 && draws.chance(0.4)
      ? Math.min(max, Math.max(min, chosen.size + draws.between(1, 2)))
      : min;
  // Reach minProperties with more names: declared ones, then pattern names, then free names.
  for (let tries = 0; chosen.size < target && tries < 64; tries++) {
    const name = freshName(ctx, rules, nameChecks, tries);
    if (name === null || chosen.has(name)) continue;
    const schemas = allowed(name);
    if (schemas) chosen.set(name, schemas);
  }
  if (chosen.size < min)
    throw unsatisfiable('schema/empty-range', `no ${min} property names are allowed (minProperties)`, [
      ...(c.minProperties ? [c.minProperties.at] : []),
      ...rules
        .filter((r) => r.additional === false)
        .map((r) => keywordAt(space.file, r.node, 'additionalProperties')),
    ]);
  // dependentSchemas whose trigger is present: their schemas join, and the object is built again.
  const added: SchemaNode[] = [];
  for (const node of c.nodes) {
    const s = node.schema as Schema;
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      const deps = s[keyword];
      if (!isObject(deps)) continue;
      for (const [trigger, schema] of Object.entries(deps)) {
        if (!chosen.has(trigger) || Array.isArray(schema)) continue;
        const dep = child(node, keyword, trigger);
        if (!c.nodes.some((n) => n.pointer === dep.pointer)) added.push(dep);
      }
    }
  }
  if (added.length > 0) return { value: {}, added };
  const inner = deeper(ctx);
  const value: Record<string, unknown> = {};
  // Declared order first, as people read them; then the rest.
  const names = [
    ...declared.filter((n) => chosen.has(n)),
    ...[...chosen.keys()].filter((n) => !declared.includes(n)),
  ];
  const must = mustHave(c, chosen);
  let dropped: UnsatisfiableSchemaError | null = null;
  for (const name of names) {
    let item: unknown;
    try {
      item = generateValue(inner, chosen.get(name) as SchemaNode[], breakers.present.get(name));
    } catch (error) {
      // An optional property no value satisfies is left out: the object without it is still an instance.
      // One the object must hold makes the object impossible too, and the refusal says which one it is.
      if (error instanceof UnsatisfiableSchemaError && must.has(name)) throw within(error, name);
      if (!avoidable(error)) throw error;
      dropped ??= error;
      continue;
    }
    // defineProperty, not assignment: a property named "__proto__" must be a key, not the prototype.
    Object.defineProperty(value, name, { value: item, enumerable: true, writable: true, configurable: true });
  }
  if (dropped && Object.keys(value).length < min)
    throw tooFew(space.file, rules, declared.length, min, Object.keys(value).length, dropped, c);
  return { value, added: [] };
}

/**
 * The refusal of an object that could not build the properties minProperties asks for, with that keyword in
 * its proof. When no name is declared by `properties` or `patternProperties`, every name's value falls under
 * the same additionalProperties, so the value's refusal holds for every name, and the message says so.
 */
function tooFew(
  file: string,
  rules: readonly NameRule[],
  declared: number,
  min: number,
  built: number,
  dropped: UnsatisfiableSchemaError,
  c: Constraints,
): UnsatisfiableSchemaError {
  const asks = `minProperties ${min}${c.minProperties ? ` (#${c.minProperties.at.pointer})` : ''} asks for ${min} ${min === 1 ? 'property' : 'properties'}`;
  const additional = rules.flatMap((r) => (r.additional ? [r.additional] : []));
  const uniform = declared === 0 && rules.every((r) => r.patterns.length === 0) && additional.length > 0;
  const message = uniform
    ? `${asks}, and every property's value falls under additionalProperties (${additional.map((n) => `#${keywordAt(file, n).pointer}`).join(', ')}), which no value satisfies: ${dropped.message}`
    : `${asks} and only ${built} could be built: ${dropped.message}`;
  return new UnsatisfiableSchemaError(dropped.code, message, [
    ...(c.minProperties ? [c.minProperties.at] : []),
    ...dropped.locations,
  ]);
}

/** The chosen names the object cannot do without: required ones, and those a present name depends on. */
function mustHave(c: Constraints, chosen: ReadonlyMap<string, unknown>): Set<string> {
  const must = new Set([...c.required.keys()].filter((n) => chosen.has(n)));
  for (const node of c.nodes) {
    const s = node.schema as Schema;
    for (const keyword of ['dependentRequired', 'dependencies']) {
      const deps = s[keyword];
      if (!isObject(deps)) continue;
      for (const [trigger, list] of Object.entries(deps))
        if (chosen.has(trigger) && Array.isArray(list))
          for (const name of list) if (typeof name === 'string') must.add(name);
    }
  }
  return must;
}

/** A property name not declared: from a patternProperties pattern, propertyNames, or a plain word. */
function freshName(
  ctx: GenerationContext,
  rules: readonly NameRule[],
  nameChecks: readonly SchemaNode[],
  tries: number,
): string | null {
  const { draws, space } = ctx;
  const declared = rules.flatMap((r) => r.properties);
  if (tries < declared.length) return declared[tries] ?? null;
  const patterns = rules.flatMap((r) => r.patterns.map((p) => ({ node: r.node, p })));
  if (patterns.length > 0 && draws.chance(0.6)) {
    const { node, p } = patterns[draws.below(patterns.length)] as { node: SchemaNode; p: string };
    try {
      const c = collect(space, [{ ...node, schema: { type: 'string', pattern: p } }], new Set());
      return generateString(ctx, c);
    } catch {
      return null;
    }
  }
  if (nameChecks.length > 0) {
    try {
      const value = generateValue(ctx, nameChecks);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  return `extra_${tries}_${draws.below(1000)}`;
}
