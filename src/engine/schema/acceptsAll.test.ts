import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SchemaIndex, type SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { streamOf } from '../random/stream.js';
import { acceptsAll } from './acceptsAll.js';
import { constraintsOf, type SchemaSpace } from './constraints.js';
import { Draws } from './draws.js';
import type { GenerationContext } from './generationContext.js';
import { INLINE_BASE, sampleSchema } from './sampleSchema.js';
import { Verifier } from './verifier.js';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
/** An influxdata AST node: an object whose `type` is a NodeType, with properties of its own. */
const node = (own: object) => ({ type: 'object', properties: { type: ref('NodeType'), ...own } });
const list = (name: string) => ({ type: 'array', items: ref(name) });
const expression = ref('Expression');

/** influxdata's Flux expression tree (its 23 kinds, descriptions left out): a recursive oneOf of objects. */
const KINDS = {
  ArrayExpression: node({ elements: list('Expression') }),
  DictExpression: node({ elements: list('DictItem') }),
  FunctionExpression: node({ body: expression, params: list('Property') }),
  BinaryExpression: node({ left: expression, operator: { type: 'string' }, right: expression }),
  CallExpression: node({ arguments: list('Expression'), callee: expression }),
  ConditionalExpression: node({ alternate: expression, consequent: expression, test: expression }),
  LogicalExpression: node({ left: expression, operator: { type: 'string' }, right: expression }),
  MemberExpression: node({ object: expression, property: ref('PropertyKey') }),
  IndexExpression: node({ array: expression, index: expression }),
  ObjectExpression: node({ properties: list('Property') }),
  ParenExpression: node({ expression }),
  PipeExpression: node({ argument: expression, call: ref('CallExpression') }),
  UnaryExpression: node({ argument: expression, operator: { type: 'string' } }),
  BooleanLiteral: node({ value: { type: 'boolean' } }),
  DateTimeLiteral: node({ value: { type: 'string', format: 'date-time' } }),
  DurationLiteral: node({ values: list('Duration') }),
  FloatLiteral: node({ value: { type: 'number' } }),
  IntegerLiteral: node({ value: { type: 'string' } }),
  PipeLiteral: node({}),
  RegexpLiteral: node({ value: { type: 'string' } }),
  StringLiteral: node({ value: { type: 'string' } }),
  UnsignedIntegerLiteral: node({ value: { type: 'string' } }),
  Identifier: node({ name: { type: 'string' } }),
};
const $defs = {
  ...KINDS,
  NodeType: { type: 'string' },
  Expression: { oneOf: Object.keys(KINDS).map(ref) },
  DictItem: node({ key: expression, val: expression }),
  Property: node({ key: ref('PropertyKey'), value: expression }),
  PropertyKey: { oneOf: [ref('Identifier'), ref('StringLiteral')] },
  Duration: node({ magnitude: { type: 'integer' }, unit: { type: 'string' } }),
};

/** A generation context over a schema document, and a way to name its nodes. */
function contextOf(schema: object): { ctx: GenerationContext; at: (pointer: string) => SchemaNode } {
  const index = new SchemaIndex(schema, INLINE_BASE, '2020-12');
  const space: SchemaSpace = { index, dialect: '2020-12', file: '<schema>' };
  const stream = streamOf(['acceptsAll']);
  const ctx: GenerationContext = {
    space,
    verifier: new Verifier(space),
    draws: new Draws(stream, 0),
    stream,
    depth: 0,
    budget: { steps: 1000 },
    direction: null,
  };
  const at = (pointer: string) => index.resolve(`#${pointer}`, index.rootNode()) as SchemaNode;
  return { ctx, at };
}

describe('acceptsAll', () => {
  it('proves that a oneOf branch asking only for what another asks too matches every value of it', () => {
    const { ctx, at } = contextOf({ $defs });
    const boolean = constraintsOf(ctx.space, [at('/$defs/BooleanLiteral')], new Set());
    assert.equal(acceptsAll(ctx, at('/$defs/PipeLiteral'), boolean), true);
    // The other way round, `value` is BooleanLiteral's own: a PipeLiteral may give it any value.
    const pipe = constraintsOf(ctx.space, [at('/$defs/PipeLiteral')], new Set());
    assert.equal(acceptsAll(ctx, at('/$defs/BooleanLiteral'), pipe), false);
  });

  it('proves nothing from a keyword it does not read, a copy of a schema, or a narrower type', () => {
    const { ctx, at } = contextOf({
      $defs: {
        Name: { type: 'string' },
        Own: { type: 'object', properties: { name: ref('Name') } },
        Requires: { type: 'object', required: ['name'], properties: { name: ref('Name') } },
        Copy: { type: 'object', properties: { name: { type: 'string' } } },
        Array: { type: 'array' },
      },
    });
    const own = constraintsOf(ctx.space, [at('/$defs/Own')], new Set());
    for (const other of ['Requires', 'Copy', 'Array'])
      assert.equal(acceptsAll(ctx, at(`/$defs/${other}`), own), false, other);
  });
});

describe('a recursive oneOf whose branches all match one of them', () => {
  it("samples influxdata's Expression and ConditionalExpression, each instance valid", () => {
    // Before, the 22 kinds PipeLiteral covers were built, recursively, until the step budget ran out (Expression
    // was refused after two minutes).
    const judge = new Ajv2020({ strict: false });
    for (const target of ['Expression', 'ConditionalExpression']) {
      const schema = { $defs, ...ref(target) };
      const validate = judge.compile(schema);
      for (const v of sampleSchema(schema, { count: 5, seed: 'flux' }))
        assert.ok(validate(v), `${target}: ${JSON.stringify(v)}`);
    }
  });
});
