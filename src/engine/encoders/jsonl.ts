/** @module JSON Lines: one record per line, the record itself, keys in contract order. */
import { ABSENT, NULL, type CompiledEntity, type CompiledField } from '../compiledDataset.js';
import type { FieldValue } from '../values/valueDomain.js';
import type { ByteWriter } from './byteWriter.js';
import type { TextFormat } from './textFormat.js';

type Write = (out: ByteWriter, v: Exclude<FieldValue, undefined | null>) => void;

const writePlain: Write = (out, v) => out.quoted(v as string);
const writeString: Write = (out, v) => out.jsonString(v as string);
const writeRaw: Write = (out, v) => out.text(v as string);
const writeScalar: Write = (out, v) => (typeof v === 'number' ? out.number(v) : out.text(String(v)));

function writerOf(field: CompiledField): Write {
  switch (field.encoding) {
    case 'plain':
      return writePlain;
    case 'string':
      return writeString;
    case 'raw':
    case 'json':
      return writeRaw;
    case 'number':
    case 'boolean':
      return writeScalar;
  }
}

/**
 * Compiles the writer of `{"a":…,"b":…}` for a row; absent keys are left out.
 *
 * The writer is generated code, one statement per field, the way Ajv compiles a validator (ARCHITECTURE §6):
 * each field's calls then have a call site of their own, which sees one function and can inline it, where a
 * loop over the fields would send every field of every entity through the same few sites.
 */
export function compileJsonObject(entity: CompiledEntity): (row: number, out: ByteWriter) => void {
  // Keys are encoded once, with the byte that precedes them: '{' for the first key present, ',' after.
  const utf8 = new TextEncoder();
  const fields = entity.fields;
  const firstKeys = fields.map((f) => utf8.encode('{' + JSON.stringify(f.name) + ':'));
  const nextKeys = fields.map((f) => utf8.encode(',' + JSON.stringify(f.name) + ':'));
  // Whether this field's key is the first written: known until a field that can be absent.
  let first: boolean | null = true;
  const lines: string[] = ['let first = true;', 'let p = 0;'];
  fields.forEach((field, i) => {
    const quoted = field.writeText !== null && field.encoding === 'plain';
    // The key's bytes are written as literal stores, the opening quote of a plain value with them.
    const key = (bytes: Uint8Array) => literal(quoted ? new Uint8Array([...bytes, 34]) : bytes);
    const keyCode =
      first === null
        ? `if (first) { ${key(firstKeys[i] as Uint8Array)} } else { ${key(nextKeys[i] as Uint8Array)} } first = false;`
        : `${key((first ? firstKeys[i] : nextKeys[i]) as Uint8Array)} first = false;`;
    const value =
      field.writeText !== null
        ? quoted
          ? `writeText${i}(row, out); out.byte(34);`
          : `writeText${i}(row, out);`
        : `write${i}(out, value${i}(row));`;
    if (field.presence === null) {
      lines.push(`${keyCode} ${value}`);
      first = false;
    } else {
      // A null needs the key without the quote: it is written apart.
      const nullKey =
        first === null
          ? `if (first) { ${literal(firstKeys[i] as Uint8Array)} } else { ${literal(nextKeys[i] as Uint8Array)} } first = false;`
          : `${literal((first ? firstKeys[i] : nextKeys[i]) as Uint8Array)} first = false;`;
      lines.push(
        `p = presence${i}(row);`,
        `if (p === ${NULL}) { ${nullKey} ${literal(NULL_BYTES)} } else if (p !== ${ABSENT}) { ${keyCode} ${value} }`,
      );
      if (first === true) first = null;
    }
  });
  lines.push("if (first) out.byte(123); // '{'", "out.byte(125); // '}'");
  const names: string[] = [];
  const values: unknown[] = [];
  fields.forEach((field, i) => {
    names.push(`presence${i}`, `writeText${i}`, `value${i}`, `write${i}`);
    values.push(field.presence, field.writeText, field.value, writerOf(field));
  });
  // Only field indices and the constants above enter the source; every value is passed in as an argument.
  const make = new Function(...names, `return function writeRow(row, out) {\n${lines.join('\n')}\n};`) as (
    ...args: unknown[]
  ) => (row: number, out: ByteWriter) => void;
  return make(...values);
}

const NULL_BYTES = new TextEncoder().encode('null');

/** Code that appends these bytes: one store each, no loop and no array to read them from. */
function literal(bytes: Uint8Array): string {
  const stores = [...bytes].map((b) => `b[q++] = ${b};`).join(' ');
  return `{ const b = out.room(${bytes.length}); let q = out.length; ${stores} out.length = q; }`;
}

export const jsonl: TextFormat = {
  name: 'jsonl',
  extension: 'jsonl',
  header: () => '',
  footer: () => '',
  compileRow(entity) {
    const object = compileJsonObject(entity);
    return (row, out) => {
      object(row, out);
      out.byte(10);
    };
  },
};
