/**
 * @module The YAML contract DSL → Model. Reports every problem of a file (not only the first), each with
 * file:line:column, what was expected, what was found and a hint.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ContractHeader, Entity, Model } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import { isLocaleTag, LOCALES } from '../../model/localeTag.js';
import type { ContractIssue, SourceLocation } from '../../model/issues.js';
import { readField, type FieldDraft } from './fieldDefinition.js';
import { checkRules, readRules, type RuleDraft } from './ruleDefinitions.js';
import { checkDependencies } from './fieldDependencies.js';
import { linkReferences } from './linkReferences.js';
import { readProfiles } from './profileDefinitions.js';
import { describeNode, YamlSource } from './yamlSource.js';
import type { ParseOptions } from '../parseOptions.js';

/** Where each entity and field was written, keyed `Entity` and `Entity.field`, for later located errors. */
export type SourceMap = Readonly<Record<string, SourceLocation>>;

export interface ParsedContract {
  /** The model, or `null` when any problem was found. */
  readonly model: Model | null;
  readonly issues: readonly ContractIssue[];
  readonly sourceMap: SourceMap;
  /**
   * Fields (`Entity.field`) generation leaves out when no value fits them: an OpenAPI or JSON Schema
   * document's optional properties (ADR 022). Absent for the DSL, whose author wrote every field on purpose.
   */
  readonly droppable?: readonly string[];
}

const TOP_KEYS = ['contract', 'entities', 'locale', 'profiles'];
const ENTITY_KEYS = ['fields', 'count', 'key', 'rules', 'locale', 'locale_from'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An entity as read, before cross-entity checks. */
export interface EntityDraft {
  name: string;
  node: Node;
  count: number | null;
  countNode?: Node;
  key: { name: string; node: Node } | null;
  compositeKey?: { names: string[]; node: Node };
  fields: FieldDraft[];
  rules: RuleDraft[];
  locale?: string;
  localeFrom?: { name: string; node: Node };
}

/**
 * Parses a contract written in the YAML DSL.
 * @param file how issues name the text (`shop.contract.yaml:12:9`); the contract's default name comes from it
 * @param options the string formats the contract may name (`formats`; default the built-in ones)
 * @example parseDsl(text, 'shop.contract.yaml').model?.entities.map(e => e.name) // ['Customer', 'Order']
 */
export function parseDsl(text: string, file: string, options: ParseOptions = {}): ParsedContract {
  const source = new YamlSource(file, text, options.formats);
  const sourceMap: Record<string, SourceLocation> = {};
  if (source.issues.length > 0) return { model: null, issues: source.issues, sourceMap };

  const root = source.document.contents;
  if (!isMap(root)) {
    source.report(root, {
      code: 'dsl/invalid-root',
      hint: 'start the file with entities:, e.g. entities: { Customer: { fields: [ - id: string(uuid) unique ] } }',
      message: 'a contract is a mapping with an "entities" key',
      expected: 'entities: { … }',
      found: describeNode(root),
    });
    return { model: null, issues: source.issues, sourceMap };
  }
  let header: ContractHeader = { name: defaultName(file), version: 'unversioned' };
  let entities: EntityDraft[] = [];
  let locale: string | undefined;
  let profiles: ReturnType<typeof readProfiles> | undefined;
  for (const pair of root.items) {
    const key = keyName(pair);
    if (key === 'contract') header = readHeader(source, pair.value as Node | null, header);
    else if (key === 'entities') entities = readEntities(source, pair.value as Node | null);
    else if (key === 'locale') locale = readLocale(source, pair.value as Node | null) ?? undefined;
    else if (key === 'profiles') profiles = readProfiles(source, pair.value as Node | null);
    else unknownKey(source, pair, TOP_KEYS, 'top-level key');
  }
  if (!root.items.some((p) => keyName(p) === 'entities')) {
    source.report(root, {
      code: 'dsl/missing-entities',
      message: 'the contract declares no entities',
      expected: 'an "entities" mapping',
      found: 'no "entities" key',
      hint: 'add entities: { Customer: { fields: [ - id: string(uuid) unique ] } }',
    });
  }
  for (const e of entities) {
    sourceMap[e.name] = source.locate(e.node);
    for (const f of e.fields) sourceMap[`${e.name}.${f.field.name}`] = source.locate(f.node);
  }
  const linked: Entity[] = linkReferences(source, entities);
  for (const { entity, node } of profiles?.countNodes ?? [])
    if (!linked.some((e) => e.name === entity))
      source.report(node, {
        code: 'dsl/unknown-entity',
        message: `profiles: counts names an entity the contract does not declare: "${entity}"`,
        expected: `one of ${linked.map((e) => e.name).join(', ')}`,
        found: entity,
        hint: suggest(
          entity,
          linked.map((e) => e.name),
          'names are case-sensitive',
        ),
      });
  let model: Model = {
    contract: header,
    entities: linked,
    ...(locale !== undefined ? { locale } : {}),
    ...(profiles && Object.keys(profiles.presets).length > 0 ? { profiles: profiles.presets } : {}),
  };
  // Rules, derivations and field bounds read fields: checked only on an otherwise sound model, so a broken
  // field is not reported twice.
  if (source.issues.length === 0) {
    model = checkDependencies(source, model, entities);
    checkRules(source, model, entities);
  }
  const issues = [...source.issues].sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
  return { model: issues.length === 0 ? model : null, issues, sourceMap };
}

/** A locale tag (`de-DE`); reports anything else with the supported list. */
function readLocale(source: YamlSource, node: Node | null): string | null {
  const text = isScalar(node) && typeof node.value === 'string' ? node.value : null;
  // de_DE and de-de mean de-DE; only the spelling differs.
  const normal = text
    ?.replace('_', '-')
    .replace(
      /^([a-z]{2})-([a-z]{2})$/i,
      (_m, l: string, c: string) => `${l.toLowerCase()}-${c.toUpperCase()}`,
    );
  if (normal !== undefined && normal !== null && isLocaleTag(normal)) return normal;
  source.report(node, {
    code: 'dsl/unknown-locale',
    message: `unknown locale ${text === null ? '' : `"${text}"`}`.trim(),
    expected: `one of ${LOCALES.join(', ')}`,
    found: describeNode(node),
    hint: /^en[-_]uk$/i.test(text ?? '')
      ? 'did you mean "en-GB"? (the United Kingdom\'s tag is GB)'
      : suggest(text ?? '', LOCALES, 'locales are written like de-DE'),
  });
  return null;
}

function defaultName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.contract)?\.ya?ml$/i, '') || 'contract';
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

