/** @module Which JSON Schema draft a schema is written in, from its `$schema` (2020-12 when it has none). */

export type Dialect = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

/**
 * @example dialectOf({ $schema: 'http://json-schema.org/draft-07/schema#' }) // 'draft-07'
 */
export function dialectOf(schema: unknown, fallback: Dialect = '2020-12'): Dialect {
  const uri =
    schema !== null && typeof schema === 'object' ? (schema as Record<string, unknown>).$schema : undefined;
  if (typeof uri !== 'string') return fallback;
  if (uri.includes('draft-04')) return 'draft-04';
  if (uri.includes('draft-06')) return 'draft-06';
  if (uri.includes('draft-07')) return 'draft-07';
  if (uri.includes('2019-09')) return '2019-09';
  if (uri.includes('2020-12')) return '2020-12';
  return fallback;
}

/** Drafts up to 07 ignore every keyword beside `$ref`. */
export function refOverridesSiblings(dialect: Dialect): boolean {
  return dialect === 'draft-04' || dialect === 'draft-06' || dialect === 'draft-07';
}
