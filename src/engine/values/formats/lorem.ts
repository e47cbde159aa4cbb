/**
 * @module `string(lorem)`: lorem-ipsum text of two to four paragraphs separated by a blank line, for long
 * text fields (descriptions, notes). The newlines make it not plain (CSV quotes it, JSON escapes them).
 */
import { below, type Stream } from '../../random/stream.js';
import { SENTENCE_DRAWS, sentenceAt, uniqueSentenceAt } from './sentence.js';
import type { StringFormat } from './stringFormat.js';

/** Draws per paragraph: its sentence count, then up to six sentences. */
const PARAGRAPH_DRAWS = 1 + 6 * SENTENCE_DRAWS;

/** Paragraph p uses draws from 1 + p · PARAGRAPH_DRAWS; `first` replaces its first sentence when given. */
function paragraphAt(s: Stream, row: number, p: number, first?: string): string {
  const base = 1 + p * PARAGRAPH_DRAWS;
  const count = 3 + below(s, row, base, 4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++)
    sentences.push(
      i === 0 && first !== undefined ? first : sentenceAt(s, row, base + 1 + i * SENTENCE_DRAWS),
    );
  return sentences.join(' ');
}

function loremAt(s: Stream, row: number, first?: string): string {
  const count = 2 + below(s, row, 0, 3);
  return Array.from({ length: count }, (_, p) => paragraphAt(s, row, p, p === 0 ? first : undefined)).join(
    '\n\n',
  );
}

const SENTENCE = '[A-Z][a-z]*( [a-z]+)*\\.';
const PARAGRAPH = `${SENTENCE}( ${SENTENCE})*`;

/**
 * Lorem text.
 * @example lorem.realistic(streamOf(['s1', 'lorem']))(0) // 'Adsidue debeo distinctio colligo deporto cado ambitus. Benevolentia …'
 */
export const lorem: StringFormat = {
  name: 'lorem',
  summary: 'Two to four lorem-ipsum paragraphs separated by a blank line (`\\n\\n`).',
  size: Infinity,
  plain: false,
  schema: { pattern: `^${PARAGRAPH}(\\n\\n${PARAGRAPH})+$`, minLength: 10 },
  realistic: (s) => (row) => loremAt(s, row),
  // Injective on [0, 2^52): the first sentence is sentence's unique(k) and ends at the first '.', which no
  // word contains; everything after it is decoration from the row.
  unique: (s) => (k, row) => loremAt(s, row, uniqueSentenceAt(k, s, row, 1 + PARAGRAPH_DRAWS * 4)),
};