/** Entity and field names are identifiers, so they can appear in expressions and file names. */
function validName(source: YamlSource, pair: Pair, what: 'entity' | 'field'): boolean {
  const name = keyName(pair);
  // `__proto__` would set an object's prototype wherever a record or a schema is keyed by field name.
  if (IDENTIFIER.test(name) && name !== '__proto__') return true;
  source.report(pair.key as Node, {
    code: 'dsl/invalid-name',
    message: `"${name}" is not a valid ${what} name`,
    expected: 'letters, digits and _ (not starting with a digit)',
    found: name,
    hint: 'rename it with letters, digits and _ only, e.g. order_total (__proto__ is reserved)',
  });
  return false;
}

function unknownKey(source: YamlSource, pair: Pair, allowed: readonly string[], what: string): void {
  const key = keyName(pair);
  source.report(pair.key as Node, {
    code: 'dsl/unknown-key',
    message: `unknown ${what} "${key}"`,
    expected: `one of ${allowed.join(', ')}`,
    found: key,
    hint: suggest(key, allowed, 'see docs/contract-dsl.md'),
  });
}

function readHeader(source: YamlSource, node: Node | null, fallback: ContractHeader): ContractHeader {
  if (!isMap(node)) {
    source.report(node, {
      code: 'dsl/invalid-header',
      hint: 'write the header as a mapping: contract: { name: shop, version: 1.0.0 }',
      message: 'the contract header is a mapping',
      expected: 'contract: { name: shop, version: 1.0.0 }',
      found: describeNode(node),
    });
    return fallback;
  }
  let header = fallback;
  for (const pair of node.items) {
    const key = keyName(pair);
    const value = pair.value as Node | null;
    const scalar =
      isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')
        ? String(value.value)
        : null;
    if ((key === 'name' || key === 'version') && scalar !== null && scalar !== '')
      header = { ...header, [key]: scalar };
    else if (key === 'name' || key === 'version')
      source.report(value, {
        code: 'dsl/invalid-header',
        hint: `give it a value, e.g. ${key}: ${key === 'name' ? 'shop' : '1.0.0'}`,
        message: `contract ${key} must be a text`,
        expected: 'a non-empty text',
        found: describeNode(value),
      });
    else unknownKey(source, pair, ['name', 'version'], 'contract header key');
  }
  return header;
}

