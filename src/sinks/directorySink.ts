/**
 * @module The directory sink: one file per entity plus `manifest.json` in an output folder, as
 * `fixtura generate --out DIR` writes them. Every file is staged inside the folder (`.fixtura/staging-…/`)
 * and committed all or nothing once all are complete (outputFolder.ts), so a failure, an interrupt or a
 * kill leaves the earlier dataset or the new one, never a mix. Entity names become file names by one rule
 * (entityFileName.ts); names that would collide or take a reserved name are refused before any work.
 */
import { ContractError } from '../model/issues.js';
import { entityFileName, MANIFEST_FILE } from '../sources/entityFileName.js';
import type { Manifest } from '../provenance/manifest.js';
import { AtomicFile } from './atomicFile.js';
import { fileNameIssues } from './fileNameIssues.js';
import { OutputFolder } from './outputFolder.js';
import type { EntitySink, Sink, SinkEntity, SinkRun } from './sink.js';

/**
 * A sink writing into the folder `outDir` (made when missing): `<Entity>.<ext>` per entity and
 * `manifest.json`, each entry's target the file's name. Refuses, before any work, an `outDir` that is not a
 * directory, entity names that would collide as files or take a reserved name, and a target that is not a
 * regular file (OutputRefused, ContractError).
 * @example
 * await generateInto(model, directorySink('out'), { seed: 's1' });
 * // out/Customer.jsonl, out/Order.jsonl, out/manifest.json
 */
export function directorySink(outDir: string): Sink {
  return new DirectorySink(outDir);
}

interface DirectoryRun {
  readonly folder: OutputFolder;
  readonly extension: string;
  readonly signal: AbortSignal | undefined;
  /** Every file staged in this run, the manifest last; committed together. */
  readonly files: AtomicFile[];
}

export class DirectorySink implements Sink {
  private run: DirectoryRun | null = null;

  constructor(
    readonly outDir: string,
    /** Whether `<Entity>.negative.jsonl` files are staged too (negativeDataset.ts), names checked. */
    private readonly options: { readonly negative?: boolean } = {},
  ) {}

  async begin(run: SinkRun): Promise<void> {
    if (this.run) throw new Error(`a run into ${this.outDir} is under way: commit or abort it first`);
    const issues = fileNameIssues(run.model, {
      extension: run.extension,
      negative: this.options.negative ?? false,
      ...(run.sourceMap ? { sourceMap: run.sourceMap } : {}),
      ...(run.contractPath !== undefined ? { contractPath: run.contractPath } : {}),
    });
    if (issues.length > 0) throw new ContractError(issues);
    const folder = await OutputFolder.open(this.outDir, run.signal ? { signal: run.signal } : {});
    try {
      folder.checkTargets([
        ...run.model.entities.map((e) => entityFileName(e.name, run.extension)),
        MANIFEST_FILE,
      ]);
    } catch (error) {
      folder.discard();
      throw error;
    }
    this.run = { folder, extension: run.extension, signal: run.signal, files: [] };
  }

  /** The output folder of the run under way; a profile reads the staged files there (negativeDataset.ts). */
  get folder(): OutputFolder {
    return this.current().folder;
  }

  open(entity: SinkEntity): EntitySink {
    const name = entityFileName(entity.name, this.current().extension);
    const file = this.stage(name);
    return {
      write: (part) => file.write(part.bytes),
      finish: () => {
        const sha256 = file.finish();
        return { target: name, bytes: file.bytes, sha256 };
      },
    };
  }

  /** A file of the run under way, `<out>/<name>` once committed with the others. */
  stage(name: string): AtomicFile {
    const run = this.current();
    const file = new AtomicFile(name, run.folder.stagedPath(name));
    run.files.push(file);
    return file;
  }

  async commit(manifest: Manifest): Promise<void> {
    const run = this.current();
    const manifestFile = this.stage(MANIFEST_FILE);
    manifestFile.write(JSON.stringify(manifest, null, 2) + '\n');
    manifestFile.finish();
    await run.folder.commit(
      run.files.map((f) => f.finalPath),
      run.signal ? { signal: run.signal } : {},
    );
    this.run = null;
  }

  abort(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    // Closes descriptors still open after a failure; the files go with the staging folder.
    for (const file of run.files) file.close();
    run.folder.discard();
  }

  private current(): DirectoryRun {
    if (!this.run) throw new Error(`no run into ${this.outDir} is under way: begin one first`);
    return this.run;
  }
}
