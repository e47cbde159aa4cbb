/**
 * @module An entity's `rules:` list: each item an expression (`- total_eur >= 0`) or a named one
 * (`- refund_has_amount: status != 'REFUNDED' || total_eur > 0`). Rules are read with the entity and
 * type-checked once the whole model is known, so a misspelt field fails at its line and column.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { checkRule } from '../../expression/compileRule.js';
import { unsatisfiableReason } from '../../expression/ruleSatisfiability.js';
import type { Entity, Model, Rule } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import { describeNode, type YamlSource } from './yamlSource.js';

/** A rule as read, with the node that holds its expression. */
export interface RuleDraft {
  readonly rule: Rule;
  readonly node: Node;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function expressionOf(source: YamlSource, node: Node | null, entity: string): string | null {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
  source.report(node, {
    code: 'dsl/invalid-rule',
    message: `a rule of "${entity}" is an expression that is true for every valid record`,
    expected: "an expression such as total_eur >= 0 or status != 'REFUNDED' || total_eur > 0",
    found: describeNode(node),
    hint: 'quote the expression if it starts with !, [, {, or contains ": "',
  });
  return null;
}

/** Reads `rules:` of one entity; reports problems into `source`. */
export function readRules(source: YamlSource, entity: string, node: Node | null): RuleDraft[] {
  if (!isSeq(node)) {
    source.report(node, {
      code: 'dsl/invalid-rules',
      hint: 'list the rules, one per line: - total_eur >= 0',
      message: `rules of "${entity}" are a list`,
      expected: '- total_eur >= 0',
      found: describeNode(node),
    });
    return [];
  }
  const drafts: RuleDraft[] = [];
  for (const item of node.items as Node[]) {
    let name: string | null = null;
    let body: Node | null = item;
    if (isMap(item)) {
      const pair = item.items[0] as Pair | undefined;
      const key = isScalar(pair?.key) ? String(pair.key.value) : '';
      if (item.items.length !== 1 || !NAME.test(key)) {
        source.report(item, {
          code: 'dsl/invalid-rule',
          message: 'a named rule is one "name: expression" pair, its name an identifier',
          expected: "- refund_has_amount: status != 'REFUNDED' || total_eur > 0",
          found: item.items.length !== 1 ? `${item.items.length} keys in one item` : JSON.stringify(key),
          hint: 'quote an expression that contains ": " (YAML reads it as a mapping otherwise)',
        });
        continue;
      }
      name = key;
      body = (pair as Pair).value as Node | null;
    }
    const expression = expressionOf(source, body, entity);
    if (expression === null) continue;
    name ??= expression.trim();
    if (drafts.some((d) => d.rule.name === name)) {
      source.report(isMap(item) ? ((item.items[0] as Pair).key as Node) : item, {
        code: 'dsl/duplicate-rule',
        hint: 'give one of the two rules another name: - name: expression',
        message: `rule "${name}" is declared twice in "${entity}"`,
        expected: 'each rule once, with its own name',
        found: name,
      });
      continue;
    }
    drafts.push({ rule: { name, expression }, node: body as Node });
  }
  return drafts;
}

/** Reports a well-typed rule that no record within the field types can satisfy. */
function checkSatisfiable(source: YamlSource, model: Model, entity: Entity, { rule, node }: RuleDraft): void {
  const reason = unsatisfiableReason(model, entity, rule.expression);
  if (reason === null) return;
  source.report(node, {
    code: 'dsl/unsatisfiable-rule',
    message: `rule "${rule.name}" of "${entity.name}" can never hold: ${reason}`,
    expected: 'a rule some record within the field types can satisfy',
    found: rule.expression,
    hint: "fix the rule, or widen the field's type (its range or enum values) if the rule is right",
  });
}

/** Type-checks every rule against the finished model, then refuses those no record can satisfy. */
export function checkRules(
  source: YamlSource,
  model: Model,
  drafts: readonly { readonly name: string; readonly rules: readonly RuleDraft[] }[],
): void {
  for (const draft of drafts) {
    const entity = model.entities.find((e) => e.name === draft.name) as Entity;
    for (const { rule, node } of draft.rules) {
      const problem = checkRule(model, entity, rule.expression);
      if (!problem) {
        checkSatisfiable(source, model, entity, { rule, node });
        continue;
      }
      const unknown = /^Unknown variable: (\S+)/.exec(problem.message)?.[1];
      const fields = entity.fields.map((f) => f.name);
      source.report(
        node,
        {
          code: 'dsl/invalid-rule',
          message: `rule "${rule.name}" of "${entity.name}": ${problem.message}`,
          expected: unknown
            ? `one of the fields of "${entity.name}": ${fields.join(', ')}`
            : 'a CEL expression that is true or false (docs/rules.md)',
          found: rule.expression,
          hint: unknown
            ? suggest(unknown, fields, 'rules see the fields of their own entity')
            : 'see docs/rules.md for operators, functions and how fields are typed',
        },
        problem.offset,
      );
    }
  }
}
