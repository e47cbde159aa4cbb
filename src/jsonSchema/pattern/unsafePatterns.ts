/**
 * @module Every `pattern` and `patternProperties` key of a schema document that cannot be matched safely,
 * with its JSON pointer, so a contract is refused when it is loaded rather than when a value meets it.
 */
import { escapeToken } from '../jsonPointer.js';
import { keyRole } from '../schemaKeywords.js';
import { isRefusal, safePattern, type PatternRefusal } from './safePattern.js';

/** A refused pattern and where it is written. */
export interface UnsafePattern {
  readonly pointer: string;
  readonly source: string;
  readonly refusal: PatternRefusal;
}

/** Every pattern source of a document with its pointer, in document order; stops when `visit` says so. */
function eachPattern(root: unknown, visit: (source: string, pointer: string) => boolean): void {
  // Iterative, so a deeply nested document cannot overflow the stack here.
  // The flag says the object maps names to schemas: a key there is a name (`pattern`, `default`…), not a keyword.
  const stack: [unknown, string, boolean][] = [[root, '', false]];
  while (stack.length > 0) {
    const [node, pointer, inNames] = stack.pop() as [unknown, string, boolean];
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`, false]);
      continue;
    }
    const object = node as Record<string, unknown>;
    if (!inNames) {
      if (typeof object.pattern === 'string' && !visit(object.pattern, `${pointer}/pattern`)) return;
      const pp = object.patternProperties;
      if (pp !== null && typeof pp === 'object' && !Array.isArray(pp))
        for (const key of Object.keys(pp))
          if (!visit(key, `${pointer}/patternProperties/${escapeToken(key)}`)) return;
    }
    for (const key of Object.keys(object).reverse()) {
      const role = keyRole(key, inNames);
      if (role !== 'data') stack.push([object[key], `${pointer}/${escapeToken(key)}`, role === 'names']);
    }
  }
}

/** The refused patterns of a document, in document order (at most `limit`). */
export function unsafePatterns(root: unknown, limit = 20): UnsafePattern[] {
  const found: UnsafePattern[] = [];
  eachPattern(root, (source, pointer) => {
    const verdict = safePattern(source);
    if (isRefusal(verdict)) found.push({ pointer, source, refusal: verdict });
    return found.length < limit;
  });
  return found;
}

/** Whether some pattern of the document only the linear-time engine may run (or none may). */
export function hasRiskyPattern(root: unknown): boolean {
  let risky = false;
  eachPattern(root, (source) => {
    const verdict = safePattern(source);
    risky = isRefusal(verdict) || (verdict !== null && verdict.nativeLimit < 0);
    return !risky;
  });
  return risky;
}

/**
 * Where a pattern source is first written in a document (`pattern` or a `patternProperties` key), or null.
 * @example patternPointer({ properties: { id: { pattern: '^a$' } } }, '^a$') // '/properties/id/pattern'
 */
export function patternPointer(root: unknown, source: string): string | null {
  let found: string | null = null;
  eachPattern(root, (candidate, pointer) => {
    if (candidate === source) found = pointer;
    return found === null;
  });
  return found;
}
