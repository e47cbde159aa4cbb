/**
 * @module The `idn-hostname` format (RFC 5890 §2.3.2.3): labels that are NR-LDH labels, A-labels or
 * U-labels, separated by any of the four IDNA full stops, each at most 63 octets as an A-label, the name at
 * most 253, and every label obeying the Bidi Rule when any label is right-to-left.
 */
import { isRtlLabel, satisfiesBidiRule } from './bidiRule.js';
import { isValidULabel } from './idnaLabel.js';
import { punycodeDecode, punycodeEncode } from './punycode.js';

/** U+002E, U+3002, U+FF0E, U+FF61: the label separators of RFC 3490 §3.1, which IDNA2008 lookup keeps. */
const SEPARATOR = /[.\u3002\uff0e\uff61]/;
const ASCII = /^\p{ASCII}*$/u;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

interface LabelForms {
  readonly unicode: string;
  readonly ascii: string;
}

/** An A-label must decode to a valid U-label that encodes back to exactly itself (RFC 5891 §5.4). */
function aLabel(label: string): LabelForms | undefined {
  const encoded = label.slice(4).toLowerCase();
  const unicode = punycodeDecode(encoded);
  if (unicode === undefined || ASCII.test(unicode) || punycodeEncode(unicode) !== encoded) return undefined;
  return isValidULabel(unicode) && label.length <= 63 ? { unicode, ascii: label } : undefined;
}

function labelForms(label: string): LabelForms | undefined {
  if (ASCII.test(label)) {
    if (/^xn--/i.test(label)) return aLabel(label);
    // Other labels with hyphens in positions 3 and 4 are reserved (R-LDH, RFC 5890 §2.3.1).
    return LDH_LABEL.test(label) && label.slice(2, 4) !== '--' ? { unicode: label, ascii: label } : undefined;
  }
  if (!isValidULabel(label)) return undefined;
  const ascii = `xn--${punycodeEncode(label)}`;
  return ascii.length <= 63 ? { unicode: label, ascii } : undefined;
}

/**
 * Whether `value` is an internationalised host name. Strict as RFC 5890 asks: a U-label must already be in
 * NFC and lowercase (IDNA2008 has no mapping step), and no empty label, so no trailing dot either.
 * @example isIdnHostname('bücher.example') // true
 * @example isIdnHostname('xn--bcher-kva.example') // true
 */
export function isIdnHostname(value: string): boolean {
  const forms: LabelForms[] = [];
  for (const label of value.split(SEPARATOR)) {
    const form = labelForms(label);
    if (!form) return false;
    forms.push(form);
  }
  if (forms.reduce((n, f) => n + f.ascii.length, forms.length - 1) > 253) return false;
  return !forms.some((f) => isRtlLabel(f.unicode)) || forms.every((f) => satisfiesBidiRule(f.unicode));
}
