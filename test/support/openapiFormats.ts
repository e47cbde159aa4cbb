/**
 * @module The formats OpenAPI 3.0 defines on top of JSON Schema's (int32, int64, float, double, byte), taught
 * to the independent validator as assertions. hyperjump knows only JSON Schema's formats and lets unknown
 * ones pass, so without this an int32 of 2^40 would count as valid.
 */
import { addFormat, setFormatHandler } from '@hyperjump/json-schema/experimental';

const FORMAT_KEYWORD_2020_12 = 'https://json-schema.org/keyword/draft-2020-12/format';

/** Each check accepts any value of another JSON type: formats constrain only the type they describe. */
export const openapiFormatChecks: Readonly<Record<string, (value: unknown) => boolean>> = {
  int32: (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= -(2 ** 31) && v <= 2 ** 31 - 1),
  int64: (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= -(2 ** 63) && v <= 2 ** 63 - 1),
  float: (v) => typeof v !== 'number' || Math.abs(v) <= 3.4028234663852886e38,
  double: (v) => typeof v !== 'number' || Number.isFinite(v),
  // RFC 4648 base64, padded, as OpenAPI 3.0 says for `byte`.
  byte: (v) =>
    typeof v !== 'string' || /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v),
};

let installed = false;

/**
 * Makes the independent validator assert OpenAPI's formats under the 2020-12 `format` keyword. Other
 * vendor formats (Stripe's `decimal` and `unix-time`, Kubernetes' `int-or-string`) stay annotations, as
 * JSON Schema says unknown formats are.
 */
export function assertOpenapiFormats(): void {
  if (installed) return;
  installed = true;
  for (const [name, check] of Object.entries(openapiFormatChecks)) {
    const id = `https://fixtura.test/format/openapi/${name}`;
    addFormat({ id, handler: check });
    setFormatHandler(FORMAT_KEYWORD_2020_12, name, id);
  }
}
