/**
 * @module The JSON Schema format table as a specification: every mapped format's values are valid (under
 * Fixtura's validators where it has them, ajv-formats in full mode otherwise), distinct when unique,
 * reproducible and varied; and the validators agree with the official JSON-Schema-Test-Suite.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { domainToASCII } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { streamOf } from '../../random/stream.js';
import { isIri, isIriReference } from './iriSyntax.js';
import { formatValidators, jsonSchemaFormat } from './jsonSchemaFormats.js';
import { numericFormatRange } from '../../../jsonSchema/numericFormats.js';
import { punycodeDecode, punycodeEncode } from './punycode.js';
import type { StringFormat } from './stringFormat.js';
import { IDN_NAMES, IRI_WORDS, U_LABELS } from './unicodeWords.js';

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv, { mode: 'full' });

/** Every string format name of JSON Schema draft 2020-12 and draft-07, ajv-formats' `url`, and OpenAPI's. */
const FORMAT_NAMES = [
  'date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6',
  'uri', 'uri-reference', 'iri', 'iri-reference', 'uuid', 'uri-template', 'json-pointer',
  'relative-json-pointer', 'regex', 'url', 'byte', 'binary', 'password',
] as const; // prettier-ignore

const COUNT = 2000;
const TWO_52 = 2 ** 52;
/** Fewest distinct values among 2 000 realistic draws; ipv4's whole realistic domain is 762 addresses. */
const MIN_DISTINCT: Readonly<Record<string, number>> = { ipv4: 600 };

const SUITE = '/work/shared/conformance/json-schema-test-suite/draft2020-12/optional/format';

function generator(name: string): StringFormat {
  const f = jsonSchemaFormat(name);
  assert.ok(f, `format ${name} has a generator`);
  return f;
}

/** Fixtura's validator where it has one (the formats ajv-formats lacks or reads loosely), ajv-formats' full mode otherwise. */
function validatorFor(name: string): (value: string) => boolean {
  const own = formatValidators[name];
  if (own) return own;
  assert.ok(ajv.formats[name] !== undefined, `ajv-formats lacks ${name}, so formatValidators must have it`);
  const validate = ajv.compile({ type: 'string', format: name });
  return (value) => validate(value) === true;
}

const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const realistic = (name: string, seed = 'test'): string[] =>
  rows(COUNT).map(generator(name).realistic(streamOf([seed, name])));

/** unique() values: the first indices, then indices spread over the rest of the domain. */
function uniqueValues(name: string, seed = 'test'): string[] {
  const f = generator(name);
  const limit = Math.min(f.size, TWO_52);
  const enumerate = f.unique(streamOf([seed, name]));
  const ks =
    limit <= COUNT ? rows(limit) : rows(COUNT).map((i) => (i < 100 ? i : Math.floor(i * (limit / COUNT))));
  return ks.map((k, i) => enumerate(k, i));
}

function assertAllValid(name: string, values: readonly string[]): void {
  const valid = validatorFor(name);
  const invalid = values.filter((v) => !valid(v));
  assert.deepEqual(
    invalid.slice(0, 5),
    [],
    `${invalid.length} of ${values.length} ${name} values are invalid`,
  );
}

for (const name of FORMAT_NAMES) {
  describe(`format "${name}" (string(${generator(name).name}))`, () => {
    it('generates 2 000 realistic values that are all valid', () => assertAllValid(name, realistic(name)));

    it('enumerates 2 000 unique values that are all valid and all distinct', () => {
      const values = uniqueValues(name);
      assertAllValid(name, values);
      assert.equal(new Set(values).size, values.length);
    });

    it('gives the same values for the same seed and other values for another', () => {
      assert.deepEqual(realistic(name), realistic(name));
      assert.deepEqual(uniqueValues(name), uniqueValues(name));
      assert.notDeepEqual(realistic(name), realistic(name, 'another seed'));
    });

    it('varies: 2 000 realistic draws hold many distinct values', () => {
      const distinct = new Set(realistic(name)).size;
      assert.ok(distinct >= (MIN_DISTINCT[name] ?? 1000), `only ${distinct} distinct values`);
    });
  });
}

/** Asserts that every named shape occurs among `values`. */
function assertShapes(values: readonly string[], shapes: Readonly<Record<string, RegExp>>): void {
  for (const [shape, re] of Object.entries(shapes))
    assert.ok(
      values.some((v) => re.test(v)),
      `no value has the shape "${shape}" (${re})`,
    );
}

