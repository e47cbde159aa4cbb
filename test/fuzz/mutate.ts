/**
 * @module Seeded mutations of a contract or API document, at the text level (a number swapped for an extreme,
 * a line dropped or doubled, a stray character, an odd name) and at the structure level (a value replaced by
 * an extreme number, a long string, deep nesting or a wrong type; a key renamed, removed or doubled; a DSL
 * type expression or rule made hostile). Each mutant is a pure function of (document, seed).
 */
import { parse, stringify } from 'yaml';
import { Random } from './random.js';
import type { SeedDocument } from './seeds.js';

/** Numbers that have broken number handling somewhere: overflow, NaN, the edge of exact integers, -0. */
export const EXTREME_NUMBERS = [
  '1e400',
  '-1e400',
  '.nan',
  '.inf',
  '-.inf',
  'NaN',
  'Infinity',
  '9007199254740993',
  '-9007199254740993',
  '9223372036854775807',
  '-0',
  '0',
  '1e308',
  '-1e308',
  '1e-400',
  '5e-324',
  '2147483648',
  '-1',
  '0.1',
  '1e21',
];

const ODD_NAMES = [
  '../x',
  '../../escaped',
  'manifest',
  'a b',
  '',
  '名前',
  'x'.repeat(300),
  '$ref',
  '__proto__',
  'constructor',
  'id',
];
const STRAY = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  "'",
  '"',
  '#',
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '-',
  '\t',
  '\\',
  '%',
  '@',
  '`',
  '\0',
];

type Json = unknown;

function numberTokens(text: string): RegExpExecArray[] {
  return [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)] as RegExpExecArray[];
}

function replaceAt(text: string, index: number, length: number, by: string): string {
  return text.slice(0, index) + by + text.slice(index + length);
}

const textMutators: ((text: string, r: Random) => string)[] = [
  (text, r) => {
    const tokens = numberTokens(text);
    if (tokens.length === 0) return text;
    const t = r.pick(tokens);
    return replaceAt(text, t.index, t[0].length, r.pick(EXTREME_NUMBERS));
  },
  (text, r) => {
    const lines = text.split('\n');
    lines.splice(r.below(lines.length), 1);
    return lines.join('\n');
  },
  (text, r) => {
    const lines = text.split('\n');
    const i = r.below(lines.length);
    lines.splice(i, 0, lines[i] as string);
    return lines.join('\n');
  },
  (text, r) => {
    const lines = text.split('\n');
    const [i, j] = [r.below(lines.length), r.below(lines.length)];
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return lines.join('\n');
  },
  (text, r) => {
    const lines = text.split('\n');
    const i = r.below(lines.length);
    lines[i] =
      (r.chance(0.5) ? '  ' : '') + (lines[i] as string).replace(/^ {1,2}/, r.chance(0.5) ? '' : ' ');
    return lines.join('\n');
  },
  (text, r) => replaceAt(text, r.below(text.length + 1), 0, r.pick(STRAY)),
  (text, r) => replaceAt(text, r.below(text.length + 1), 1 + r.below(12), ''),
  (text, r) => {
    const words = [...text.matchAll(/[A-Za-z_]\w*/g)];
    if (words.length === 0) return text;
    const w = r.pick(words);
    return replaceAt(text, w.index, w[0].length, r.pick(ODD_NAMES));
  },
  (text, r) => text.slice(0, r.below(text.length)),
];

function deep(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function wrongValue(r: Random): Json {
  switch (r.below(9)) {
    case 0:
      return Number(r.pick(['1e400', '-1e400', '9007199254740993', '1e308', '-0', '5e-324']));
    case 1:
      return r.pick([NaN, Infinity, -Infinity]);
    case 2:
      return 'x'.repeat(1 + r.below(20000));
    case 3:
      return deep(1 + r.below(200));
    case 4:
      return r.pick([null, true, false, [], {}, 0, -1, 'text']);
    case 5:
      return r.pick(ODD_NAMES);
    case 6:
      return { $ref: r.pick(['#/nowhere', '#', '#/components', 'other.yaml#/x', '#/components/schemas']) };
    case 7:
      return Array.from({ length: 1 + r.below(50) }, (_, i) => i);
    default:
      return r.pick(EXTREME_NUMBERS);
  }
}

/** Hostile DSL type expressions over an entity's fields `names`. */
function typeExpression(r: Random, names: readonly string[]): string {
  const n = () =>
    r.pick(EXTREME_NUMBERS.filter((x) => !x.startsWith('.') && x !== 'NaN' && x !== 'Infinity'));
  const small = () => String(r.below(7) - 2);
  const f = () => (names.length > 0 ? r.pick(names) : 'id');
  const templates = [
    () => `integer(>=${r.chance(0.5) ? n() : small()},<=${r.chance(0.5) ? n() : small()})`,
    () => `number(>=${r.chance(0.5) ? n() : small()},<=${n()})`,
    () => `number(>=${small()},<=${n()},${r.below(14)}dec)`,
    () => `derive(${f()} / ${f()})`,
    () => `derive(double(${f()}) / double(${f()}))`,
    () => `derive(double(${f()}) * ${n()} * ${n()})`,
    () => `derive(${f()} * 9223372036854775807)`,
    () => `derive(${f()} - ${f()})`,
    () => `derive(${f()} % ${f()})`,
    () => `derive(sum(${r.pick(['OrderItem', 'Order', 'Customer'])}.${f()}))`,
    () => `integer(>=${small()},<=${small()}) unique`,
    () => `number(>=${small()},<=${small()}) nullable(${r.pick(['0.5', '1', '1e400', '-0'])})`,
    () => `string(len>=${r.pick(['0', '3', '9007199254740993'])},len<=${r.pick(['1', '5', '1e400'])})`,
    () => `enum[${r.pick(['A,B', 'A,A', "'a,b',c", ''])}]`,
    () => `{ type: number(>=0,<=10), distribution: "normal(mean=${n()}, sd=${n()})" }`,
  ];
  return r.pick(templates)();
}

function rule(r: Random, names: readonly string[]): string {
  const f = () => (names.length > 0 ? r.pick(names) : 'id');
  return r.pick([
    `${f()} > ${r.below(5)}`,
    `${f()} != ${f()}`,
    `${f()} == null || ${f()} >= 0`,
    `double(${f()}) / double(${f()}) > 0.5`,
    `${f()} < ${r.pick(EXTREME_NUMBERS.filter((x) => /^-?\d/.test(x)))}`,
    `size(string(${f()})) > 3`,
  ]);
}

/** Every node of a parsed document with the container and key that hold it (the root has none). */
function nodes(root: Json, limit = 20_000): { parent: Json; key: string | number; value: Json }[] {
  const out: { parent: Json; key: string | number; value: Json }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop();
    if (Array.isArray(node))
      node.forEach((v, i) => {
        out.push({ parent: node, key: i, value: v });
        stack.push(v);
      });
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node, key: k, value: v });
        stack.push(v);
      }
  }
  return out;
}

