/**
 * @module What the JSON Schema export needs of a string format: the keywords every value satisfies, per locale.
 * A format's generator (engine/values/formats/stringFormat.ts) is one; the model needs nothing more of it.
 */
import type { LocaleTag } from './localeTag.js';

/** JSON Schema keywords that every value of a format satisfies; used by the Model → JSON Schema export. */
export interface FormatSchema {
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A format as the export reads it: its keywords, and its variant for a locale when it has variants. */
export interface SchemaOfFormat {
  readonly schema: FormatSchema;
  readonly localized?: (locale: LocaleTag) => SchemaOfFormat;
}

/** Looks a format up by its name (`email`, or a per-run context's own), undefined for an unknown one. */
export type FindFormatSchema = (name: string) => SchemaOfFormat | undefined;
