/** @module `string(paragraph)`: three to six lorem-ipsum sentences. */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import { below, rowKey, smallBelowOf, type Stream } from '../../random/stream.js';
import { SENTENCE_DRAWS, sentenceAt, uniqueSentenceAt, writeSentenceAt } from './sentence.js';
import type { StringFormat } from './stringFormat.js';

/** Sentence i uses draws from 1 + 13i on; draw 0 is the sentence count. `first` is the first sentence. */
function paragraphAt(s: Stream, row: number, first: string): string {
  const count = 3 + below(s, row, 0, 4);
  const sentences = [first];
  for (let i = 1; i < count; i++) sentences.push(sentenceAt(s, row, 1 + i * SENTENCE_DRAWS));
  return sentences.join(' ');
}

/** `paragraphAt` of a realistic first sentence, written as bytes. */
function writeParagraphAt(s: Stream, row: number, out: ByteWriter): void {
  const key = rowKey(s, row);
  const count = 3 + smallBelowOf(key, 0, 4);
  writeSentenceAt(key, 1, out);
  for (let i = 1; i < count; i++) {
    out.byte(32);
    writeSentenceAt(key, 1 + i * SENTENCE_DRAWS, out);
  }
}

/**
 * A lorem-ipsum paragraph.
 * @example paragraph.realistic(streamOf(['s1', 'paragraph']))(0) // 'Antea collum aranea tenax subiungo quod sum. Textus auxilium …'
 */
export const paragraph: StringFormat = {
  name: 'paragraph',
  summary: 'Three to six lorem-ipsum sentences, e.g. `Tempora vero culpa. Ipsum a abbas sint.…`',
  size: Infinity,
  plain: true,
  schema: { pattern: '^[A-Z][a-z]*( [a-z]+)*\\.( [A-Z][a-z]*( [a-z]+)*\\.)*$', minLength: 2 },
  realistic: (s) => (row) => paragraphAt(s, row, sentenceAt(s, row, 1)),
  // Injective on [0, 2^52): the first sentence is unique(k) (see sentence.ts) and ends at the first '.',
  // which no word contains; the sentences after it are decoration from the row.
  unique: (s) => (k, row) => paragraphAt(s, row, uniqueSentenceAt(k, s, row, 1)),
  writeRealistic: (s) => (row, out) => writeParagraphAt(s, row, out),
};
