/**
 * Relations built by construction: a self-referencing tree that never loops and respects its depth, and a
 * many-to-many join whose pairs never repeat — checked here independently of the engine.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-relations-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures', name);
const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('relations', () => {
  it('a category tree has no cycle, respects depth 3, and has roots', async () => {
    const out = path.join(scratch, 'tree');
    assert.equal(
      (await runCli(['generate', fixture('tree.contract.yaml'), '--out', out, '-n', '5000', '--quiet'])).code,
      0,
    );
    const cats = rows(path.join(out, 'Category.jsonl'));
    const byId = new Map(cats.map((c) => [c.id, c]));
    let roots = 0;
    for (const c of cats) {
      let depth = 0;
      const seen = new Set<unknown>();
      for (let x = c; x.parent_id !== null; depth++) {
        assert.ok(!seen.has(x.id), `cycle through ${String(x.id)}`);
        seen.add(x.id);
        x = byId.get(x.parent_id) as Record<string, unknown>;
        assert.ok(x, 'every parent exists');
      }
      assert.ok(depth <= 3, `depth ${depth}`);
      if (c.parent_id === null) roots++;
    }
    assert.ok(roots >= 1 && roots < cats.length / 5);
    assert.equal((await runCli(['validate', fixture('tree.contract.yaml'), out])).code, 0);

    // validate finds a loop (rows 10 and 20 point at each other) and a chain deeper than depth: 3.
    const edited = cats.map((c) => ({ ...c }));
    (edited[9] as Record<string, unknown>).parent_id = edited[19]?.id;
    (edited[19] as Record<string, unknown>).parent_id = edited[9]?.id;
    (edited[100] as Record<string, unknown>).parent_id = null;
    for (let i = 101; i <= 105; i++) (edited[i] as Record<string, unknown>).parent_id = edited[i - 1]?.id;
    writeFileSync(path.join(out, 'Category.jsonl'), edited.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const r = await runCli(['validate', fixture('tree.contract.yaml'), out, '--format', 'json']);
    assert.equal(r.code, 1);
    const { issues } = JSON.parse(r.stdout) as { issues: { code: string; line: number; actual: string }[] };
    assert.deepEqual(
      issues.filter((i) => i.code === 'integrity/tree-cycle').map((i) => [i.line, i.actual]),
      [[10, 'a cycle through 2 rows, at lines 10, 20']],
    );
    const deep = issues.filter((i) => i.code === 'integrity/tree-depth');
    assert.deepEqual(
      deep.slice(0, 2).map((i) => [i.line, i.actual]),
      [
        [105, '4 levels'],
        [106, '5 levels'],
      ],
    );
    assert.equal(issues.length, deep.length + 1, 'nothing else: the rows below the chain are deeper too');
  });

  it('a join entity never repeats a pair, and validate reports a repeated one', async () => {
    const contract = fixture('join.contract.yaml');
    const out = path.join(scratch, 'join');
    const counts = ['--count', 'Order=100', '--count', 'Product=30', '--count', 'OrderItem=2999'];
    assert.equal((await runCli(['generate', contract, '--out', out, ...counts, '--quiet'])).code, 0);
    const file = path.join(out, 'OrderItem.jsonl');
    const items = rows(file);
    assert.equal(new Set(items.map((i) => `${String(i.order_id)}|${String(i.product_id)}`)).size, 2999);
    items[10] = { ...items[10], order_id: items[3]?.order_id, product_id: items[3]?.product_id };
    writeFileSync(file, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
    const r = await runCli(['validate', contract, out, '--format', 'json']);
    const { issues } = JSON.parse(r.stdout) as { issues: { code: string; line: number; message: string }[] };
    assert.deepEqual(
      issues.map((i) => [i.code, i.line, i.message]),
      [['unique/duplicate', 11, 'the key [order_id, product_id] repeats the pair of line 4']],
    );
  });

  it('fanout between(1, 4) gives every order 1 to 4 lines, and the order totals are the sums of their lines', async () => {
    const contract = fixture('aggregate.contract.yaml');
    const out = path.join(scratch, 'aggregate');
    assert.equal(
      (await runCli(['generate', contract, '--out', out, '--count', 'Order=2000', '--quiet'])).code,
      0,
    );
    const items = rows(path.join(out, 'OrderItem.jsonl'));
    const sums = new Map<unknown, number>();
    const counts = new Map<unknown, number>();
    for (const i of items) {
      sums.set(i.order_id, (sums.get(i.order_id) ?? 0) + (i.line_total as number));
      counts.set(i.order_id, (counts.get(i.order_id) ?? 0) + 1);
    }
    const orders = rows(path.join(out, 'Order.jsonl'));
    assert.equal(orders.length, 2000);
    for (const o of orders) {
      assert.ok(Math.abs((o.total as number) - (sums.get(o.id) ?? 0)) < 1e-6, `total of ${String(o.id)}`);
      assert.equal(o.lines, counts.get(o.id));
      assert.ok((o.lines as number) >= 1 && (o.lines as number) <= 4);
    }
    assert.equal((await runCli(['validate', contract, out])).code, 0);
    // Across files: a total one cent off and a line count one too many are found at the order's line.
    orders[3] = { ...orders[3], total: Math.round(((orders[3]?.total as number) + 0.01) * 100) / 100 };
    orders[7] = { ...orders[7], lines: (orders[7]?.lines as number) + 1 };
    writeFileSync(path.join(out, 'Order.jsonl'), orders.map((o) => JSON.stringify(o)).join('\n') + '\n');
    const bad = await runCli(['validate', contract, out, '--format', 'json']);
    assert.equal(bad.code, 1);
    const { issues } = JSON.parse(bad.stdout) as { issues: { code: string; line: number; file: string }[] };
    assert.deepEqual(
      issues.map((i) => [i.code, path.basename(i.file), i.line]),
      [
        ['rule/derive:total', 'Order.jsonl', 4],
        ['rule/derive:lines', 'Order.jsonl', 8],
      ],
    );
    const fixed = await runCli([
      'generate',
      contract,
      '--out',
      path.join(scratch, 'x'),
      '--count',
      'OrderItem=5',
    ]);
    assert.match(
      fixed.stderr,
      /plan\/count-follows-fanout: the count of OrderItem follows from OrderItem\.order_id's fanout between\(1, 4\)/,
    );
    const loose = path.join(scratch, 'loose.contract.yaml');
    writeFileSync(loose, readFileSync(contract, 'utf8').replace(', fanout: between(1, 4)', ''));
    const r = await runCli(['generate', loose, '--out', path.join(scratch, 'x')]);
    assert.match(
      r.stderr,
      /:5:\d+: error dsl\/aggregate-needs-blocks: sum\(OrderItem\.line_total\): OrderItem\.order_id needs fanout: between\(min, max\)/,
    );
  });

  it('refuses a tree without roots, a bad composite key, and more rows than pairs, before generating', async () => {
    const tree = path.join(scratch, 'rootless.contract.yaml');
    writeFileSync(tree, readFileSync(fixture('tree.contract.yaml'), 'utf8').replace(' nullable(0.05)', ''));
    const r1 = await runCli(['generate', tree, '--out', path.join(scratch, 'x')]);
    assert.match(r1.stderr, /error dsl\/self-reference-not-nullable/);
    const join = path.join(scratch, 'badkey.contract.yaml');
    writeFileSync(
      join,
      readFileSync(fixture('join.contract.yaml'), 'utf8').replace(
        'key: [order_id, product_id]',
        'key: [order_id, qty]',
      ),
    );
    const r2 = await runCli(['generate', join, '--out', path.join(scratch, 'x')]);
    assert.match(
      r2.stderr,
      /:9:10: error dsl\/invalid-composite-key: the composite key of "OrderItem" names "qty", not fields of OrderItem/,
    );
    const r3 = await runCli([
      'generate',
      fixture('join.contract.yaml'),
      '--out',
      path.join(scratch, 'x'),
      '--count',
      'Order=2',
      '--count',
      'Product=2',
      '--count',
      'OrderItem=5',
    ]);
    assert.equal(r3.code, 2);
    assert.match(
      r3.stderr,
      /plan\/pairs-exhausted: OrderItem has 5 rows but its key \[order_id, product_id\] has only 4 distinct tuples/,
    );
  });

  it('a composite key of plain fields, and a join kept in blocks, never repeat a tuple; a block larger than the key allows is refused', async () => {
    const contract = fixture('keys.contract.yaml');
    const out = path.join(scratch, 'keys');
    assert.equal((await runCli(['generate', contract, '--out', out, '--quiet'])).code, 0);
    const items = rows(path.join(out, 'OrderItem.jsonl'));
    const prices = new Map(rows(path.join(out, 'Product.jsonl')).map((p) => [p.id, p.price]));
    assert.equal(
      new Set(items.map((i) => `${String(i.order_id)}|${String(i.product_id)}`)).size,
      items.length,
    );
    for (const i of items)
      assert.equal(i.unit_price, prices.get(i.product_id), 'the price on the product row');
    assert.ok(new Set(items.map((i) => i.product_id)).size > 40, 'products spread over the orders');
    const slots = rows(path.join(out, 'Slot.jsonl'));
    assert.equal(slots.length, 60);
    assert.equal(new Set(slots.map((s) => `${String(s.day)}|${String(s.room)}|${String(s.hour)}`)).size, 60);
    assert.equal((await runCli(['validate', contract, out])).code, 0);
    const wide = path.join(scratch, 'wide.contract.yaml');
    writeFileSync(wide, readFileSync(contract, 'utf8').replace('between(1, 6)', 'between(2, 51)'));
    const r = await runCli(['generate', wide, '--out', path.join(scratch, 'x')]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /:16:9: error plan\/fanout-exceeds-key: OrderItem\.order_id gives each Order up to 51 rows, but the key \[order_id, product_id\] leaves only 50 distinct product_id per Order/,
    );
  });
});
