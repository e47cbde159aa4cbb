/**
 * @module Strings of the right length (counted in code points, as JSON Schema counts), matching every
 * `pattern` and the `format`: drawn from the pattern's or format's own generator, then checked; an unanchored
 * pattern's match may be padded to reach a minimum length.
 */
import { substream } from '../random/stream.js';
import { patternDomain, type PatternDomain } from '../values/pattern.js';
import type { Constraints } from './constraints.js';
import type { GenerationContext } from './generationContext.js';
import { schemaFormat } from './schemaFormats.js';
import { impossibleAnchor } from './impossibleAnchor.js';
import { plantRequired, requiredCharacters } from './requiredCharacters.js';
import { stretchPattern } from './stretchPattern.js';
import { patternRefusal, unicodeRegex } from './unicodeRegex.js';
import {
  PatternBudgetError,
  patternFlags,
  type PatternMatcher,
} from '../../jsonSchema/pattern/safePattern.js';
import { MAX_GENERATED_LENGTH } from '../../model/limits.js';
import { unsatisfiable } from './unsatisfiable.js';

const ATTEMPTS = 60;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * From this attempt on, every other draw writes the pattern's positive lookaheads' text where they stand
 * (drawRealistic.ts): fsx's `arn:(?=[^:]+:fsx:…)` is otherwise never met. Later than the first attempts, so
 * that a pattern whose plain draws match keeps its values.
 */
const LOOKAHEAD_DRAWS_FROM = 10;

const domains = new Map<string, PatternDomain | null>();

function domainOf(source: string, lean = false, lookaheads = false): PatternDomain | null {
  const key = `${lean ? 'lean' : 'full'}${lookaheads ? '+ahead' : ''}/${source}`;
  let d = domains.get(key);
  if (d === undefined) {
    try {
      // Every drawn string is tested against the pattern below, so lookarounds may be drawn as absent.
      d = patternDomain(source, patternFlags(source, 'u'), { relaxLookarounds: true, lean, lookaheads });
    } catch {
      d = null;
    }
    domains.set(key, d);
  }
  return d;
}

/** Length in code points. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

function letters(ctx: GenerationContext, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[ctx.draws.below(26)];
  return s;
}

/**
 * `contentMediaType: application/json` (optionally `contentEncoding: base64`): a string holding JSON text, the
 * way draft 7 validators that assert content expect it. Other media types stay annotations.
 */
function contentString(ctx: GenerationContext, c: Constraints): string | null {
  const media = c.nodes
    .map((n) => (n.schema as Record<string, unknown>).contentMediaType)
    .find((m) => typeof m === 'string');
  if (media !== 'application/json') return null;
  const encoding = c.nodes
    .map((n) => (n.schema as Record<string, unknown>).contentEncoding)
    .find((e) => typeof e === 'string');
  const text = JSON.stringify({ id: ctx.draws.between(1, 9999), ok: ctx.draws.chance(0.5) });
  return encoding === 'base64' ? Buffer.from(text, 'utf8').toString('base64') : text;
}

