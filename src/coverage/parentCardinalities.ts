/**
 * @module How many children each parent row has through one reference, counted while the files stream by:
 * per child, a count capped at 2 under the parent key it names; per parent, the line its key was first seen
 * on. Nothing else is kept, so memory grows with the distinct keys, never with the rows.
 */
import { indexKey } from '../sources/indexKey.js';

export type Cardinality = 0 | 1 | 2;

/** Children per parent key (capped at 2: "several" is all a coverage target asks). */
export class ChildCounts {
  private readonly counts = new Map<string, Cardinality>();

  add(parentKey: unknown): void {
    if (parentKey === undefined || parentKey === null) return;
    const key = indexKey(parentKey);
    const n = this.counts.get(key) ?? 0;
    if (n < 2) this.counts.set(key, (n + 1) as Cardinality);
  }

  of(key: string): Cardinality {
    return this.counts.get(key) ?? 0;
  }
}

/** The keys of a parent entity's rows, in file order, each with where it was first seen. */
export class ParentKeys {
  /** Key → line; the file is told by the segment its insertion position falls in. */
  private readonly lines = new Map<string, number>();
  private readonly segments: { readonly file: string; readonly from: number }[] = [];

  /** Keys added from now on are on lines of `file`. */
  startFile(file: string): void {
    this.segments.push({ file, from: this.lines.size });
  }

  add(key: unknown, line: number): void {
    if (key === undefined || key === null) return;
    const k = indexKey(key);
    if (!this.lines.has(k)) this.lines.set(k, line);
  }

  /** Each parent key (as `indexKey` spells it) with its first file and line, in reading order. */
  *entries(): Generator<{ readonly key: string; readonly file: string; readonly line: number }> {
    let position = 0;
    let segment = 0;
    for (const [key, line] of this.lines) {
      while (segment + 1 < this.segments.length && (this.segments[segment + 1]?.from ?? 0) <= position)
        segment++;
      yield { key, file: this.segments[segment]?.file ?? '', line };
      position++;
    }
  }
}
