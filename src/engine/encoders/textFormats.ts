/** @module The registry of text output formats; a new format is one file and one entry here. */
import { csv } from './csv.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import type { TextFormat } from './textFormat.js';

export const textFormats: readonly TextFormat[] = [jsonl, json, csv];

export function findTextFormat(name: string): TextFormat | undefined {
  return textFormats.find((f) => f.name === name);
}
