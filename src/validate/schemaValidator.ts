/**
 * @module Compiles each entity's JSON Schema once with Ajv (draft 2020-12, formats, date bounds) and turns its
 * errors into validation issues.
 *
 * Decimals are checked exactly rather than with `multipleOf`: Ajv divides in floating point, so it calls
 * 249999.99 "not a multiple of 0.01". Fixtura replaces `multipleOf: 1e-N` by its own keyword, which counts the
 * decimals of the number's shortest text (what JSON.stringify prints).
 */
import { hideDataFromAjv } from '../jsonSchema/hideDataFromAjv.js';
import { Ajv2020, MissingRefError, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { escapeToken } from '../jsonSchema/jsonPointer.js';
import addFormats from 'ajv-formats';
import type { Model } from '../model/model.js';
import {
  modelToJsonSchema,
  type JsonSchema,
  type JsonSchemaOptions,
} from '../modelExport/modelToJsonSchema.js';
import { addFormatValidators } from '../engine/values/formats/addFormatValidators.js';
import { decimalsKeyword, exactDecimals } from '../jsonSchema/decimalsKeyword.js';
import { ajvRegExp, PatternBudgetError } from '../jsonSchema/pattern/safePattern.js';
import { InputError } from '../input/inputError.js';

export interface SchemaCheck {
  /** The failing keywords of a record, or an empty list when it is valid. */
  (entity: string, record: unknown): ErrorObject[];
}

/** A record holding a value too long for a pattern only the backtracking engine may run. */
function unchecked(e: PatternBudgetError): ErrorObject {
  return {
    keyword: 'pattern',
    instancePath: '',
    schemaPath: '#/pattern',
    params: { pattern: e.source },
    message: e.message,
  };
}

/** @param options how the formats the model names are looked up (a per-run context's knows the user's own) */
export function schemaValidator(model: Model, options: JsonSchemaOptions = {}): SchemaCheck {
  // OpenAPI definitions carry keywords JSON Schema does not know (discriminator, xml, x-…): annotations there.
  // Patterns run through the safety decision: a value cannot make a pattern backtrack for minutes.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: model.definitions === undefined,
    logger: false,
    // A property named like an Object.prototype member (`constructor`, `toString`) is absent unless the record
    // has it: without this, Ajv reads the inherited function and reports a wrong type (found by the fuzzer).
    ownProperties: true,
    // Inlining a $ref makes Ajv ask whether the target holds a $ref, by a walk that visits each array twice: on
    // arrays of objects nested under unknown keywords that walk is exponential (a fuzzed document took minutes).
    inlineRefs: false,
    code: { regExp: ajvRegExp },
  });
  // `id` is no 2020-12 keyword (draft-04 spelled $id so); Ajv throws on it, where it is a mere annotation.
  ajv.removeKeyword('id');
  for (const keyword of ['x-fixtura-fk', 'x-fixtura-unique', 'x-fixtura-key']) ajv.addKeyword(keyword);
  ajv.addKeyword(decimalsKeyword);
  addFormats.default(ajv, { keywords: true });
  // Formats ajv-formats does not know (idn-email, iri, …), or reads loosely (date-time, duration), are
  // asserted with Fixtura's validators.
  addFormatValidators(ajv);
  const { $id: _id, ...schema } = exactDecimals(modelToJsonSchema(model, options)) as JsonSchema;
  ajv.addSchema(hideDataFromAjv(schema) as JsonSchema, 'fixtura:contract');
  const compiled = new Map<string, ValidateFunction>();
  for (const entity of model.entities) {
    try {
      compiled.set(
        entity.name,
        ajv.compile({ $ref: `fixtura:contract#/$defs/${encodeURIComponent(escapeToken(entity.name))}` }),
      );
    } catch (error) {
      // A $ref to nothing that generation never followed (it sits in a part no row needed) still breaks the
      // check of every record: the contract is refused, located, rather than ending in an internal error.
      if (!(error instanceof MissingRefError)) throw error;
      const target = `#${error.missingRef.split('#')[1] ?? ''}`;
      const component = /^#\/\$defs\/([^/]+)$/.exec(target)?.[1];
      throw new InputError(
        'contract/unresolvable-ref',
        `a $ref under ${entity.name} points at nothing in the document: ${target}`,
        {
          where: component ? `$ref to the component "${decodeURIComponent(component)}"` : `$ref "${target}"`,
          expected: 'a $ref to a schema in the document',
          found: 'nothing at the pointer the $ref names',
          hint: "fix the $ref's pointer, or add the schema it names",
        },
      );
    }
  }
  return (entity, record) => {
    const validate = compiled.get(entity);
    if (!validate) return [];
    try {
      if (validate(record)) return [];
    } catch (e) {
      if (!(e instanceof PatternBudgetError)) throw e;
      return [unchecked(e)];
    }
    return validate.errors ?? [];
  };
}
