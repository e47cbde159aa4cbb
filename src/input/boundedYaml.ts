/**
 * @module YAML parsed the way `yaml`'s parseDocument does it, with the nesting depth checked on the concrete
 * syntax before the composer (which recurses) builds nodes, and alias expansion bounded when turned into JS.
 */
import {
  Composer,
  LineCounter,
  Parser,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { InputError } from './inputError.js';
import { yamlShape } from './nestingDepth.js';
import type { ReadLimits } from './readLimits.js';

/** A refused nesting level at a position. */
export function tooDeep(file: string, line: number, column: number, maxDepth: number): InputError {
  return new InputError(
    'input/too-deep',
    `${file} nests collections more than ${maxDepth} levels deep`,
    {
      where: `${file}:${line}:${column}`,
      expected: `at most ${maxDepth} levels of nested objects, arrays, mappings or sequences`,
      found: `level ${maxDepth + 1} starting here`,
      hint: 'flatten the document, or name the deep part once and refer to it with $ref',
    },
    { file, line, column },
  );
}

export interface BoundedYaml {
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
  /** Offset of the first alias, or -1: where an alias expansion error is reported. */
  readonly firstAlias: number;
}

/**
 * Parses one YAML document.
 * @throws InputError when it nests deeper than `limits.maxDepth`
 */
export function parseYamlBounded(
  text: string,
  file: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
  limits: Pick<ReadLimits, 'maxDepth'>,
): BoundedYaml {
  const lines = options.lineCounter ?? new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const shape = yamlShape(tokens, limits.maxDepth);
  if (shape.tooDeepAt >= 0) {
    const pos = lines.linePos(shape.tooDeepAt);
    throw tooDeep(file, pos.line, pos.col, limits.maxDepth);
  }
  let document: Document.Parsed | null = null;
  for (const parsed of new Composer(options).compose(tokens, true, text.length)) {
    if (!document) document = parsed;
    else {
      document.errors.push(
        new YAMLParseError(
          [parsed.range[0], parsed.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  // compose(…, true) always yields a document, even for empty text.
  return { document: document as Document.Parsed, lines, firstAlias: shape.firstAlias };
}

/**
 * The document as plain JS, with alias expansion bounded.
 * @throws InputError at the first alias when the expansion is over `limits.maxAliases`
 */
export function boundedToJs(
  yaml: BoundedYaml,
  file: string,
  limits: Pick<ReadLimits, 'maxAliases'>,
): unknown {
  try {
    return yaml.document.toJS({ maxAliasCount: limits.maxAliases });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const pos = yaml.lines.linePos(Math.max(yaml.firstAlias, 0));
    const where = { file, line: pos.line, column: pos.col };
    if (!/alias count/i.test(e.message))
      throw new InputError(
        'input/yaml-alias',
        `${file}: ${e.message}`,
        {
          where: `${file}:${pos.line}:${pos.col}`,
          expected: 'every alias (*name) after its anchor (&name)',
          found: e.message,
          hint: 'define the anchor before the alias that uses it',
        },
        where,
      );
    throw new InputError(
      'input/alias-expansion',
      `${file} expands YAML aliases more than ${limits.maxAliases} times`,
      {
        where: `${file}:${pos.line}:${pos.col}`,
        expected: `at most ${limits.maxAliases} alias expansions (anchors used inside anchors multiply)`,
        found: 'aliases of aliases that expand beyond the limit (an alias bomb)',
        hint: 'write the repeated part once and use $ref to it instead of nested YAML aliases',
      },
      where,
    );
  }
}
