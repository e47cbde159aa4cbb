/** @module The Luhn (mod 10) check digit of payment card numbers (ISO/IEC 7812-1, Annex B). */

/**
 * The digit that makes `digits` + it pass the Luhn check.
 * @example luhnCheckDigit('400000000000000') // '2'
 */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