export function generateString(ctx: GenerationContext, c: Constraints): string {
  const { draws } = ctx;
  const content = c.patterns.length === 0 && c.formats.length === 0 ? contentString(ctx, c) : null;
  if (content !== null) return content;
  const minL = c.minLength?.value ?? 0;
  const maxL = c.maxLength?.value ?? Infinity;
  if (minL > maxL)
    throw unsatisfiable(
      'schema/empty-range',
      `minLength ${minL} is above maxLength ${maxL}`,
      [c.minLength?.at, c.maxLength?.at].filter((l) => l !== undefined),
    );
  if (minL > MAX_GENERATED_LENGTH)
    throw unsatisfiable(
      'limit/string-too-long',
      `minLength ${minL} is above the longest string Fixtura generates (${MAX_GENERATED_LENGTH}, see docs/limits.md)`,
      [c.minLength?.at].filter((l) => l !== undefined),
    );
  for (const p of c.patterns) {
    const refusal = patternRefusal(p.source);
    if (refusal)
      throw unsatisfiable('schema/unsafe-pattern', `pattern "${p.source}": ${refusal.message}`, [p.at]);
  }
  const regexes = c.patterns.map((p) => ({ ...p, re: unicodeRegex(p.source) }));
  const broken = regexes.find((r) => r.re === null);
  if (broken)
    throw unsatisfiable(
      'schema/invalid-pattern',
      `pattern "${broken.source}" is not a valid regular expression`,
      [broken.at],
    );
  for (const p of c.patterns) {
    const why = impossibleAnchor(p.source, patternFlags(p.source, 'u'));
    if (why) throw unsatisfiable('schema/string-conflict', `no string matches /${p.source}/: ${why}`, [p.at]);
  }
  // A pattern only the backtracking engine can run is tested on strings up to its proven bound; a longer
  // candidate cannot be verified, so it is not returned (and if none can be, the refusal says why).
  let unverifiable: PatternBudgetError | null = null;
  const matches = (s: string) =>
    regexes.every((r) => {
      try {
        return (r.re as PatternMatcher).test(s);
      } catch (error) {
        if (!(error instanceof PatternBudgetError)) throw error;
        unverifiable = error;
        return false;
      }
    });
  const fits = (s: string) => {
    const n = codePoints(s);
    return n >= minL && n <= maxL;
  };
  const format = c.formats.map(schemaFormat).find((f) => f !== undefined);
  const pattern = c.patterns[0];
  const plain = pattern ? domainOf(pattern.source) : null;
  // Length bounds the pattern's usual draws miss: draw from a stretched copy half of the time.
  const stretched =
    pattern && (minL > 8 || maxL < 8) ? domainOf(stretchPattern(pattern.source, minL, maxL)) : null;
  // Leading lookaheads that ask for a character of a class: a draw missing one is repaired, then verified.
  const required = c.patterns.flatMap((p) => requiredCharacters(p.source, patternFlags(p.source, 'u')));
  const holds = (v: string): boolean => c.formats.every((f) => ctx.verifier.formatHolds(f, v));
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let s: string;
    const stream = substream(ctx.stream, draws.ticket());
    const ahead = attempt >= LOOKAHEAD_DRAWS_FROM && attempt % 2 === 0 && plain !== null && plain.lookaheads;
    // Once a candidate was too long to check, every other draw is lean (near the pattern's shortest strings),
    // and so is every draw that writes lookaheads.
    const lean =
      unverifiable !== null && (attempt % 2 === 1 || ahead) && pattern
        ? domainOf(pattern.source, true, ahead)
        : null;
    const domain =
      lean ??
      (ahead && pattern ? domainOf(pattern.source, false, true) : null) ??
      (stretched && (attempt % 2 === 1 || !plain) ? stretched : plain);
    // With both, alternate: the format's values are the more particular, the pattern's the more likely to match.
    if (format && (!domain || attempt % 2 === 0)) s = format.realistic(stream)(draws.row);
    else if (domain) s = domain.realistic(stream)(draws.row);
    else {
      const top = Math.min(maxL, minL + (minL === 0 ? 12 : 8));
      s = letters(ctx, draws.between(Math.max(minL, Math.min(1, top)), top));
    }
    // A password is any string (a format with no syntax): one shorter than the drawn is its first characters
    // (AWS Account's CountryCode, a password of exactly 2).
    if (format?.name === 'password' && codePoints(s) > maxL) s = [...s].slice(0, maxL).join('');
    if (codePoints(s) < minL) {
      // An unanchored pattern still matches with text after (or before) its match; a password, a format with
      // no syntax, is still one with letters after it (AWS's 48-character key material). Other formats are
      // not padded: `…@example.com` + letters is no longer on a reserved domain.
      const padded = s + letters(ctx, minL - codePoints(s));
      // A format that knows where its values have room (an email's local part and subdomains) fills it instead.
      const lengthened = format?.lengthen?.(s, minL, letters(ctx, minL));
      if (matches(padded) && (!format || (format.name === 'password' && holds(padded)))) s = padded;
      else if (lengthened && matches(lengthened) && holds(lengthened)) s = lengthened;
      else if (!format) {
        const before = letters(ctx, minL - codePoints(s)) + s;
        if (matches(before)) s = before;
      }
    }
    if (fits(s) && matches(s) && holds(s)) return s;
    if (required.length > 0 && fits(s)) {
      const planted = plantRequired(s, required, draws, stream);
      if (planted !== s && matches(planted) && holds(planted)) return planted;
    }
  }
  const where = [
    ...c.patterns.map((p) => p.at),
    ...[c.minLength?.at, c.maxLength?.at].filter((l) => l !== undefined),
  ];
  const tooLong = unverifiable as PatternBudgetError | null;
  if (tooLong)
    throw unsatisfiable(
      'schema/unverifiable-pattern',
      `no string of ${minL}..${maxL === Infinity ? '∞' : maxL} characters could be checked against /${tooLong.source}/ within its bound: ${tooLong.reason} keeps it on the backtracking engine, which is kept to values of at most ${tooLong.limit} characters`,
      where,
    );
  // A pattern shown without `u` is read without it, being invalid with it (ADR 013): `\p{X}` is then `p{X}`.
  throw unsatisfiable(
    'schema/string-conflict',
    `no string of ${minL}..${maxL === Infinity ? '∞' : maxL} characters${c.patterns.length ? ` matching ${c.patterns.map((p) => `/${p.source}/${patternFlags(p.source, 'u') === 'u' ? '' : ' (read without the u flag, invalid with it)'}`).join(' and ')}` : ''}${format ? ` in format ${format.name}` : ''} was found`,
    where,
  );
}