function fieldNames(entity: Json): string[] {
  const fields = (entity as { fields?: unknown })?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f) => (f !== null && typeof f === 'object' ? Object.keys(f) : []));
}

function structureMutation(doc: Json, r: Random, dsl: boolean): void {
  const all = nodes(doc);
  if (all.length === 0) return;
  const target = r.pick(all);
  const parent = target.parent as Record<string | number, Json>;
  const entities = dsl ? ((doc as { entities?: Record<string, Json> })?.entities ?? null) : null;
  const choice = r.below(dsl ? 8 : 6);
  if (choice >= 6 && entities && typeof entities === 'object') {
    const names = Object.keys(entities);
    if (names.length === 0) return;
    const entity = entities[r.pick(names)] as { fields?: Json[]; rules?: Json[] } | null;
    if (!entity || typeof entity !== 'object' || !Array.isArray(entity.fields)) return;
    const fields = fieldNames(entity);
    if (choice === 6) entity.fields.push({ [`fz${r.below(100)}`]: typeExpression(r, fields) });
    else entity.rules = [...(Array.isArray(entity.rules) ? entity.rules : []), rule(r, fields)];
    return;
  }
  switch (choice) {
    case 0:
    case 1:
      parent[target.key] = wrongValue(r);
      return;
    case 2: {
      // Rename a key (an odd name, or one that exists: a duplicate in everything but the object model).
      if (Array.isArray(parent)) return;
      const keys = Object.keys(parent);
      const to = r.chance(0.5) ? r.pick(ODD_NAMES) : r.pick(keys);
      const value = parent[target.key];
      delete parent[target.key];
      parent[to] = value;
      return;
    }
    case 3:
      if (Array.isArray(parent)) parent.splice(target.key as number, 1);
      else delete parent[target.key];
      return;
    case 4:
      if (Array.isArray(parent)) parent.splice(target.key as number, 0, structuredCloneSafe(target.value));
      else parent[`${String(target.key)}${r.pick(['', '_copy', '2'])}`] = structuredCloneSafe(target.value);
      return;
    default: {
      // A subtree copied to another place: a schema where a string was, a field list inside a field.
      const from = r.pick(all);
      parent[target.key] = structuredCloneSafe(from.value);
    }
  }
}

function structuredCloneSafe(v: Json): Json {
  return v === undefined ? null : (JSON.parse(JSON.stringify(v) ?? 'null') as Json);
}

/** One mutant of `seed`, from `mutantSeed`: its text, mutated 1 to 3 times. */
export function mutate(seed: SeedDocument, mutantSeed: string): string {
  const r = new Random(mutantSeed);
  const json = seed.name.endsWith('.json');
  const dsl = seed.name.endsWith('.contract.yaml');
  let text = seed.text;
  const rounds = 1 + r.below(3);
  for (let i = 0; i < rounds; i++) {
    if (r.chance(0.5)) {
      text = r.pick(textMutators)(text, r);
      continue;
    }
    let doc: Json;
    try {
      doc = json ? JSON.parse(text) : parse(text, { uniqueKeys: false, maxAliasCount: 100 });
    } catch {
      text = r.pick(textMutators)(text, r);
      continue;
    }
    if (doc === null || typeof doc !== 'object') continue;
    structureMutation(doc, r, dsl);
    // JSON.stringify writes NaN and Infinity as null; YAML keeps them (.nan, .inf), as a hostile file would.
    text = json ? (JSON.stringify(doc, null, 1) ?? '') : stringify(doc, { aliasDuplicateObjects: false });
  }
  return text;
}
