/**
 * @module The line and column of a JSON pointer in a YAML or JSON source, for messages. The text is parsed
 * again only when a message needs a location, so large documents load at JSON.parse speed.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceLocation } from '../model/issues.js';
import { pointerTokens } from './jsonPointer.js';

/** A locator for one file's text: pointer → location (line 1, column 1 when the pointer is not found). */
export function pointerLocator(text: string, file: string): (pointer: string) => SourceLocation {
  let parsed: { root: Node | null; lines: LineCounter } | null = null;
  return (pointer) => {
    if (!parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
      parsed = { root: doc.contents as Node | null, lines };
    }
    let node: Node | null = parsed.root;
    for (const key of pointerTokens(pointer)) {
      if (isMap(node))
        node =
          (node.items.find((p) => String((p.key as { value?: unknown })?.value) === key)
            ?.value as Node | null) ?? null;
      else if (isSeq(node)) node = (node.items[Number(key)] as Node | undefined) ?? null;
      else node = null;
      if (!node) break;
    }
    const offset = node?.range?.[0] ?? 0;
    const pos = parsed.lines.linePos(offset);
    return { file, line: pos.line, column: pos.col, pointer: pointer || '/' };
  };
}
