/**
 * @module A JSON value sampled from the field's schema (an OpenAPI property no column type holds): valid
 * by construction, or the run stops at the row whose sample the schema refuses.
 */
import { ContractError } from '../../model/issues.js';
import { refusalDetail } from '../schema/refusalDetail.js';
import { jsonDomain } from '../values/jsonValue.js';
import type { FieldKind } from './fieldKind.js';

export const jsonKind: FieldKind<'json'> = {
  kind: 'json',
  domain(entity, field, type, ctx, { model, sourceMap, fieldLocation }) {
    return jsonDomain(
      type,
      ctx,
      model,
      sourceMap[`${entity.name}.${field.name}`]?.file ?? entity.name,
      (row, error) => {
        throw new ContractError([
          {
            code: 'plan/unsatisfiable-field',
            message: `${entity.name}.${field.name} cannot be generated in row ${row}: ${error.message}`,
            location: fieldLocation(entity, field),
            ...refusalDetail(error),
          },
        ]);
      },
    );
  },
};
