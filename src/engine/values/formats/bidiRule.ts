/**
 * @module The Bidi Rule for IDNA2008 (RFC 5893 §2). JavaScript has no `\p{Bidi_Class}`, so the class is
 * derived from script and general category; that is faithful for what IDNA2008 lets into a label (letters,
 * marks, digits, the hyphen, the CONTEXTO punctuation), which is all the rule ever sees, though a rare
 * letter whose class differs from its script's direction would be misjudged.
 */

type BidiClass = 'L' | 'R' | 'AL' | 'AN' | 'EN' | 'ES' | 'CS' | 'ET' | 'ON' | 'BN' | 'NSM';

const NSM = /^[\p{Mn}\p{Me}]$/u;
const BN = /^\p{Cf}$/u;
const AL =
  /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}]$/u;
const R =
  /^[\p{Script=Hebrew}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Nko}\p{Script=Adlam}\p{Script=Mende_Kikakui}\p{Script=Cypriot}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Lydian}\p{Script=Kharoshthi}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Avestan}\p{Script=Inscriptional_Parthian}\p{Script=Inscriptional_Pahlavi}\p{Script=Psalter_Pahlavi}\p{Script=Old_Turkic}\p{Script=Old_Hungarian}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Manichaean}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Old_Sogdian}\p{Script=Yezidi}\p{Script=Old_Uyghur}]$/u;
const L = /^[\p{L}\p{Mc}\p{Nd}]$/u;

function bidiClass(cp: number): BidiClass {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x06f0 && cp <= 0x06f9)) return 'EN';
  if ((cp >= 0x0660 && cp <= 0x0669) || cp === 0x066b || cp === 0x066c || (cp >= 0x10d30 && cp <= 0x10d39))
    return 'AN';
  if (cp === 0x2b || cp === 0x2d) return 'ES';
  if (cp === 0x2c || cp === 0x2e || cp === 0x2f || cp === 0x3a) return 'CS';
  const ch = String.fromCodePoint(cp);
  if (NSM.test(ch)) return 'NSM';
  if (BN.test(ch)) return 'BN';
  if (AL.test(ch)) return 'AL';
  if (R.test(ch)) return 'R';
  return L.test(ch) ? 'L' : 'ON';
}

const classesOf = (label: string): BidiClass[] =>
  Array.from(label, (c) => bidiClass(c.codePointAt(0) as number));

/** True when a label holds a right-to-left character, which makes its whole domain name a Bidi domain name. */
export function isRtlLabel(label: string): boolean {
  return classesOf(label).some((c) => c === 'R' || c === 'AL' || c === 'AN');
}

const RTL_ALLOWED = new Set<BidiClass>(['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);
const LTR_ALLOWED = new Set<BidiClass>(['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);

/**
 * RFC 5893 §2, conditions 1–6, for one label of a Bidi domain name.
 * @example satisfiesBidiRule('א0٠') // false: European and Arabic-Indic digits mixed (condition 4)
 */
export function satisfiesBidiRule(label: string): boolean {
  const classes = classesOf(label);
  const first = classes[0];
  let end = classes.length - 1;
  while (end > 0 && classes[end] === 'NSM') end--;
  const last = classes[end];
  if (first === 'R' || first === 'AL') {
    return (
      classes.every((c) => RTL_ALLOWED.has(c)) &&
      (last === 'R' || last === 'AL' || last === 'EN' || last === 'AN') &&
      !(classes.includes('EN') && classes.includes('AN'))
    );
  }
  if (first === 'L') return classes.every((c) => LTR_ALLOWED.has(c)) && (last === 'L' || last === 'EN');
  return false;
}
