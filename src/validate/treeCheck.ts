/**
 * @module Self-references (`parent_id: fk(Category.id)`, `manager_id: fk(Employee.id)`) form a forest: no
 * chain of parents may loop, and with a declared `depth:` none may be longer. Checked once the entity's file
 * is read, from a map of each key to its parent key and line (an entity that references itself is read
 * before anything can be said about it). Each row's chain is walked once: depths are remembered.
 */
import type { Entity, Field } from '../model/model.js';
import { indexKey } from '../sources/indexKey.js';
import type { ValidationIssue } from '../model/validationIssue.js';

interface Node {
  readonly parent: string | null;
  readonly line: number;
  readonly parentText: string;
}

type SelfReference = Field & {
  readonly type: { readonly kind: 'fk'; readonly field: string; readonly depth?: number };
};

export class TreeCheck {
  readonly #nodes = new Map<string, Node>();
  readonly #fk: SelfReference;

  /** The checks of an entity's self-references; none when it has none. */
  static of(entity: Entity): TreeCheck[] {
    return entity.fields
      .filter((f) => f.type.kind === 'fk' && f.type.entity === entity.name)
      .map((f) => new TreeCheck(entity, f));
  }

  private constructor(
    private readonly entity: Entity,
    fk: Field,
  ) {
    this.#fk = fk as SelfReference;
  }

  add(record: Readonly<Record<string, unknown>>, line: number): void {
    const key = record[this.#fk.type.field];
    if (key === undefined || key === null) return;
    const id = indexKey(key);
    if (this.#nodes.has(id)) return; // a repeated key is a duplicate, reported as such
    const parent = record[this.#fk.name];
    this.#nodes.set(id, {
      parent: parent === undefined || parent === null ? null : indexKey(parent),
      line,
      parentText: JSON.stringify(parent),
    });
  }

  /** Every row on a cycle (once per cycle, at its first line) and every row deeper than `depth:`. */
  finish(file: string): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    const depth = new Map<string, number>();
    const onCycle = new Set<string>();
    const bound = this.#fk.type.depth;
    const field = `/${this.#fk.name}`;
    for (const start of this.#nodes.keys()) {
      if (depth.has(start) || onCycle.has(start)) continue;
      // Walk up until a known depth, a root, a missing parent (a dangling reference), or a repeat.
      const path: string[] = [];
      const seen = new Map<string, number>();
      let at: string | null = start;
      let base = -1;
      while (at !== null) {
        const known = depth.get(at);
        if (known !== undefined) {
          base = known;
          break;
        }
        if (onCycle.has(at)) {
          base = Infinity; // a tail leading into a cycle already reported
          break;
        }
        const loop = seen.get(at);
        if (loop !== undefined) {
          const cycle = path.slice(loop);
          cycle.forEach((c) => onCycle.add(c));
          const first = cycle
            .map((c) => this.#nodes.get(c) as Node)
            .reduce((a, b) => (b.line < a.line ? b : a));
          issues.push({
            entity: this.entity.name,
            file,
            line: first.line,
            code: 'integrity/tree-cycle',
            field,
            expected: `a chain of ${this.#fk.name} that ends at a root (null)`,
            actual: `a cycle through ${cycle.length} rows, at lines ${cycle
              .map((c) => (this.#nodes.get(c) as Node).line)
              .sort((a, b) => a - b)
              .join(', ')}`,
            message: `${field} loops back to this row`,
          });
          break;
        }
        seen.set(at, path.length);
        path.push(at);
        const node = this.#nodes.get(at);
        if (!node) break; // a dangling parent: reported by the integrity check
        at = node.parent;
      }
      // Depths down the path, from the first known one (or the root, at -1 + 1 = 0).
      for (let i = path.length - 1; i >= 0; i--) {
        const id = path[i] as string;
        if (onCycle.has(id)) {
          base = Infinity;
          continue;
        }
        if (!this.#nodes.has(id)) continue;
        base = base + 1;
        depth.set(id, base);
        const node = this.#nodes.get(id) as Node;
        if (bound !== undefined && base > bound && base !== Infinity)
          issues.push({
            entity: this.entity.name,
            file,
            line: node.line,
            code: 'integrity/tree-depth',
            field,
            expected: `at most ${bound} levels below a root (depth: ${bound})`,
            actual: `${base} levels`,
            message: `${field} is ${base} levels below its root`,
          });
      }
    }
    return issues;
  }
}
