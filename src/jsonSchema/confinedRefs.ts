/**
 * @module The resolvers and parsers @apidevtools/json-schema-ref-parser bundles `$ref`s with: a file `$ref`
 * is read only inside the ref root (its path and its real path after symlinks), only from a regular file and
 * within the size limit; a URL is fetched only when allowed and within a timeout; any other scheme is refused.
 * Every refusal is recorded with the `$ref` that asked for it, so it can be reported at its line and column.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { metaSchema } from './metaSchemas.js';
import { InputError } from '../input/inputError.js';
import type { ReadLimits } from '../input/readLimits.js';
import { readRegularText } from '../input/regularFile.js';
import { fetchBounded } from '../input/fetchBounded.js';

/** Where `$ref`s may lead. */
export interface RefPolicy {
  /** Absolute folder that file `$ref`s must stay inside. */
  readonly root: string;
  readonly allowRemote: boolean;
  readonly limits: ReadLimits;
}

/** A document read while bundling: its URL (file: or http:), its name in messages, its text and value. */
export interface ReadDocument {
  readonly url: string;
  readonly file: string;
  readonly text: string;
  readonly value: unknown;
}

/** What one bundling read: every document (the root first) and the first refusal. */
export class RefReads {
  readonly documents: ReadDocument[] = [];
  failure: Error | null = null;
  /** The URL whose read or parse failed first. */
  failedUrl: string | null = null;

  fail(error: Error, url: string): never {
    if (!this.failure) {
      this.failure = error;
      this.failedUrl = url;
    }
    throw error;
  }
}

const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/** A filesystem path or `file:` URL (what ref-parser hands its file resolver), as a path. */
export function fileSystemPath(url: string): string {
  if (/^file:/i.test(url)) return fileURLToPath(url);
  try {
    return decodeURI(url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  } catch {
    return url;
  }
}

function isFileSystem(url: string): boolean {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'file' || /^[a-z]:[\\/]/i.test(url);
}

function inside(child: string, root: string): boolean {
  const relative = path.relative(root, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const ROOT_HINT =
  'keep referenced files inside the folder of the document, or name a wider folder with --ref-root DIR';

/**
 * Checks that a file `$ref` target stays inside the root, by path and by real path, and returns its real path.
 * @throws InputError (never with the content of the file)
 */
export function confinedPath(target: string, root: string): string {
  const absolute = path.resolve(target);
  const found = `a $ref to ${absolute}`;
  if (!inside(absolute, root))
    throw new InputError('schema/ref-outside-root', `a $ref leads outside ${root}`, {
      where: absolute,
      expected: `a file inside ${root}`,
      found,
      hint: ROOT_HINT,
    });
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'an error';
    throw new InputError('schema/ref-not-found', `a $ref names a file that cannot be read: ${absolute}`, {
      where: absolute,
      expected: 'an existing file',
      found: code === 'ENOENT' ? 'no such file' : code,
      hint: 'check the path in the $ref; it is relative to the file that holds it',
    });
  }
  if (!inside(real, realRoot))
    throw new InputError(
      'schema/ref-symlink-escape',
      `a $ref reaches through a symbolic link outside ${root}`,
      {
        where: absolute,
        expected: `a file whose real path is inside ${realRoot}`,
        found: `a link to ${real}`,
        hint: `replace the link by a copy of the file, or widen the root with --ref-root`,
      },
    );
  return real;
}

/**
 * The `resolve` and `parse` options for ref-parser. `parse` turns text into a value with the same limits
 * as the root document (size, depth, aliases); it names the file in its errors.
 */
export function refParserOptions(
  policy: RefPolicy,
  reads: RefReads,
  parse: (text: string, file: string) => unknown,
): object {
  const remember = (url: string, file: string, text: string): string => {
    reads.documents.push({ url, file, text, value: undefined });
    return text;
  };
  return {
    resolve: {
      external: true,
      file: {
        order: 100,
        canRead: (file: { url: string }) => isFileSystem(file.url),
        read: (file: { url: string }) => {
          try {
            const target = fileSystemPath(file.url);
            const real = confinedPath(target, policy.root);
            const text = readRegularText(real, 'file a $ref names', policy.limits.maxDocumentBytes);
            return remember(pathToFileURL(path.resolve(target)).href, target, text);
          } catch (e) {
            return reads.fail(e as Error, file.url);
          }
        },
      },
      http: {
        order: 200,
        canRead: (file: { url: string }) => /^https?:/i.test(file.url),
        read: async (file: { url: string }) => {
          // Meta-schemas ship with Ajv: never fetched, allowed or not.
          const meta = metaSchema(file.url);
          if (meta !== undefined) return JSON.stringify(meta);
          if (!policy.allowRemote)
            reads.fail(
              new InputError('schema/remote-ref', `a $ref to a URL is not fetched: ${file.url}`, {
                where: file.url,
                expected: 'a $ref to a file inside the folder of the document',
                found: `a $ref to ${file.url}`,
                hint: 'download the document next to this one, or allow fetching with --allow-remote-refs',
              }),
              file.url,
            );
          try {
            const text = await fetchBounded(file.url, policy.limits);
            return remember(file.url, file.url, text);
          } catch (e) {
            return reads.fail(e as Error, file.url);
          }
        },
      },
      other: {
        order: 300,
        canRead: true,
        read: (file: { url: string }) =>
          reads.fail(
            new InputError('schema/ref-scheme', `a $ref uses a scheme Fixtura does not read: ${file.url}`, {
              where: file.url,
              expected: 'a $ref to a file, or to an http(s) URL with --allow-remote-refs',
              found: `a $ref to ${file.url}`,
              hint: 'point the $ref at a file inside the folder of the document',
            }),
            file.url,
          ),
      },
    },
    parse: {
      json: false,
      text: false,
      binary: false,
      yaml: {
        order: 100,
        canParse: true,
        allowEmpty: false,
        parse: (file: { url: string; data: unknown }) => {
          const text = Buffer.isBuffer(file.data) ? file.data.toString('utf8') : String(file.data);
          const url = isFileSystem(file.url)
            ? pathToFileURL(path.resolve(fileSystemPath(file.url))).href
            : file.url;
          const read = reads.documents.find((d) => d.url === url);
          try {
            const value = parse(text, read?.file ?? file.url);
            if (read) (read as { value: unknown }).value = value;
            return value;
          } catch (e) {
            return reads.fail(e as Error, file.url);
          }
        },
      },
    },
  };
}
