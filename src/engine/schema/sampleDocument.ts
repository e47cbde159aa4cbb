/**
 * @module Instances of one schema of a document: a component by JSON pointer, or an operation's request body
 * or response. One verifier per document view is shared, so `--all` compiles each schema once.
 */
import type { SchemaDocument } from '../../contract/openapi/schemaDocument.js';
import { SchemaIndex, type SchemaNode } from '../../jsonSchema/schemaIndex.js';
import type { JsonValue } from '../../model/model.js';
import type { SchemaSpace } from './constraints.js';
import type { SampleOptions } from './sampleApi.js';
import { sampleNode } from './sampleSchema.js';
import { Verifier } from './verifier.js';

export type SampleTarget =
  | { readonly pointer: string }
  | { readonly operation: string; readonly response?: string; readonly request?: boolean };

/** Thrown for a target that names nothing in the document (a usage problem, not an unsatisfiable schema). */
export class UnknownTargetError extends Error {
  constructor(
    message: string,
    readonly candidates: readonly string[],
  ) {
    super(message);
    this.name = 'UnknownTargetError';
  }
}

interface View {
  readonly space: SchemaSpace;
  readonly verifier: Verifier;
}

const views = new WeakMap<SchemaDocument, Map<string, View>>();

function viewOf(doc: SchemaDocument, direction: 'request' | 'response' | null): View {
  let byDirection = views.get(doc);
  if (!byDirection) {
    byDirection = new Map();
    views.set(doc, byDirection);
  }
  const key = direction ?? 'none';
  let view = byDirection.get(key);
  if (!view) {
    const index = new SchemaIndex(doc.rootFor(direction), doc.base, doc.dialect);
    const space = { index, dialect: doc.dialect, file: doc.file };
    view = { space, verifier: new Verifier(space) };
    byDirection.set(key, view);
  }
  return view;
}

/** Resolves a target to a pointer and a direction. */
export function resolveTarget(
  doc: SchemaDocument,
  target: SampleTarget,
): { pointer: string; direction: 'request' | 'response' | null } {
  if ('pointer' in target) {
    const pointer = target.pointer.replace(/^#/, '');
    return { pointer, direction: null };
  }
  const ops = doc.operations();
  const op = ops.find((o) => o.id === target.operation);
  if (!op)
    throw new UnknownTargetError(
      `no operation "${target.operation}" in ${doc.file}`,
      ops.map((o) => o.id),
    );
  if (target.response !== undefined) {
    const pointer = op.responses[target.response];
    if (!pointer)
      throw new UnknownTargetError(
        `operation "${op.id}" has no response ${target.response} with a body`,
        Object.keys(op.responses),
      );
    return { pointer: pointer.slice(1), direction: 'response' };
  }
  if (op.request && target.request !== false) return { pointer: op.request.slice(1), direction: 'request' };
  const success = Object.keys(op.responses).find((s) => /^2/.test(s)) ?? Object.keys(op.responses)[0];
  if (target.request === true || success === undefined)
    throw new UnknownTargetError(
      `operation "${op.id}" has no request body`,
      Object.keys(op.responses).map((s) => `--response ${s}`),
    );
  return { pointer: (op.responses[success] as string).slice(1), direction: 'response' };
}

/** The schema a target names, in its document view (request, response or neither) with the view's verifier. */
export interface TargetSchema extends View {
  readonly node: SchemaNode;
  readonly direction: 'request' | 'response' | null;
}

/**
 * @throws UnknownTargetError
 * @example targetSchema(doc, { operation: 'createPet' }).node.pointer // '/components/schemas/Pet'
 */
export function targetSchema(doc: SchemaDocument, target: SampleTarget): TargetSchema {
  const { pointer, direction } = resolveTarget(doc, target);
  const view = viewOf(doc, direction);
  let node;
  try {
    node = view.space.index.at(pointer);
  } catch {
    throw new UnknownTargetError(`nothing at #${pointer} in ${doc.file}`, doc.components());
  }
  return { ...view, node, direction };
}

/**
 * @throws UnsatisfiableSchemaError, UnknownTargetError
 * @example sampleDocument(doc, { pointer: '#/components/schemas/Pet' }, { count: 20, seed: 'ci' })
 */
export function sampleDocument(
  doc: SchemaDocument,
  target: SampleTarget,
  options: SampleOptions = {},
): JsonValue[] {
  const { space, verifier, node, direction } = targetSchema(doc, target);
  return sampleNode(space, node, options, direction, verifier);
}