function readEntities(source: YamlSource, node: Node | null): EntityDraft[] {
  if (!isMap(node) || node.items.length === 0) {
    source.report(node, {
      code: 'dsl/invalid-entities',
      hint: 'declare at least one entity under entities:',
      message: '"entities" maps entity names to their definitions',
      expected: 'a mapping such as Customer: { fields: [...] }',
      found: isMap(node) ? 'no entities' : describeNode(node),
    });
    return [];
  }
  const drafts: EntityDraft[] = [];
  for (const pair of node.items) {
    const name = keyName(pair);
    if (!validName(source, pair, 'entity')) continue;
    const draft = readEntity(source, name, pair);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function readEntity(source: YamlSource, name: string, pair: Pair): EntityDraft | null {
  const body = pair.value as Node | null;
  if (!isMap(body)) {
    source.report(body ?? (pair.key as Node), {
      code: 'dsl/invalid-entity',
      hint: "indent the entity's fields: under its name",
      message: `entity "${name}" needs a mapping with "fields"`,
      expected: 'fields: [ - id: string(uuid) unique ]',
      found: describeNode(body),
    });
    return null;
  }
  const draft: EntityDraft = { name, node: pair.key as Node, count: null, key: null, fields: [], rules: [] };
  for (const item of (body as YAMLMap).items) {
    const key = keyName(item);
    const value = item.value as Node | null;
    if (key === 'fields') draft.fields = readFields(source, name, value);
    else if (key === 'rules') draft.rules = readRules(source, name, value);
    else if (key === 'count') {
      const n = isScalar(value) ? value.value : undefined;
      if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) {
        draft.count = n;
        if (value) draft.countNode = value;
      } else
        source.report(value, {
          code: 'dsl/invalid-count',
          hint: 'write a whole number, e.g. count: 1000',
          message: `count of "${name}" must be a whole number`,
          expected: 'an integer >= 0',
          found: describeNode(value),
        });
    } else if (key === 'key') {
      if (isScalar(value) && typeof value.value === 'string') draft.key = { name: value.value, node: value };
      else if (
        isSeq(value) &&
        value.items.length >= 2 &&
        value.items.every((i) => isScalar(i) && typeof i.value === 'string')
      )
        draft.compositeKey = {
          names: value.items.map((i) => String((i as { value: unknown }).value)),
          node: value,
        };
      else
        source.report(value, {
          code: 'dsl/invalid-key',
          hint: 'name a field of the entity, e.g. key: id',
          message: `key of "${name}" names one of its fields, or a list of them (a composite key)`,
          expected: 'a field name, or [order_id, product_id]',
          found: describeNode(value),
        });
    } else if (key === 'locale') {
      const tag = readLocale(source, value);
      if (tag !== null) draft.locale = tag;
    } else if (key === 'locale_from') {
      if (isScalar(value) && typeof value.value === 'string')
        draft.localeFrom = { name: value.value, node: value };
      else
        source.report(value, {
          code: 'dsl/invalid-locale-from',
          hint: 'name the field holding an ISO country code, e.g. locale_from: country',
          message: `locale_from of "${name}" names the field that holds each row's country`,
          expected: 'a field name, e.g. locale_from: country',
          found: describeNode(value),
        });
    } else unknownKey(source, item, ENTITY_KEYS, `option of entity "${name}"`);
  }
  if (!body.items.some((i) => keyName(i) === 'fields')) {
    source.report(pair.key as Node, {
      code: 'dsl/missing-fields',
      message: `entity "${name}" has no fields`,
      expected: 'a "fields" list',
      found: 'no "fields" key',
      hint: 'add fields: [ - id: string(uuid) unique ]',
    });
  }
  return draft;
}

function readFields(source: YamlSource, entity: string, node: Node | null): FieldDraft[] {
  if (!isSeq(node) || node.items.length === 0) {
    source.report(node, {
      code: 'dsl/invalid-fields',
      hint: 'list the fields, one per line: - id: string(uuid) unique',
      message: `fields of "${entity}" are a non-empty list`,
      expected: '- name: type',
      found: describeNode(node),
    });
    return [];
  }
  const drafts: FieldDraft[] = [];
  for (const item of node.items as Node[]) {
    if (!isMap(item) || item.items.length !== 1) {
      source.report(item, {
        code: 'dsl/invalid-field',
        message: 'each list item declares one field',
        expected: '- name: type',
        found: isMap(item) ? `${item.items.length} keys in one item` : describeNode(item),
        hint: 'start every field with its own "- "',
      });
      continue;
    }
    const pair = item.items[0] as Pair;
    const name = keyName(pair);
    if (!validName(source, pair, 'field')) continue;
    if (drafts.some((d) => d.field.name === name)) {
      source.report(pair.key as Node, {
        code: 'dsl/duplicate-field',
        hint: 'rename or remove one of the two',
        message: `field "${name}" is declared twice in "${entity}"`,
        expected: 'each field once',
        found: name,
      });
      continue;
    }
    const draft = readField(source, name, pair.value as Node | null);
    if (draft) drafts.push({ ...draft, node: pair.key as Node });
  }
  return drafts;
}
