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

/**
 * The preset a name selects: the contract's own first (so a name means what the command line makes of it),
 * then the caller's (a per-run context's `profiles`), then the built-in ones; undefined for none.
 */
export function findPreset(
  model: Model,
  name: string,
  presets: Readonly<Record<string, ProfilePreset>> = {},
): ProfilePreset | undefined {
  const own = (from: Readonly<Record<string, ProfilePreset>> | undefined) =>
    from && Object.hasOwn(from, name) ? from[name] : undefined;
  return own(model.profiles) ?? own(presets) ?? own(BUILT_IN_PRESETS);
}

/** Every preset name a request may use, for the message that refuses an unknown one. */
export function presetNames(model: Model, presets: Readonly<Record<string, ProfilePreset>> = {}): string[] {
  return [
    ...new Set([
      ...Object.keys(BUILT_IN_PRESETS),
      ...Object.keys(presets),
      ...Object.keys(model.profiles ?? {}),
    ]),
  ];
}
