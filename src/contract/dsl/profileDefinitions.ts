/**
 * @module The contract's `profiles:` section: named presets that `--profile NAME` selects, each a profile and
 * row counts. They override the built-in `pr` and `nightly` (engine/profile/presets.ts) or add new names.
 *
 * ```yaml
 * profiles:
 *   pr: { profile: edge, count: 20 }
 *   nightly: { count: 2000000, counts: { Customer: 500000 } }
 *   soak: { profile: "mixed:edge=0.01", count: 10000000 }
 * ```
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { parseProfile } from '../../model/profile.js';
import type { ProfilePreset } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import { describeNode, type YamlSource } from './yamlSource.js';

const PRESET_KEYS = ['profile', 'count', 'counts'];

/** Reads the section; reports every mistake, located. Entity names in `counts` are checked by the caller. */
export function readProfiles(
  source: YamlSource,
  node: Node | null,
): { presets: Record<string, ProfilePreset>; countNodes: { entity: string; node: Node }[] } {
  const presets: Record<string, ProfilePreset> = {};
  const countNodes: { entity: string; node: Node }[] = [];
  if (!isMap(node)) {
    source.report(node, {
      code: 'dsl/invalid-profiles',
      hint: 'see docs/profiles.md',
      message: 'profiles is a mapping of preset names to their settings',
      expected: 'profiles: { pr: { profile: edge, count: 50 } }',
      found: describeNode(node),
    });
    return { presets, countNodes };
  }
  for (const pair of node.items as Pair[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const body = pair.value as Node | null;
    if (!/^[A-Za-z][\w-]*$/.test(name) || ['realistic', 'edge'].includes(name) || name.startsWith('mixed')) {
      source.report(pair.key as Node, {
        code: 'dsl/invalid-profiles',
        hint: 'choose another name; realistic, edge and mixed:… are built-in profiles',
        message: `"${name}" cannot name a preset`,
        expected: 'a name such as pr, nightly or soak (not realistic, edge or mixed)',
        found: name,
      });
      continue;
    }
    if (!isMap(body)) {
      source.report(body ?? (pair.key as Node), {
        code: 'dsl/invalid-profiles',
        hint: 'give the preset its settings, e.g. pr: { profile: edge, count: 50 }',
        message: `the preset "${name}" is a mapping`,
        expected: '{ profile: edge, count: 50, counts: { Order: 150 } }',
        found: describeNode(body),
      });
      continue;
    }
    let profile: string | null = null;
    let count: number | null = null;
    const counts: Record<string, number> = {};
    for (const item of body.items as Pair[]) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const value = item.value as Node | null;
      if (key === 'profile') {
        const text = isScalar(value) ? String(value.value) : '';
        const parsed = parseProfile(text);
        if ('problem' in parsed)
          source.report(value, {
            code: 'dsl/invalid-profiles',
            hint: 'see docs/profiles.md for the profiles a preset can use',
            message: `preset "${name}": ${parsed.problem}`,
            expected: 'realistic, edge or mixed:edge=S with 0 < S <= 1',
            found: describeNode(value),
          });
        else profile = text;
      } else if (key === 'count') {
        const n = wholeNumber(source, value, `preset "${name}": count`);
        if (n !== null) count = n;
      } else if (key === 'counts') {
        if (!isMap(value)) {
          source.report(value, {
            code: 'dsl/invalid-profiles',
            hint: 'map entity names to row counts, e.g. counts: { Order: 150 }',
            message: `preset "${name}": counts is a mapping of entity names to row counts`,
            expected: 'counts: { Customer: 1000, Order: 3000 }',
            found: describeNode(value),
          });
          continue;
        }
        for (const c of value.items as Pair[]) {
          const entity = isScalar(c.key) ? String(c.key.value) : '';
          const n = wholeNumber(source, c.value as Node | null, `preset "${name}": counts.${entity}`);
          if (n !== null) counts[entity] = n;
          countNodes.push({ entity, node: c.key as Node });
        }
      } else
        source.report(item.key as Node, {
          code: 'dsl/invalid-profiles',
          message: `preset "${name}" has an unknown key "${key}"`,
          expected: `one of ${PRESET_KEYS.join(', ')}`,
          found: key,
          hint: suggest(key, PRESET_KEYS, 'a preset sets profile, count and counts'),
        });
    }
    presets[name] = { profile, count, counts };
  }
  return { presets, countNodes };
}

function wholeNumber(source: YamlSource, node: Node | null, what: string): number | null {
  const n = isScalar(node) ? node.value : undefined;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
  source.report(node, {
    code: 'dsl/invalid-profiles',
    hint: 'write a whole number, e.g. count: 50',
    message: `${what} must be a whole number`,
    expected: 'an integer >= 0',
    found: describeNode(node),
  });
  return null;
}
