/**
 * @module Rules (`rules:`) are checked by `fixtura validate`, but the engine draws each field from its own type
 * and does not search for records that satisfy them. Before a row is written, the first rows of each entity
 * are checked against its rules: a rule they break is one the contract's types do not guarantee, and the run
 * stops with the rule's entity located, rather than write a dataset its own contract rejects.
 */
import { ContractError, type ContractIssue } from '../model/issues.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { compileRules } from '../expression/compileRule.js';
import type { CompiledDataset } from './compiledDataset.js';
import { records } from './records.js';

/** Rows checked per entity: enough to catch a rule the types do not imply, cheap next to any real run. */
export const RULE_SAMPLE_ROWS = 256;

/** Throws a ContractError naming every rule a sampled row breaks (each rule once, at its first row). */
export function spotCheckRules(model: Model, dataset: CompiledDataset, sourceMap: SourceMap = {}): void {
  const issues: ContractIssue[] = [];
  for (const entity of model.entities) {
    if (entity.rules.length === 0) continue;
    const compiled = dataset.entities.find((e) => e.name === entity.name);
    if (!compiled || compiled.count === 0) continue;
    const check = compileRules(model, entity);
    const reported = new Set<string>();
    let row = 0;
    for (const record of records(dataset, entity.name, 0, Math.min(compiled.count, RULE_SAMPLE_ROWS))) {
      for (const broken of check(record)) {
        if (reported.has(broken.rule.name)) continue;
        reported.add(broken.rule.name);
        issues.push({
          code: 'generate/rule-not-guaranteed',
          message: `${entity.name} row ${row} breaks the rule "${broken.rule.name}": the engine draws each field from its type and does not search for records that satisfy rules`,
          location: sourceMap[entity.name] ?? {
            file: model.contract.name,
            pointer: `/entities/${entity.name}`,
          },
          expected: `fields whose types make "${broken.rule.expression}" hold for every record`,
          found: `${JSON.stringify(record)} (${broken.reason})`.slice(0, 400),
          hint: "narrow the fields' types (bounds, enum values) so every value they allow keeps the rule, or derive one field from the others with derive(...)",
        });
      }
      row++;
    }
  }
  if (issues.length > 0) throw new ContractError(issues);
}
