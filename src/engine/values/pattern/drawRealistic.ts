/** @module A realistic draw of a regex's generator tree: counts, branches and characters each uniform. */
import { below, type Stream } from '../../random/stream.js';
import { charAt } from '../../../jsonSchema/pattern/charSet.js';
import type { PatternNode } from '../../../jsonSchema/pattern/patternNode.js';

/** How far above its minimum a lean draw takes a count. */
const LEAN_EXTRA = 1;

/**
 * A realistic string of the tree: counts, branches and characters each uniform. Draw numbers count up from 0
 * per row in visiting order, so the string is a pure function of (stream, row). A `lean` draw keeps every count
 * within one of its minimum: near the shortest strings, for a caller that can only check short ones.
 */
export function drawRealistic(root: PatternNode, stream: Stream, row: number, lean = false): string {
  let draw = 0;
  const pick = (n: number): number => (n === 1 ? 0 : below(stream, row, draw++, n));
  let out = '';
  const captured = new Map<number, string>();
  const visit = (node: PatternNode): void => {
    switch (node.kind) {
      case 'chars':
        out += String.fromCodePoint(charAt(node.realistic, pick(node.realistic.size)));
        return;
      case 'literal':
        out += node.text;
        return;
      case 'concat':
        for (const part of node.parts) visit(part);
        return;
      case 'alt':
        visit(node.branches[pick(node.branches.length)] as PatternNode);
        return;
      case 'repeat': {
        const count = node.min + pick(Math.min(node.max - node.min, lean ? LEAN_EXTRA : Infinity) + 1);
        for (let i = 0; i < count; i++) visit(node.body);
        return;
      }
      case 'capture': {
        const start = out.length;
        visit(node.body);
        captured.set(node.index, out.slice(start));
        return;
      }
      case 'backref':
        out += captured.get(node.index) ?? '';
        return;
    }
  };
  visit(root);
  return out;
}