describe('realistic values take the shapes real data has', () => {
  it('ipv6: compressed, uncompressed, IPv4-embedded and IPv4-mapped forms', () => {
    assertShapes(realistic('ipv6'), {
      'compressed host': /^2001:db8:[0-9a-f:]*::[0-9a-f]{1,4}$/,
      'full, no zero run': /^2001:db8(?::[1-9a-f][0-9a-f]{0,3}){6}$/,
      'leading zeros kept': /^2001:0db8(?::[0-9a-f]{4}){6}$/,
      'IPv4-embedded': /^2001:db8:[0-9a-f:]+:\d+\.\d+\.\d+\.\d+$/,
      'IPv4-mapped': /^::ffff:\d+\.\d+\.\d+\.\d+$/,
    });
  });

  it('duration: weeks, date runs, time runs and both', () => {
    assertShapes(realistic('duration'), {
      weeks: /^P\d+W$/,
      'time only': /^PT\d/,
      'date only': /^P\d+[YMD](?:\d+[MD])*$/,
      'date and time': /^P\d+[YMD].*T\d/,
      'years, months and days': /^P\d+Y\d+M\d+D/,
      'hours, minutes and seconds': /T\d+H\d+M\d+S$/,
    });
  });

  it('time and date-time: UTC and offsets, with and without fractions', () => {
    for (const name of ['time', 'date-time']) {
      const values = realistic(name);
      assertShapes(values, { utc: /\d\dZ$/, offset: /[+-]\d\d:\d\d$/, fraction: /\.\d+(?:Z|[+-])/ });
      const offsets = new Set(values.map((v) => /(?:Z|[+-]\d\d:\d\d)$/.exec(v)?.[0]));
      assert.ok(offsets.size >= 15, `${name}: only ${offsets.size} offsets`);
      assert.ok(
        values.every((v) => !/:60(?:\.\d+)?(?:Z|[+-])/.test(v)),
        `${name}: a leap second`,
      );
    }
  });

  it('uri: many schemes; iri: non-ASCII in host, path or query', () => {
    const schemes = new Set(realistic('uri').map((v) => v.slice(0, v.indexOf(':'))));
    assert.ok(schemes.size >= 9, `schemes: ${[...schemes].join(', ')}`);
    const iris = realistic('iri');
    assert.ok(iris.filter((v) => /\P{ASCII}/u.test(v)).length >= 0.95 * iris.length);
  });

  it('uri-reference and iri-reference: absolute, path, relative, query and fragment forms', () => {
    for (const name of ['uri-reference', 'iri-reference']) {
      assertShapes(realistic(name), {
        absolute: /^[a-z][a-z0-9+.-]*:/,
        'absolute path': /^\/[^/]/,
        'network path': /^\/\//,
        'dot segments': /^\.\.?\//,
        query: /^\?/,
        fragment: /^#/,
      });
    }
  });

  it('idn-hostname and idn-email: U-labels in every value, left-to-right and right-to-left scripts', () => {
    const hosts = realistic('idn-hostname');
    assert.ok(hosts.every((v) => /\P{ASCII}/u.test(v)));
    assertShapes(hosts, { latin: /[à-ž]/, cjk: /[\u3040-\u30ff\u4e00-\u9fff]/, rtl: /[\u0590-\u06ff]/ });
    const emails = realistic('idn-email');
    assertShapes(emails, {
      'non-ASCII local part': /^[^@]*\P{ASCII}[^@]*@/u,
      'IDN domain': /@.*\P{ASCII}/u,
    });
  });

  it('regex: anchors, classes, quantifiers, groups and alternations, compiling with and without u', () => {
    const patterns = realistic('regex');
    for (const p of patterns) {
      assert.doesNotThrow(() => new RegExp(p), p);
      assert.doesNotThrow(() => new RegExp(p, 'u'), p);
    }
    assertShapes(patterns, {
      anchored: /^\^.*\$$/,
      class: /\[[^\]]+\]/,
      'counted quantifier': /\{\d+(?:,\d*)?\}/,
      alternation: /\([^)]*\|/,
      'named group': /\(\?<[a-z]+>/,
      lookahead: /\(\?[=!]/,
    });
  });

  it('uri-template: every expression operator', () => {
    const templates = realistic('uri-template').join(' ');
    for (const op of ['{?', '{#', '{/', '{.', '{;', '{+']) assert.ok(templates.includes(op), op);
    assert.match(templates, /\{[a-z_]+:\d\}/);
  });

  it('json-pointer: data, schema and escaped OpenAPI paths', () => {
    assertShapes(realistic('json-pointer'), {
      'array index': /\/\d+(?:\/|$)/,
      schema: /^\/(?:\$defs|definitions)\/[A-Z]/,
      escaped: /~1/,
    });
  });
});

describe('values are safe by construction (ARCHITECTURE §4)', () => {
  const reserved = /(?:^|\.)(?:example\.(?:com|net|org)|example|test)$/;

  it('every host name, ASCII or internationalised, is under a reserved name', () => {
    for (const name of ['hostname', 'idn-hostname'])
      for (const v of [...realistic(name), ...uniqueValues(name)]) assert.match(v, reserved, v);
    for (const v of [...realistic('idn-email'), ...uniqueValues('idn-email')])
      assert.match(v.slice(v.lastIndexOf('@') + 1), reserved, v);
  });

  const documentationIpv6 = /^(?:2001:0?db8:|::ffff:(?:192\.0\.2|198\.51\.100|203\.0\.113)\.)/;

  it('every ipv6 address is in 2001:db8::/32 or maps an RFC 5737 address', () => {
    for (const v of [...realistic('ipv6'), ...uniqueValues('ipv6')]) assert.match(v, documentationIpv6, v);
  });

  it('every URI and IRI names a reserved host, a documentation address or a fictional number', () => {
    for (const name of ['uri', 'iri']) {
      for (const v of [...realistic(name), ...uniqueValues(name)]) {
        const url = new URL(v);
        const literal = /\[([^\]]+)\]/.exec(v)?.[1];
        if (url.protocol === 'mailto:') assert.match(url.pathname.split('@')[1] ?? '', reserved, v);
        else if (url.protocol === 'tel:') assert.match(v, /^tel:\+1-\d{3}-555-01\d\d$/);
        else if (url.protocol === 'urn:') assert.match(v, /^urn:(?:example|uuid):/);
        // URL would rewrite ::ffff:192.0.2.1 as hex, so IP literals are checked as written.
        else if (literal !== undefined) assert.match(literal, documentationIpv6, v);
        // URL gives A-labels (xn--…); the reserved suffix is ASCII either way.
        else if (url.protocol !== 'file:')
          assert.match(
            url.hostname,
            /(?:^|\.)(?:example\.(?:com|net|org)|example|test)$|^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./,
            v,
          );
      }
    }
  });
});

