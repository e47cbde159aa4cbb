/**
 * @module The manifest written beside every dataset: what made it (Fixtura and engine versions, the
 * contract and its model hash, seed, tenant, environment, counts) and what it is (each entity's target,
 * rows, size and sha256). Everything outside `run` is reproducible: the same inputs give the same bytes
 * there too.
 */
import { modelHash } from '../model/canonicalJson.js';
import type { Model } from '../model/model.js';
import type { Plan } from '../engine/plan.js';
import { profileName } from '../model/profile.js';
import { ENGINE_VERSION, FIXTURA_VERSION } from './versions.js';

/** One entry of the manifest: an entity and the target its rows went to (ADR 024). */
export interface ManifestFile {
  readonly entity: string;
  /**
   * The entry's target, named by the sink that wrote it: for a folder (`fixtura generate --out DIR`), the
   * file's name inside it (`Customer.jsonl`); for the memory sink, `memory:Customer`; for a table or an
   * object store, its name there. Still called `path`, as since manifest version 1, so that manifests keep
   * their bytes.
   */
  readonly path: string;
  /** Rows written; for a `.negative.jsonl` file, negative records. */
  readonly rows: number;
  /** Bytes the target was given, its format's header and footer included. */
  readonly bytes: number;
  /** sha256 of those bytes, hex: a file's content checks against it. */
  readonly sha256: string;
}

/** Facts about this particular run, which differ between two runs that produce the same bytes. */
export interface RunFacts {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly workers: number;
  readonly git: { readonly commit: string; readonly dirty: boolean } | null;
}

export interface Manifest {
  readonly manifestVersion: 1;
  readonly fixtura: { readonly version: string; readonly engine: string };
  readonly contract: {
    readonly path: string | null;
    readonly name: string;
    readonly version: string;
    readonly modelSha256: string;
  };
  readonly generation: {
    readonly seed: string;
    readonly tenant: string;
    readonly environment: string;
    readonly refDate: string;
    readonly runId: string | null;
    readonly format: string;
    readonly counts: Readonly<Record<string, number>>;
    /** The profile, when not the realistic default (`edge`, `mixed:edge=0.1`). */
    readonly profile?: string;
    /** The preset `--profile` named (`pr`, `nightly`…), when it named one. */
    readonly preset?: string;
    /**
     * The formats of a per-run context (`addFormat`) the values came from, when any: code outside the
     * contract shaped these files, and the same code is needed to make the same bytes again.
     */
    readonly ownFormats?: readonly string[];
  };
  readonly files: readonly ManifestFile[];
  readonly run: RunFacts;
}

export interface ManifestInput {
  readonly model: Model;
  readonly plan: Plan;
  readonly contractPath: string | null;
  readonly format: string;
  readonly runId: string | null;
  readonly files: readonly ManifestFile[];
  /** The user's own formats the values came from (see Manifest.generation.ownFormats); none by default. */
  readonly ownFormats?: readonly string[];
  readonly run: RunFacts;
}

/** Assembles a manifest; keys are in a fixed order so the file reads the same every time. */
export function buildManifest(input: ManifestInput): Manifest {
  const { model, plan } = input;
  return {
    manifestVersion: 1,
    fixtura: { version: FIXTURA_VERSION, engine: ENGINE_VERSION },
    contract: {
      path: input.contractPath,
      name: model.contract.name,
      version: model.contract.version,
      modelSha256: modelHash(model),
    },
    generation: {
      seed: plan.seed,
      tenant: plan.tenant,
      environment: plan.environment,
      refDate: plan.refDate,
      runId: input.runId,
      format: input.format,
      counts: plan.counts,
      ...(plan.profile ? { profile: profileName(plan.profile) } : {}),
      ...(plan.preset ? { preset: plan.preset } : {}),
      ...(input.ownFormats?.length ? { ownFormats: input.ownFormats } : {}),
    },
    files: input.files,
    run: input.run,
  };
}
