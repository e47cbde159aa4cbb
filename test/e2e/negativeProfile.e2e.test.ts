/**
 * `fixtura generate --profile negative` (docs/profiles.md#negative-records): beside a small valid dataset,
 * records that each break exactly one rule of the contract, labelled. Judged here independently of the code
 * that made them: schema rules by @hyperjump/json-schema (the labelled keyword fails at the labelled place,
 * and the schema without that keyword accepts the record), decimals and date bounds by hand, rules across
 * records by looking at the other rows; and every record, put in place of the row it `replaces`, makes
 * `validate` report exactly its one issue.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/contract/loadContract.js';
import type { NegativeInstance } from '../../src/engine/schema/negative/negativeApi.js';
import type { Model } from '../../src/model/model.js';
import { datasetFiles } from '../../src/sources/datasetFiles.js';
import { validate } from '../../src/validate/validateDataset.js';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { judgeNegative } from '../support/negativeJudge.js';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-negative-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Row = Record<string, unknown>;
interface Negative {
  record: Row;
  violates: { code: string; path: string; keyword: string; schemaPath?: string };
  replaces: number;
}
const lines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);

/** `fixtura schema` without what hyperjump judges differently: floating-point multipleOf, and Ajv's date bounds. */
async function independentSchema(contract: string): Promise<Record<string, unknown>> {
  const { $id: _id, ...doc } = JSON.parse((await runCli(['schema', contract])).stdout) as Record<
    string,
    unknown
  >;
  for (const def of Object.values(
    doc.$defs as Record<string, { properties: Record<string, Record<string, unknown>> }>,
  ))
    for (const p of Object.values(def.properties)) {
      delete p.multipleOf;
      delete p.formatMinimum;
      delete p.formatMaximum;
    }
  return doc;
}

