/**
 * @module An approximation of the Unicode Joining_Type property (ArabicShaping.txt), which JavaScript does
 * not expose. Only IDNA2008's ZERO WIDTH NON-JOINER rule (RFC 5892 A.1) reads it, and that rule only asks
 * whether a letter can join on its left (L, D) or right (R, D), with transparent marks (T) in between.
 */

/** Join_Causing, Dual, Left, Right, Transparent, Non-joining. */
export type JoiningType = 'C' | 'D' | 'L' | 'R' | 'T' | 'U';

type Ranges = readonly (readonly [number, number])[];

/** Right-joining letters of the Arabic, Syriac and Mandaic blocks (alef, dal, reh, waw and kin). */
const RIGHT: Ranges = [
  [0x0622, 0x0625], [0x0627, 0x0627], [0x0629, 0x0629], [0x062f, 0x0632], [0x0648, 0x0648],
  [0x0671, 0x0673], [0x0675, 0x0677], [0x0688, 0x0699], [0x06c0, 0x06c0], [0x06c3, 0x06cb],
  [0x06cd, 0x06cd], [0x06cf, 0x06cf], [0x06d2, 0x06d3], [0x06d5, 0x06d5], [0x06ee, 0x06ef],
  [0x0710, 0x0710], [0x0715, 0x0719], [0x071e, 0x071e], [0x0728, 0x0728], [0x072a, 0x072a],
  [0x072c, 0x072c], [0x072f, 0x072f], [0x074d, 0x074d], [0x0759, 0x075b], [0x076b, 0x076c],
  [0x0771, 0x0771], [0x0773, 0x0774], [0x0778, 0x0779], [0x0840, 0x0840], [0x0846, 0x0847],
  [0x0849, 0x0849], [0x0854, 0x0854], [0x0856, 0x0858], [0x0867, 0x0867], [0x0869, 0x086a],
  [0x0870, 0x0882], [0x088e, 0x088e], [0x08aa, 0x08ac], [0x08ae, 0x08ae], [0x08b1, 0x08b2],
  [0x08b9, 0x08b9],
]; // prettier-ignore
/** Letters of joining scripts that never join (hamza, high hamza, and a few others). */
const NON_JOINING: Ranges = [[0x0621, 0x0621], [0x0674, 0x0674], [0x0861, 0x0861], [0x0866, 0x0866], [0x08ad, 0x08ad]]; // prettier-ignore
const LEFT = new Set([0xa872, 0x10acd, 0x10ad7, 0x10d00, 0x10fcb]);
const JOIN_CAUSING = new Set([0x0640, 0x07fa, 0x0883, 0x0884, 0x0885, 0x180a, 0x200d]);

const TRANSPARENT = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const JOINING_LETTER =
  /^(?=\p{L})[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Phags_Pa}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}\p{Script=Old_Uyghur}\p{Script=Chorasmian}]$/u;

const within = (ranges: Ranges, cp: number): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * The joining type of a code point: letters of the cursive scripts are dual-joining unless listed otherwise,
 * marks and format controls are transparent, everything else does not join.
 * @example joiningType(0x0628) // 'D' (beh)
 */
export function joiningType(cp: number): JoiningType {
  if (JOIN_CAUSING.has(cp)) return 'C';
  if (cp === 0x200c) return 'U';
  if (within(RIGHT, cp)) return 'R';
  if (within(NON_JOINING, cp)) return 'U';
  if (LEFT.has(cp)) return 'L';
  const ch = String.fromCodePoint(cp);
  if (TRANSPARENT.test(ch)) return 'T';
  return JOINING_LETTER.test(ch) ? 'D' : 'U';
}
