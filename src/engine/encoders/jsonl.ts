/** @module JSON Lines: one record per line, the record itself, keys in contract order. */
import { ABSENT, NULL, PRESENT, type CompiledEntity, type CompiledField } from '../compileDataset.js';
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

/** Compiles the writer of `{"a":…,"b":…}` for a row; absent keys are left out. */
export function compileJsonObject(entity: CompiledEntity): (row: number, out: ByteWriter) => void {
  // Keys are encoded once, with the byte that precedes them: '{' for the first key present, ',' after.
  const utf8 = new TextEncoder();
  const firstKeys = entity.fields.map((f) => utf8.encode('{' + JSON.stringify(f.name) + ':'));
  const nextKeys = entity.fields.map((f) => utf8.encode(',' + JSON.stringify(f.name) + ':'));
  const fields = entity.fields;
  const writers = fields.map(writerOf);
  const quoted = fields.map((f) => f.encoding === 'plain');
  const nullBytes = utf8.encode('null');
  const n = fields.length;
  return (row, out) => {
    let first = true;
    for (let i = 0; i < n; i++) {
      const field = fields[i] as CompiledField;
      const presence = field.presence === null ? PRESENT : field.presence(row);
      if (presence === ABSENT) continue;
      out.bytes((first ? firstKeys[i] : nextKeys[i]) as Uint8Array);
      first = false;
      if (presence === NULL) out.bytes(nullBytes);
      else if (field.writeText !== null) {
        if (quoted[i]) {
          out.byte(34);
          field.writeText(row, out);
          out.byte(34);
        } else field.writeText(row, out);
      } else (writers[i] as Write)(out, field.value(row) as Exclude<FieldValue, undefined | null>);
    }
    if (first) out.byte(123); // '{'
    out.byte(125); // '}'
  };
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