async function negatives(contract: string, name: string): Promise<{ out: string; model: Model }> {
  const out = path.join(scratch, name);
  const r = await runCli(['generate', contract, '--profile', 'negative', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  return { out, model: (await loadContract(contract)).model as Model };
}

/** Why a record does not break exactly its labelled rule, judged without the code that made it; null if it does. */
async function independently(
  doc: Record<string, unknown>,
  model: Model,
  out: string,
  entity: string,
  n: Negative,
): Promise<string | null> {
  const rows = lines<Row>(path.join(out, `${entity}.jsonl`));
  const field = n.violates.path.slice(1);
  const schema = { ...doc, $ref: `#/$defs/${entity}` };
  const { code } = n.violates;
  if (
    code.startsWith('schema/') &&
    !['schema/x-fixtura-decimals', 'schema/formatMinimum', 'schema/formatMaximum'].includes(code)
  )
    return judgeNegative(schema, n as unknown as NegativeInstance);
  // Every other kind is schema-valid except for its own rule, which is checked by hand.
  const validator = await independentValidator(schema, DIALECT.draft2020_12);
  const shape = validator.check(n.record);
  validator.release();
  if (!shape.valid) return `not valid otherwise: ${shape.errors.join('; ')}`;
  const value = n.record[field];
  const type = model.entities.find((e) => e.name === entity)?.fields.find((f) => f.name === field)?.type;
  switch (code) {
    case 'schema/x-fixtura-decimals':
      return type?.kind === 'number' &&
        (String(value).split('.')[1] ?? '').length > (type.decimals ?? Infinity)
        ? null
        : `${String(value)} has no decimal too many`;
    case 'schema/formatMinimum':
      return type && 'min' in type && typeof value === 'string' && type.min !== null && value < type.min
        ? null
        : 'not before the minimum';
    case 'schema/formatMaximum':
      return type && 'max' in type && typeof value === 'string' && type.max !== null && value > type.max
        ? null
        : 'not after the maximum';
    case 'unique/duplicate':
      return rows.some((r, i) => i !== n.replaces - 1 && JSON.stringify(r[field]) === JSON.stringify(value))
        ? null
        : 'repeats nothing';
    case 'integrity/dangling-reference': {
      if (type?.kind !== 'fk') return 'not a reference';
      const keys = lines<Row>(path.join(out, `${type.entity}.jsonl`)).map((r) =>
        JSON.stringify(r[type.field]),
      );
      return keys.includes(JSON.stringify(value)) ? 'the parent exists' : null;
    }
    default:
      return code.startsWith('rule/') ? null : `unknown code ${code}`;
  }
}

/** Puts the record in place of its row and validates: exactly its one issue, at that line. */
async function inPlace(
  model: Model,
  out: string,
  entity: string,
  n: Negative,
  dir: string,
): Promise<string | null> {
  cpSync(out, dir, { recursive: true });
  const file = path.join(dir, `${entity}.jsonl`);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  rows[n.replaces - 1] = JSON.stringify(n.record);
  writeFileSync(file, rows.join('\n') + '\n');
  const files = datasetFiles(model, [dir]).files.filter((f) => !f.file.endsWith('.negative.jsonl'));
  const result = await validate(model, files);
  const issue = result.issues[0];
  return result.total === 1 && issue?.code === n.violates.code && issue.line === n.replaces
    ? null
    : result.issues.map((i) => `${i.code} at ${path.basename(i.file)}:${i.line}`).join('; ');
}

describe('--profile negative', () => {
  it('on the shop contract: a record per constraint, each breaking exactly its labelled rule', async () => {
    const contract = path.join(repoRoot, 'examples/shop.contract.yaml');
    const { out, model } = await negatives(contract, 'shop');
    const doc = await independentSchema(contract);
    const kinds = new Set<string>();
    for (const entity of ['Customer', 'Order']) {
      for (const [i, n] of lines<Negative>(path.join(out, `${entity}.negative.jsonl`)).entries()) {
        kinds.add(`${entity} ${n.violates.code} ${n.violates.path}`);
        assert.equal(
          await independently(doc, model, out, entity, n),
          null,
          `${entity}.negative.jsonl:${i + 1} ${JSON.stringify(n.violates)}`,
        );
        assert.equal(
          await inPlace(model, out, entity, n, path.join(scratch, `shop-${entity}-${i}`)),
          null,
          `${entity} ${i + 1}`,
        );
      }
    }
    // Each constraint of the shop contract, broken at least once.
    for (const want of [
      'Customer schema/type /id',
      'Customer schema/format /id',
      'Customer schema/format /email',
      'Customer schema/required /email',
      'Customer schema/enum /country',
      'Customer schema/formatMinimum /birthdate',
      'Customer schema/formatMaximum /birthdate',
      'Customer schema/additionalProperties /unexpected_property',
      'Customer unique/duplicate /id',
      'Customer unique/duplicate /email',
      'Order schema/minimum /total_eur',
      'Order schema/maximum /total_eur',
      'Order schema/x-fixtura-decimals /total_eur',
      'Order schema/type /total_eur',
      'Order schema/enum /status',
      'Order schema/required /customer_id',
      'Order integrity/dangling-reference /customer_id',
      'Order unique/duplicate /id',
    ])
      assert.ok(kinds.has(want), `${want} among ${[...kinds].join(', ')}`);
  });

  it('breaks business rules and what derived fields, conditions and bounds promise, one at a time', async () => {
    const contract = path.join(repoRoot, 'test/fixtures/derived.contract.yaml');
    const { out, model } = await negatives(contract, 'derived');
    const found = lines<Negative>(path.join(out, 'Order.negative.jsonl'));
    const rules = found.filter((n) => n.violates.code.startsWith('rule/'));
    assert.deepEqual(rules.map((n) => n.violates.code).sort(), [
      'rule/bound:placed_at',
      'rule/bound:refunded_at',
      'rule/bound:updated_at',
      'rule/derive:currency',
      'rule/derive:total',
      'rule/when:refunded_at',
    ]);
    for (const [i, n] of rules.entries())
      assert.equal(
        await inPlace(model, out, 'Order', n, path.join(scratch, `derived-${i}`)),
        null,
        n.violates.code,
      );
    // Explicit rules: one that values within the types can break, and one they cannot (no record for it).
    const ruled = path.join(scratch, 'ruled.contract.yaml');
    writeFileSync(
      ruled,
      readFileSync(path.join(repoRoot, 'examples/shop.contract.yaml'), 'utf8') +
        "    rules:\n      - refund_has_amount: status != 'REFUNDED' || total_eur > 0\n      - total_eur <= 99999\n",
    );
    const shop = await negatives(ruled, 'ruled');
    const orders = lines<Negative>(path.join(shop.out, 'Order.negative.jsonl'));
    const broken = orders.filter((n) => n.violates.code.startsWith('rule/'));
    assert.deepEqual(
      broken.map((n) => n.violates.code),
      ['rule/refund_has_amount'],
    );
    assert.deepEqual([broken[0]?.record.status, broken[0]?.record.total_eur], ['REFUNDED', 0]);
    assert.equal(
      await inPlace(shop.model, shop.out, 'Order', broken[0] as Negative, path.join(scratch, 'ruled-0')),
      null,
    );
  });

  it('writes JSON Lines only, and lists the negative files in the manifest', async () => {
    const contract = path.join(repoRoot, 'examples/shop.contract.yaml');
    const bad = await runCli([
      'generate',
      contract,
      '--profile',
      'negative',
      '--format',
      'csv',
      '--out',
      path.join(scratch, 'x'),
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--profile negative writes JSON Lines/);
    const { out } = await negatives(contract, 'manifest');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    assert.deepEqual(
      manifest.files.map((f) => f.path),
      ['Customer.jsonl', 'Order.jsonl', 'Customer.negative.jsonl', 'Order.negative.jsonl'],
    );
  });
});
