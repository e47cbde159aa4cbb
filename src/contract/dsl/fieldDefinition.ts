/**
 * @module Reads one field list item, in the short form (`- email: string(email) unique`) or the long form
 * (`- status: { type: enum[PAID,PENDING], weights: [80, 20] }`), into a model Field.
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { Field, FieldType, JsonValue } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import { parseDistribution, parseFanout } from './distributionText.js';
import { DEFAULT_SHARE, parseTypeExpression, type ReferenceText } from './typeExpression.js';
import { describeNode, type YamlSource } from './yamlSource.js';

const LONG_FORM_KEYS = [
  'type',
  'unique',
  'nullable',
  'optional',
  'description',
  'example',
  'weights',
  'distribution',
  'fanout',
  'when',
  'depth',
];

/** A field plus where its parts were written, for checks that need the other entities. */
export interface FieldDraft {
  field: Field;
  reference: { text: ReferenceText; node: Node } | null;
  node: Node;
}

/** Reads a field's value node (scalar or mapping); reports problems into `source` and returns null on failure. */
export function readField(source: YamlSource, name: string, value: Node | null): FieldDraft | null {
  if (isScalar(value) && typeof value.value === 'string') return readExpression(source, name, value, null);
  if (isMap(value)) return readLongForm(source, name, value);
  source.report(value ?? null, {
    code: 'dsl/invalid-field',
    message: `field "${name}" has no type`,
    expected: 'a type expression such as string(email), or a mapping with a type key',
    found: describeNode(value),
    hint: `write - ${name}: string`,
  });
  return null;
}

function readExpression(
  source: YamlSource,
  name: string,
  node: Node,
  pairs: Pair[] | null,
): FieldDraft | null {
  const text = String((node as { value: unknown }).value);
  const { value, problems } = parseTypeExpression(text, source.formats);
  for (const p of problems) {
    const { offset, length: _length, ...issue } = p;
    source.report(node, issue, offset);
  }
  if (!value) return null;
  const field: Field = {
    name,
    type: value.type,
    unique: value.unique,
    nullable: value.nullable,
    optional: value.optional,
    description: null,
    example: null,
  };
  const draft: FieldDraft = {
    field,
    reference: value.reference ? { text: value.reference, node } : null,
    node,
  };
  return pairs ? applyOptions(source, draft, pairs) : draft;
}

function readLongForm(source: YamlSource, name: string, map: Node & { items: Pair[] }): FieldDraft | null {
  const typePair = map.items.find((p) => isScalar(p.key) && p.key.value === 'type');
  if (!typePair || !isScalar(typePair.value) || typeof typePair.value.value !== 'string') {
    source.report((typePair?.value as Node | undefined) ?? map, {
      code: 'dsl/missing-type',
      message: `field "${name}" in the long form needs a "type"`,
      expected: 'type: <type expression>',
      found: typePair ? describeNode(typePair.value) : 'no type key',
      hint: `write - ${name}: { type: string(email), description: … }`,
    });
    return null;
  }
  const draft = readExpression(source, name, typePair.value, map.items);
  return draft ? { ...draft, node: map } : null;
}

function applyOptions(source: YamlSource, draft: FieldDraft, pairs: Pair[]): FieldDraft {
  let field: Field = draft.field;
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    const js: unknown = isScalar(value)
      ? value.value
      : (value as { toJSON?: () => unknown } | null)?.toJSON?.();
    const bad = (expected: string, hint: string): void =>
      source.report(value ?? (pair.key as Node), {
        code: 'dsl/invalid-option',
        message: `invalid "${key}" for field "${field.name}"`,
        expected,
        found: describeNode(value),
        hint,
      });
    switch (key) {
      case 'type':
        break;
      case 'unique':
        if (typeof js === 'boolean') field = { ...field, unique: js };
        else bad('true or false', `write unique: true`);
        break;
      case 'nullable':
      case 'optional':
        if (js === true || js === false) field = { ...field, [key]: js ? DEFAULT_SHARE : 0 };
        else if (typeof js === 'number' && js >= 0 && js <= 1) field = { ...field, [key]: js };
        else bad('true, false, or a share between 0 and 1', `write ${key}: 0.1 for 10% of rows`);
        break;
      case 'description':
        if (typeof js === 'string') field = { ...field, description: js };
        else bad('a text', 'quote the description: description: "…"');
        break;
      case 'depth':
        if (field.type.kind === 'fk' && typeof js === 'number' && Number.isSafeInteger(js) && js >= 1)
          field = { ...field, type: { ...field.type, depth: js } };
        else bad('a whole number of at least 1, on a reference to its own entity', 'e.g. depth: 4');
        break;
      case 'when':
        if (typeof js === 'string' && js.trim() !== '') field = { ...field, when: js };
        else bad("a condition over the row's fields", `write when: "status == 'REFUNDED'"`);
        break;
      case 'example':
        field = { ...field, example: (js ?? null) as JsonValue };
        break;
      case 'weights':
        field = withWeights(field, js, bad);
        break;
      case 'distribution': {
        const d = parseDistribution(field.type, value, source);
        if (d) field = { ...field, type: { ...field.type, distribution: d } as FieldType };
        break;
      }
      case 'fanout': {
        if (field.type.kind !== 'fk')
          bad('no fanout: only fk fields have one', 'remove "fanout" or make the field fk(Entity.field)');
        const f = field.type.kind === 'fk' ? parseFanout(value, source) : null;
        if (f && field.type.kind === 'fk') field = { ...field, type: { ...field.type, fanout: f } };
        break;
      }
      default:
        source.report(pair.key as Node, {
          code: 'dsl/unknown-option',
          message: `unknown field option "${key}"`,
          expected: `one of ${LONG_FORM_KEYS.join(', ')}`,
          found: key,
          hint: suggest(key, LONG_FORM_KEYS, 'see docs/contract-dsl.md#long-form'),
        });
    }
  }
  return { ...draft, field };
}

function withWeights(field: Field, js: unknown, bad: (expected: string, hint: string) => void): Field {
  if (field.type.kind !== 'enum') {
    bad('no weights: only enum fields have weights', 'remove "weights", or use a distribution for numbers');
    return field;
  }
  const n = field.type.values.length;
  if (
    !Array.isArray(js) ||
    js.length !== n ||
    !js.every((w) => typeof w === 'number' && w >= 0 && Number.isFinite(w))
  ) {
    bad(
      `a list of ${n} non-negative numbers, one per enum value`,
      `e.g. weights: [${Array(n).fill(1).join(', ')}]`,
    );
    return field;
  }
  if ((js as number[]).reduce((a, b) => a + b, 0) <= 0) {
    bad('weights whose sum is above 0', 'give at least one value a weight above 0');
    return field;
  }
  return { ...field, type: { ...field.type, weights: js as number[] } };
}
