import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EdgeResult } from './edgeApi.js';
import { edgeInstances } from './edgeInstances.js';

/** `kind path = instance` for each hit, in order. */
function hits(result: EdgeResult): string[] {
  return result.instances.flatMap(({ instance, hits }) =>
    hits.map((h) => `${h.kind} ${h.path || '/'} = ${JSON.stringify(instance)}`),
  );
}

function valueAtHit(result: EdgeResult, kind: string, path = ''): unknown[] {
  return result.instances
    .filter((i) => i.hits.some((h) => h.kind === kind && h.path === path))
    .map((i) => i.instance);
}

describe('edgeInstances', () => {
  it('puts integers on their minimum and maximum', () => {
    assert.deepEqual(hits(edgeInstances({ type: 'integer', minimum: 1, maximum: 6 })), [
      'minimum / = 1',
      'maximum / = 6',
    ]);
  });

  it('takes the nearest value inside an exclusive bound, on the multipleOf grid', () => {
    const result = edgeInstances({
      type: 'number',
      exclusiveMinimum: 0,
      exclusiveMaximum: 10,
      multipleOf: 0.25,
    });
    assert.deepEqual(hits(result), ['exclusiveMinimum / = 0.25', 'exclusiveMaximum / = 9.75']);
    assert.deepEqual(
      valueAtHit(edgeInstances({ type: 'integer', minimum: 1, maximum: 10, multipleOf: 3 }), 'minimum'),
      [3],
    );
    assert.deepEqual(
      valueAtHit(edgeInstances({ type: 'number', exclusiveMinimum: 0, maximum: 1 }), 'exclusiveMinimum'),
      [0.1],
    );
  });

  it('builds the shortest and the longest string, still matching the pattern', () => {
    const result = edgeInstances({ type: 'string', minLength: 3, maxLength: 7, pattern: '^[a-z]+$' });
    const [shortest] = valueAtHit(result, 'minLength') as string[];
    const [longest] = valueAtHit(result, 'maxLength') as string[];
    assert.match(shortest ?? '', /^[a-z]{3}$/);
    assert.match(longest ?? '', /^[a-z]{7}$/);
    assert.deepEqual(valueAtHit(edgeInstances({ type: 'string' }), 'minLength'), ['']);
  });

  it('skips a length no string of the format has, with the reason', () => {
    const result = edgeInstances({ type: 'string', format: 'date', maxLength: 12 });
    assert.deepEqual(valueAtHit(result, 'maxLength'), []);
    const [skipped] = result.skipped;
    assert.equal(skipped?.kind, 'maxLength');
    assert.match(skipped?.reason ?? '', /no string of 12\.\.12 characters in format date/);
  });

  it('sends each enum value, the const, true and false, and null where the type allows it', () => {
    assert.deepEqual(hits(edgeInstances({ enum: ['a', 'b', 3] })), [
      'enum / = "a"',
      'enum / = "b"',
      'enum / = 3',
    ]);
    assert.deepEqual(hits(edgeInstances({ const: 'x' })), ['const / = "x"']);
    assert.deepEqual(hits(edgeInstances({ type: ['boolean', 'null'] })), [
      'boolean / = true',
      'boolean / = false',
      'null / = null',
    ]);
  });

  it('reaches null through an OpenAPI-style nullable anyOf and the other branch too', () => {
    const result = edgeInstances({ anyOf: [{ type: 'string', maxLength: 2 }, { type: 'null' }] });
    assert.deepEqual(valueAtHit(result, 'anyOf').length, 2);
    // The null branch is reached as a branch: the type the value settles on here is the string's.
    assert.ok(valueAtHit(result, 'anyOf').includes(null));
    assert.ok(valueAtHit(result, 'maxLength').some((s) => typeof s === 'string' && s.length === 2));
  });

  it('gives arrays their fewest and most items, and skips a large maxItems', () => {
    const small = edgeInstances({ type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 3 });
    assert.deepEqual(
      [...valueAtHit(small, 'minItems'), ...valueAtHit(small, 'maxItems')].map(
        (a) => (a as unknown[]).length,
      ),
      [1, 3],
    );
    const large = edgeInstances({ type: 'array', items: { type: 'integer' }, maxItems: 50 });
    assert.deepEqual(valueAtHit(large, 'maxItems'), []);
    assert.match(large.skipped.find((s) => s.kind === 'maxItems')?.reason ?? '', /50 items is not built/);
  });

  it('leaves each optional property out once and puts it in once', () => {
    const schema = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', minimum: 1 }, note: { type: 'string', maxLength: 4 } },
      additionalProperties: false,
    };
    const result = edgeInstances(schema);
    const absent = valueAtHit(result, 'absent', '/note') as Record<string, unknown>[];
    const present = valueAtHit(result, 'present', '/note') as Record<string, unknown>[];
    assert.equal(absent.length, 1);
    assert.equal(present.length, 1);
    assert.ok(!Object.hasOwn(absent[0] ?? {}, 'note'));
    assert.ok(Object.hasOwn(present[0] ?? {}, 'note'));
    assert.ok(!result.instances.some((i) => i.hits.some((h) => h.path === '/id' && h.kind === 'absent')));
  });

  it('hits every branch of a oneOf of three objects, each instance valid through that branch only', () => {
    const schema = {
      oneOf: [
        {
          type: 'object',
          required: ['kind', 'r'],
          properties: { kind: { const: 'circle' }, r: { type: 'number' } },
        },
        {
          type: 'object',
          required: ['kind', 'side'],
          properties: { kind: { const: 'square' }, side: { type: 'integer' } },
        },
        {
          type: 'object',
          required: ['kind', 'w', 'h'],
          properties: { kind: { const: 'rect' }, w: { type: 'integer' }, h: { type: 'integer' } },
        },
      ],
    };
    const result = edgeInstances(schema, { seed: 'shapes' });
    const kinds = [0, 1, 2].map((i) => {
      const found = result.instances.find((x) => x.hits.some((h) => h.schemaPath === `/oneOf/${i}`));
      return (found?.instance as { kind?: string } | undefined)?.kind;
    });
    assert.deepEqual(kinds, ['circle', 'square', 'rect']);
  });

  it('is deterministic per seed, caps the list and says so', () => {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [`p${i}`, { type: 'integer', minimum: 0, maximum: i + 1 }]),
      ),
    };
    const a = edgeInstances(schema, { seed: 's' });
    assert.deepEqual(edgeInstances(schema, { seed: 's' }), a);
    assert.equal(a.instances.length, 64);
    assert.equal(a.truncated, true);
    const cut = edgeInstances(schema, { seed: 's', max: 5 });
    // Hits that later edges would add to the first instances are not collected once the list is full.
    assert.deepEqual(
      cut.instances.map((i) => i.instance),
      a.instances.slice(0, 5).map((i) => i.instance),
    );
    assert.throws(() => edgeInstances(schema, { max: 0 }), RangeError);
  });

  it('grows linearly: one instance per edge, never combinations', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`p${i}`, { type: 'string', minLength: 1, maxLength: 5 }]),
    );
    const { instances, truncated } = edgeInstances({ type: 'object', properties }, { max: 1000 });
    assert.equal(truncated, false);
    // Per property: absent, present, shortest, longest (present may coincide with another instance).
    assert.ok(instances.length <= 1 + 20 * 4, String(instances.length));
  });
});
