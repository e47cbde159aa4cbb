/**
 * Each country's phone prefix and postcode format, written from the national numbering plans and postal
 * formats — independently of the generators they check.
 */
export const COUNTRY_FORMATS: Readonly<Record<string, { phone: RegExp; postcode: RegExp }>> = {
  DE: { phone: /^\+49 /, postcode: /^\d{5}$/ },
  FR: { phone: /^\+33 /, postcode: /^\d{5}$/ },
  ES: { phone: /^\+34 /, postcode: /^\d{5}$/ },
  PT: { phone: /^\+351 /, postcode: /^\d{4}-\d{3}$/ },
  GB: { phone: /^\+44 /, postcode: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/ },
  US: { phone: /^\+1-/, postcode: /^\d{5}(-\d{4})?$/ },
};
