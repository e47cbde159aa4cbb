/**
 * @module Named presets a CI pipeline picks with one flag: `--profile pr` (small and edge-heavy: every
 * coverage target, then realistic rows, 50 per entity) and `--profile nightly` (large and realistic: 100 000
 * rows per entity). A contract can redefine them, or add its own, under `profiles:`.
 */
import type { Model, ProfilePreset } from '../../model/model.js';

export const BUILT_IN_PRESETS: Readonly<Record<string, ProfilePreset>> = {
  pr: { profile: 'edge', count: 50, counts: {} },
  nightly: { profile: 'realistic', count: 100_000, counts: {} },
};

/** The preset a name selects: the contract's own first, then the built-in ones; undefined for none. */
export function findPreset(model: Model, name: string): ProfilePreset | undefined {
  return model.profiles?.[name] ?? BUILT_IN_PRESETS[name];
}
