/**
 * @module Which `$ref` asked for a target, found by walking the documents read so far without recursion, so
 * a refusal can name the file, line and column of the `$ref` rather than only the target.
 */
import { escapeToken } from './jsonPointer.js';
import { pointerLocator } from './locatePointer.js';
import type { InputPosition } from '../input/inputError.js';
import type { ReadDocument } from './confinedRefs.js';

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function resolved(reference: string, base: string): string | null {
  try {
    return withoutFragment(new URL(reference, base).href);
  } catch {
    return null;
  }
}

/** The `$ref`s of a value with their JSON pointers, outermost first. */
function* refsOf(value: unknown): Generator<[pointer: string, reference: string]> {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, string];
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [string, unknown];
      if (key === '$ref' && typeof child === 'string') yield [`${at}/$ref`, child];
      else stack.push([child, `${at}/${escapeToken(key)}`]);
    }
  }
}

/**
 * The position of the first `$ref` (in the order the documents were read) that resolves to `target`.
 * @param target an absolute URL (file: or http:), with or without fragment
 */
export function referrerOf(target: string, documents: readonly ReadDocument[]): InputPosition | null {
  const wanted = withoutFragment(target);
  for (const doc of documents) {
    for (const [pointer, reference] of refsOf(doc.value)) {
      if (resolved(reference, doc.url) !== wanted) continue;
      const { line, column } = pointerLocator(doc.text, doc.file)(pointer);
      return { file: doc.file, line, column, pointer };
    }
  }
  return null;
}
