/**
 * @module The edge and mixed profiles' overlay: which rows of an entity are edge rows, the edge values of its
 * fields (computed once per entity), a unique field's permutation with its edge values fixed at their rows,
 * and any other field with its edge rows overlaid (edgeField.ts).
 */
import type { Entity, Field, Model } from '../../model/model.js';
import type { CompiledField } from '../compiledDataset.js';
import type { Plan } from '../plan.js';
import { edgeField } from './edgeField.js';
import { edgeFields, edgeParent, edgeRowCount, edgeValueAt, picksEdgeParents } from './edgePlan.js';
import type { EdgeValue } from './edgeValues.js';
import type { FieldOverlay, OverlaidField, OverlaidParts, RowPermutation } from './fieldOverlay.js';
import { withFixedPoints } from './fixedPoints.js';
import { edgeRowOf, firstRowOf, type Profile } from '../../model/profile.js';

export class EdgeOverlay implements FieldOverlay {
  readonly name = 'edge';
  readonly #fields = new Map<string, Map<string, EdgeValue[]>>();

  constructor(
    private readonly model: Model,
    private readonly plan: Plan,
    private readonly profile: Exclude<Profile, { kind: 'realistic' }>,
  ) {}

  #valuesOf(entity: Entity, field: Field): EdgeValue[] {
    let fields = this.#fields.get(entity.name);
    if (!fields) this.#fields.set(entity.name, (fields = edgeFields(this.model, entity)));
    return fields.get(field.name) ?? [];
  }

  /** The unique permutation with the field's edge values fixed at the first rows that are their edge rows. */
  readonly permutation = (
    { entity, field, domain }: OverlaidField,
    perm: RowPermutation,
    size: number,
    count: number,
  ): RowPermutation => {
    const valueAt = edgeValueAt(entity, field, this.#valuesOf(entity, field));
    const rows: number[] = [];
    const ks: number[] = [];
    for (let j = 0; j < edgeRowCount(this.model, entity); j++) {
      const e = valueAt(j);
      const k = e?.kind === 'value' && typeof e.value !== 'object' ? domain.indexOf?.(e.value) : undefined;
      const row = firstRowOf(this.profile, j);
      if (k === undefined || k >= size || row >= count || ks.includes(k)) continue;
      rows.push(row);
      ks.push(k);
    }
    return { apply: withFixedPoints((row) => perm.apply(row), rows, ks) };
  };

  /** The field as the profile writes it; unchanged when it has no edge values. */
  readonly apply = (
    { entity, field, domain }: OverlaidField,
    compiled: CompiledField,
    { core, condition }: OverlaidParts,
  ): CompiledField => {
    const values = this.#valuesOf(entity, field);
    const picks = picksEdgeParents(entity, field) && field.type.kind === 'fk';
    if (values.length === 0 && !picks) return compiled;
    const parents = field.type.kind === 'fk' ? (this.plan.counts[field.type.entity] ?? 0) : 0;
    const writeKey = domain.writeUnique;
    const parts = edgeField(compiled, core, {
      edgeRow: edgeRowOf(this.profile, edgeRowCount(this.model, entity)),
      valueAt: edgeValueAt(entity, field, values),
      unique: field.unique,
      strings: values.some((v) => v.kind === 'value' && typeof v.value === 'string'),
      condition: condition(),
      ...(picks
        ? {
            parent: {
              of: (j: number) => edgeParent(j, parents),
              key: domain.unique,
              ...(writeKey ? { writeKey } : {}),
            },
          }
        : {}),
    });
    // Numbers and instants read by other fields go through the (edge) value from here on.
    const { instant: _instant, number: _number, ...rest } = compiled;
    return { ...rest, ...parts, name: compiled.name };
  };
}
