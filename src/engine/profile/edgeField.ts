/**
 * @module A field as the edge profile writes it: in edge rows, the field's edge values in turn (a value, null,
 * or no key), and for a reference the parents that give the cardinality targets; in the other rows, exactly
 * what the realistic profile writes. Unique fields get their edge values through the permutation instead
 * (fixedPoints.ts), so only their nulls and absences are decided here.
 */
import type { ByteWriter } from '../encoders/byteWriter.js';
import type { FieldValue, ValueDomain } from '../values/valueDomain.js';
import type { EdgeValue } from './edgeValues.js';
import type { JsonValue } from '../../model/model.js';

const PRESENT = 0;
const NULL = 1;
const ABSENT = 2;
type Presence = typeof PRESENT | typeof NULL | typeof ABSENT;

/** The parts of a compiled field the edge profile may replace. */
export interface FieldParts {
  readonly encoding: ValueDomain['encoding'];
  readonly value: (row: number) => FieldValue;
  readonly writeText: ((row: number, out: ByteWriter) => void) | null;
  readonly presence: ((row: number) => Presence) | null;
  readonly parentRow?: (row: number) => number;
}

export interface EdgeSetup {
  /** The edge row a row is, or -1. */
  readonly edgeRow: (row: number) => number;
  /** The field's edge value in edge row j, or null for none there. */
  readonly valueAt: (j: number) => EdgeValue | null;
  /** Values come from the permutation (a unique field): only nulls and absences are decided here. */
  readonly unique: boolean;
  /** Whether some edge value is a string (free text: hard strings need escaping). */
  readonly strings: boolean;
  /** A `when:` condition alone (PRESENT or ABSENT), which edge values still obey. */
  readonly condition: ((row: number) => Presence) | null;
  /** For a reference that picks its parents in edge rows: the parent of edge row j, and the parent's key. */
  readonly parent?: {
    readonly of: (j: number) => number;
    readonly key: (k: number, row: number) => FieldValue;
    readonly writeKey?: (k: number, row: number, out: ByteWriter) => void;
  };
}

/** An edge value as the field's encoding writes it (a fixed-decimal number is its JSON text). */
function written(value: Exclude<JsonValue, null>, encoding: ValueDomain['encoding']): FieldValue {
  if (encoding === 'raw' && typeof value === 'number') return JSON.stringify(value);
  if (encoding === 'json' || typeof value === 'object') return JSON.stringify(value);
  return value;
}

/**
 * @param core the field's value in a row whatever its presence (the realistic or unique value)
 */
export function edgeField(
  parts: FieldParts,
  core: (row: number) => FieldValue,
  setup: EdgeSetup,
): FieldParts {
  const { edgeRow, valueAt, unique, condition, parent, strings } = setup;
  // Free text takes hard strings, which need escaping.
  const encoding = parts.encoding === 'plain' && strings ? 'string' : parts.encoding;
  const edgeOf = (row: number): EdgeValue | null => {
    const j = edgeRow(row);
    return j < 0 ? null : valueAt(j);
  };
  const base = parts.presence;
  const presence = (row: number): Presence => {
    const e = edgeOf(row);
    if (e === null) return base ? base(row) : PRESENT;
    if (e.kind === 'absent') return ABSENT;
    // An edge value is written even where the realistic profile would have drawn null, unless a `when:`
    // condition says the key is absent in this row.
    const allowed = condition ? condition(row) : PRESENT;
    return allowed === ABSENT ? ABSENT : e.kind === 'null' ? NULL : PRESENT;
  };
  const text = (e: EdgeValue): FieldValue => (e.kind === 'value' ? written(e.value, encoding) : null);
  const parentOf = parent && parts.parentRow;
  const rowOfParent = parentOf
    ? (row: number): number => {
        const j = edgeRow(row);
        return j >= 0 && valueAt(j)?.kind === 'present' ? parent.of(j) : parentOf(row);
      }
    : undefined;
  const value = (row: number): FieldValue => {
    const p = presence(row);
    if (p !== PRESENT) return p === NULL ? null : undefined;
    const j = edgeRow(row);
    const e = j < 0 ? null : valueAt(j);
    if (e === null || unique || e.kind !== 'value') {
      if (j >= 0 && parent && e?.kind === 'present') return parent.key(parent.of(j), row);
      return core(row);
    }
    return text(e);
  };
  const baseWrite = parts.writeText;
  const writeKey = parent?.writeKey;
  const writeText =
    baseWrite && encoding === parts.encoding && (!parent || writeKey)
      ? (row: number, out: ByteWriter): void => {
          const j = edgeRow(row);
          const e = j < 0 ? null : valueAt(j);
          if (e === null || unique || e.kind !== 'value') {
            if (j >= 0 && parent && writeKey && e?.kind === 'present')
              return writeKey(parent.of(j), row, out);
            return baseWrite(row, out);
          }
          out.text(String(text(e)));
        }
      : null;
  return {
    encoding,
    value,
    writeText,
    presence,
    ...(rowOfParent ? { parentRow: rowOfParent } : {}),
  };
}