describe('cross-checks against independent implementations', () => {
  it('every generated internationalised host name converts under UTS #46 (node:url), label by label as ours', () => {
    const hosts = [...realistic('idn-hostname'), ...uniqueValues('idn-hostname')];
    for (const host of hosts) {
      const ascii = domainToASCII(host);
      assert.notEqual(ascii, '', host);
      const ours = host
        .split('.')
        .map((l) => (/^\p{ASCII}*$/u.test(l) ? l : `xn--${punycodeEncode(l)}`))
        .join('.');
      assert.equal(ours, ascii, host);
    }
  });

  it('Punycode round-trips every U-label and matches RFC 3492 §7.1 samples', () => {
    for (const label of U_LABELS) assert.equal(punycodeDecode(punycodeEncode(label)), label);
    assert.equal(punycodeEncode('bücher'), 'bcher-kva');
    // (A) Arabic (Egyptian), (B) Chinese (simplified), (L) 3<nen>B<gumi><kinpachi><sensei>.
    assert.equal(punycodeEncode('ليهمابتكلموشعربي؟'), 'egbpdaj6bu4bxfgehfvwxn');
    assert.equal(punycodeEncode('他们为什么不说中文'), 'ihqwcrb4cv8a8dqg056pqjye');
    assert.equal(punycodeEncode('3年B組金八先生'), '3B-ww4c5e180e575a65lsy2b');
    assert.equal(punycodeDecode('3B-ww4c5e180e575a65lsy2b'), '3年B組金八先生');
    assert.equal(punycodeDecode('X'), undefined);
  });

  it('every URI and URI reference is also an IRI and IRI reference (RFC 3987 is a superset)', () => {
    for (const v of [...realistic('uri'), ...uniqueValues('uri')]) assert.ok(isIri(v), v);
    for (const v of [...realistic('uri-reference'), ...uniqueValues('uri-reference')])
      assert.ok(isIriReference(v), v);
  });

  it('every hand-written Unicode word is NFC, and every U-label and IRI word is valid where it is used', () => {
    const words = [...U_LABELS, ...IRI_WORDS, ...IDN_NAMES.flatMap((n) => [...n.first, ...n.last])];
    for (const w of words) assert.equal(w, w.normalize('NFC'), w);
    for (const label of U_LABELS) assert.ok(formatValidators['idn-hostname']?.(`${label}.example`), label);
    for (const w of IRI_WORDS) assert.ok(isIri(`https://example.com/${w}?q=${w}#${w}`), w);
  });
});

