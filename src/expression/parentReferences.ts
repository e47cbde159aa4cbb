/**
 * @module How an expression reads the parent row of a foreign key: `customer.country` in a field of Order,
 * whose `customer_id: fk(Customer.id)` points at one Customer. The engine recomputes that row from the
 * reference's parent index (no parent table is held); `fixtura validate` looks it up by key in the parent's
 * file. Self-references are left out: a tree's parent is the same entity, and reading it would recurse.
 */
import type { Entity, Field } from '../model/model.js';

/** A name under which an entity's expressions see a parent row, and the foreign key that finds it. */
export interface ParentAlias {
  readonly alias: string;
  readonly fk: Field & {
    readonly type: { readonly kind: 'fk'; readonly entity: string; readonly field: string };
  };
}

/**
 * The parent aliases of an entity: `customer` for `customer_id: fk(Customer.id)` (the name without `_id`), and
 * otherwise the parent entity's name in lower case (`product` for `item: fk(Product.sku)`). A name that is
 * also a field, or that two foreign keys claim in the same way, is not an alias.
 * @example parentAliases(order) // [{ alias: 'customer', fk: customer_id }]
 */
export function parentAliases(entity: Entity): ParentAlias[] {
  const fks = entity.fields.filter(
    (f) => f.type.kind === 'fk' && f.type.entity !== entity.name,
  ) as ParentAlias['fk'][];
  const fieldNames = new Set(entity.fields.map((f) => f.name));
  const aliases: ParentAlias[] = [];
  const taken = new Set<string>();
  // The name without `_id` first, then the entity's name; each only where exactly one foreign key claims it.
  for (const claim of [
    (f: ParentAlias['fk']) => (f.name.endsWith('_id') && f.name.length > 3 ? f.name.slice(0, -3) : null),
    (f: ParentAlias['fk']) => f.type.entity.toLowerCase(),
  ]) {
    const claims = new Map<string, ParentAlias['fk'][]>();
    for (const f of fks) {
      const alias = claim(f);
      if (alias !== null && !aliases.some((a) => a.fk === f))
        claims.set(alias, [...(claims.get(alias) ?? []), f]);
    }
    for (const [alias, by] of claims)
      if (by.length === 1 && !fieldNames.has(alias) && !taken.has(alias)) {
        aliases.push({ alias, fk: by[0] as ParentAlias['fk'] });
        taken.add(alias);
      }
  }
  return aliases;
}

/** Blanks string literals so that names inside them are not taken for fields. */
export function withoutStrings(expression: string): string {
  return expression.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}

/** A parent row an expression reads, and which of its fields. */
export interface ParentRead extends ParentAlias {
  readonly fields: readonly string[];
}

/**
 * The parent rows an expression reads, each with the fields it selects (`customer.country` → country).
 * @example parentsRead("customer.country == 'DE'", order) // [{ alias: 'customer', fk: customer_id, fields: ['country'] }]
 */
export function parentsRead(expression: string, entity: Entity): ParentRead[] {
  const code = withoutStrings(expression);
  const reads: ParentRead[] = [];
  for (const a of parentAliases(entity)) {
    const fields = new Set<string>();
    for (const m of code.matchAll(
      new RegExp(`(?<![\\w.])${a.alias}\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)`, 'g'),
    ))
      fields.add(m[1] as string);
    if (fields.size > 0) reads.push({ ...a, fields: [...fields] });
  }
  return reads;
}
