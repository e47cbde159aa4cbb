/**
 * @module `format`: a malformed value of the right type and length (`not-an-email`, `2024-13-45`), padded or
 * cut to fit minLength/maxLength. Formats with no malformed examples (`binary`, `password`, or unknown names,
 * which are annotations) are skipped.
 */
import { impossible, keywordOf, type Mutation, type Proposal } from '../mutation.js';
import { malformedFormats } from './malformedFormats.js';

function fitted(s: string, min: number, max: number): string {
  const chars = [...s];
  if (chars.length > max) return chars.slice(0, max).join('');
  return chars.length < min ? s + 'x'.repeat(min - chars.length) : s;
}

export const formatMutation: Mutation = {
  keywords: ['format'],
  propose(site) {
    const c = site.constraints;
    if (typeof site.value !== 'string') return [];
    const out: Proposal[] = [];
    for (const node of c.nodes) {
      const format = (node.schema as Record<string, unknown>).format;
      if (typeof format !== 'string') continue;
      const at = `${node.pointer}/format`;
      const examples = malformedFormats[format];
      if (c.values !== null) out.push(impossible('format', site.path, at, 'enum/const fixes the string'));
      else if (!examples)
        out.push(impossible('format', site.path, at, `format "${format}" has no malformed example to send`));
      else {
        const min = c.minLength?.value ?? 0;
        const max = c.maxLength?.value ?? Infinity;
        const candidates = [...new Set(examples.map((e) => fitted(e, min, max)))];
        out.push({ keyword: keywordOf(at), path: site.path, schemaPath: at, candidates });
      }
    }
    return out;
  },
};