interface SuiteGroup {
  readonly tests: readonly {
    readonly data: unknown;
    readonly valid: boolean;
    readonly description: string;
  }[];
}

describe('formatValidators agree with the JSON-Schema-Test-Suite (draft 2020-12, optional/format)', () => {
  for (const name of ['idn-email', 'idn-hostname', 'iri', 'iri-reference']) {
    it(`${name}: accepts every valid string and rejects every invalid one`, () => {
      const validate = formatValidators[name];
      assert.ok(validate);
      const groups = JSON.parse(readFileSync(`${SUITE}/${name}.json`, 'utf8')) as SuiteGroup[];
      const cases = groups.flatMap((g) => g.tests).filter((t) => typeof t.data === 'string');
      assert.ok(cases.length > 5);
      const wrong = cases.filter((t) => validate(t.data as string) !== t.valid).map((t) => t.description);
      assert.deepEqual(wrong, []);
    });
  }

  it('the validators are strict beyond the suite: case, reserved labels, NFC, address literals, dots', () => {
    const host = formatValidators['idn-hostname'] ?? (() => false);
    assert.ok(host('WWW.Example.COM'), 'ASCII labels are case-insensitive');
    assert.ok(!host('Bücher.example'), 'a U-label is lowercase: IDNA2008 has no mapping step');
    assert.ok(!host('ab--cd.example'), 'hyphens in positions 3 and 4 are reserved');
    assert.ok(!host('bu\u0308cher.example'), 'a U-label is in NFC');
    const mail = formatValidators['idn-email'] ?? (() => false);
    assert.ok(mail('josé@[IPv6:2001:db8::1]') && mail('josé@[192.0.2.1]'));
    assert.ok(!mail('josé..garcía@example.com') && !mail('josé@bücher.example.'));
    assert.ok(!isIri('https://example.com/a b') && !isIriReference('a\\b'));
  });
});

describe('the table itself', () => {
  it('maps url to https URLs, OpenAPI byte and binary to base64, and knows no other names', () => {
    assert.equal(jsonSchemaFormat('url')?.name, 'url');
    assert.equal(jsonSchemaFormat('byte')?.name, 'base64');
    assert.equal(jsonSchemaFormat('binary')?.name, 'base64');
    assert.equal(jsonSchemaFormat('unknown-format'), undefined);
    assert.equal(jsonSchemaFormat('Date-Time'), undefined);
  });

  it('gives the ranges of the OpenAPI numeric formats, and none for string formats', () => {
    assert.deepEqual(numericFormatRange('int32'), { min: -2147483648, max: 2147483647, integer: true });
    assert.deepEqual(numericFormatRange('int64'), {
      min: Number.MIN_SAFE_INTEGER,
      max: Number.MAX_SAFE_INTEGER,
      integer: true,
    });
    assert.equal(numericFormatRange('float')?.integer, false);
    assert.equal(numericFormatRange('double')?.max, Number.MAX_VALUE);
    assert.equal(numericFormatRange('uuid'), undefined);
    const int32 = ajv.compile({ type: 'integer', format: 'int32' });
    assert.ok(int32(2147483647) && !int32(2147483648));
  });

  it('base64 values are canonical RFC 4648 (they re-encode to themselves); passwords have 8+ characters', () => {
    for (const v of realistic('byte')) assert.equal(Buffer.from(v, 'base64').toString('base64'), v);
    assert.ok(realistic('password').every((v) => v.length >= 8));
  });
});
