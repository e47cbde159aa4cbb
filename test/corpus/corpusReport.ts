/**
 * @module The corpus's totals, and its findings grouped by cause, as text a human can read: failures first
 * (the largest group first, a few examples each), then every refusal with its proof, checked or not.
 */
import { isFailure, type DocumentResult, type Finding } from './corpusFinding.js';

export interface CorpusTotals {
  readonly documents: number;
  readonly schemas: number;
  readonly valid: number;
  readonly refused: number;
  readonly wrongRefusals: number;
  readonly falseProofs: number;
  readonly provenRefusals: number;
  readonly unprovenRefusals: number;
  readonly invalid: number;
  readonly invalidInstances: number;
  readonly tooFew: number;
  readonly exit3: number;
  readonly timeouts: number;
  readonly notJudged: number;
  /** Schemas valid but for a defect of the judge (multipleOfDefect.ts), counted among the valid. */
  readonly judgeDefects: number;
  readonly roundTrips: { readonly ok: number; readonly refused: number; readonly failed: number };
  readonly failures: number;
}

/**
 * Adds up the documents' results.
 *
 * @example
 * corpusTotals(results); // { documents: 2639, schemas: 176261, valid: …, exit3: 0, roundTrips: { ok: …, … }, … }
 */
export function corpusTotals(results: readonly DocumentResult[]): CorpusTotals {
  const findings = results.flatMap((r) => r.findings);
  const count = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;
  const sum = (key: 'schemas' | 'valid' | 'refused' | 'invalid' | 'invalidInstances') =>
    results.reduce((total, r) => total + r[key], 0);
  const trips = (kind: DocumentResult['roundTrip']) => results.filter((r) => r.roundTrip === kind).length;
  return {
    documents: results.length,
    schemas: sum('schemas'),
    valid: sum('valid'),
    refused: sum('refused'),
    wrongRefusals: count('wrong-refusal'),
    falseProofs: count('false-proof'),
    provenRefusals: count('proven-refusal'),
    unprovenRefusals: count('unproven-refusal'),
    invalid: sum('invalid'),
    invalidInstances: sum('invalidInstances'),
    tooFew: count('too-few'),
    exit3: count('exit-3'),
    timeouts: count('timeout'),
    notJudged: count('not-judged'),
    judgeDefects: count('judge-defect'),
    roundTrips: { ok: trips('ok'), refused: trips('refused'), failed: trips('failed') },
    failures: findings.filter(isFailure).length,
  };
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(2)}%`;

/** The totals as the lines `npm run corpus` prints. */
export function formatTotals(t: CorpusTotals): string {
  return [
    `documents: ${t.documents} (${t.timeouts} timed out; ${t.notJudged} documents or schemas not judged)`,
    `component schemas: ${t.schemas}; with 5 valid instances: ${t.valid} (${percent(t.valid, t.schemas)})`,
    `refused: ${t.refused} (${t.wrongRefusals} wrong: an independent sampler found a valid instance; ` +
      `${t.falseProofs} with a proof that does not check out; ${t.provenRefusals} proven: the independent ` +
      `checker confirmed the proof; ${t.unprovenRefusals} unproven: none found, Fixtura's message is the proof)`,
    `invalid under the strict reading: ${t.invalid} schemas (${t.invalidInstances} instances); too few instances: ${t.tooFew}`,
    `judge defects: ${t.judgeDefects} schemas valid by exact arithmetic that hyperjump rejects (counted as valid; listed below)`,
    `exit 3: ${t.exit3}`,
    `round trips (generate -n 20, then validate): ok ${t.roundTrips.ok}, refused ${t.roundTrips.refused}, failed ${t.roundTrips.failed}`,
    `failures: ${t.failures}`,
  ].join('\n');
}

/** Keywords a pointer may end in; any other last token is a name, which the report does not group by. */
const KEYWORDS = new Set(
  (
    'type enum const pattern format minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum ' +
    'multipleOf required properties additionalProperties patternProperties minProperties maxProperties items ' +
    'minItems maxItems uniqueItems allOf anyOf oneOf not discriminator nullable'
  ).split(' '),
);

/**
 * A cause made coarser for the report's groups: a pointer ending in a name, a regular expression in a
 * message, and the repetition a pattern check names are left out, so one defect is one group.
 */
function coarseCause(cause: string): string {
  return cause
    .replace(/…\/([^\s,)]+)/g, (whole, token: string) => (KEYWORDS.has(token) ? whole : '…'))
    .replace(/against \/.* at (\w+\/)/, 'against /…/ at $1')
    .replace(/repetition .*? can backtrack/, 'repetition … can backtrack');
}

/**
 * Findings grouped by kind and cause, the largest group first, with up to `examples` examples each.
 *
 * @example
 * formatFindings(findings, 2);
 * // 'invalid × 108: invalid: null where type is "string"\n    github.com/api.github.com.json #/…: …'
 */
export function formatFindings(findings: readonly Finding[], examples: number): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.kind} × ${coarseCause(f.cause)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [key, members] of [...groups].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  )) {
    const [kind, cause] = key.split(' × ') as [string, string];
    lines.push(`${kind} × ${members.length}: ${cause}`);
    // A refusal's line is its proof: it is shown whole.
    const width = areRefusals(members) ? 1200 : 300;
    for (const f of members.slice(0, examples))
      lines.push(`    ${f.document} ${f.pointer}: ${f.message.replace(/\s*\n\s*/g, ' | ').slice(0, width)}`);
    if (members.length > examples) lines.push(`    … and ${members.length - examples} more`);
  }
  return lines.join('\n');
}

const REFUSALS = new Set<Finding['kind']>(['proven-refusal', 'unproven-refusal', 'false-proof']);
const areRefusals = (members: readonly Finding[]): boolean => REFUSALS.has(members[0]!.kind);
