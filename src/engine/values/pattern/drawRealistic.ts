/** @module A realistic draw of a regex's generator tree: counts, branches and characters each uniform. */
import { below, type Stream } from '../../random/stream.js';
import { charAt, hasMember, type CharSet } from '../../../jsonSchema/pattern/charSet.js';
import type { PatternNode } from '../../../jsonSchema/pattern/patternNode.js';

/** How far above its minimum a lean draw takes a count. */
const LEAN_EXTRA = 1;

/** How a realistic draw is shaped, beyond the stream and row. */
export interface DrawOptions {
  /** Every count within one of its minimum: near the shortest strings, for a caller that checks short ones. */
  readonly lean?: boolean;
  /**
   * Each positive lookahead's own text is drawn and written where the lookahead stands, over what the rest of
   * the pattern drew there, except where the rest drew a character the lookahead's class there also allows
   * (the first lookahead wins where two overlap): `arn:(?=[^:]+:fsx:)[a-z]…` then starts with `[a-z]…:fsx:`,
   * which the rest alone would almost never draw. Without it a lookahead draws nothing.
   */
  readonly lookaheads?: boolean;
}

/**
 * A realistic string of the tree: counts, branches and characters each uniform. Draw numbers count up from 0
 * per row in visiting order, so the string is a pure function of (stream, row).
 */
export function drawRealistic(
  root: PatternNode,
  stream: Stream,
  row: number,
  { lean = false, lookaheads = false }: DrawOptions = {},
): string {
  let draw = 0;
  const pick = (n: number): number => (n === 1 ? 0 : below(stream, row, draw++, n));
  let out = '';
  const captured = new Map<number, string>();
  /** Each lookahead's text, where it stands, and the class each of its drawn characters came from. */
  const written: { at: number; text: string; classes: Map<number, CharSet> }[] = [];
  let classes: Map<number, CharSet> | null = null;
  const visit = (node: PatternNode): void => {
    switch (node.kind) {
      case 'chars':
        classes?.set(out.length, node.set);
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
      case 'ahead': {
        if (!lookaheads || classes) return;
        const [at, before] = [out.length, out];
        out = '';
        classes = new Map();
        visit(node.body);
        written.push({ at, text: out, classes });
        classes = null;
        out = before;
        return;
      }
    }
  };
  visit(root);
  for (const w of written.reverse()) out = writeOver(out, w.at, w.text, w.classes);
  return out;
}

/** `text` written into `out` at `at`, keeping each character of `out` its class there allows. */
function writeOver(out: string, at: number, text: string, classes: Map<number, CharSet>): string {
  let merged = '';
  for (let i = 0; i < text.length; i++) {
    const under = out.charCodeAt(at + i);
    const set = classes.get(i);
    const keep = set && !Number.isNaN(under) && !isSurrogate(under) && !isSurrogate(text.charCodeAt(i));
    merged += keep && hasMember(set, under) ? out.charAt(at + i) : text.charAt(i);
  }
  return out.slice(0, at) + merged + out.slice(at + text.length);
}

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;
