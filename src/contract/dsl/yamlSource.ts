/**
 * @module A parsed YAML file plus what every DSL reader needs: turning node offsets into file:line:column,
 * collecting issues, and the string formats the contract may name.
 */
import { Document, isScalar, LineCounter, visit, type Node } from 'yaml';
import { parseYamlBounded } from '../../input/boundedYaml.js';
import { InputError } from '../../input/inputError.js';
import { DEFAULT_READ_LIMITS } from '../../input/readLimits.js';
import { BUILT_IN_FORMATS } from '../../model/formatNames.js';
import type { ContractIssue, SourceLocation } from '../../model/issues.js';
import { protectFlowTypes, restoreFlowTypes } from './protectFlowTypes.js';

export class YamlSource {
  readonly document: Document;
  readonly issues: ContractIssue[] = [];
  private readonly lines = new LineCounter();

  /**
   * @param formats the names `string(<format>)` may use: the built-in formats, and a per-run context's own
   *   (createFixtura)
   */
  constructor(
    readonly file: string,
    readonly text: string,
    readonly formats: readonly string[] = BUILT_IN_FORMATS,
  ) {
    try {
      this.document = parseYamlBounded(
        protectFlowTypes(text),
        file,
        { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true },
        DEFAULT_READ_LIMITS,
      ).document;
    } catch (e) {
      // Too deeply nested to build nodes safely: one located issue, and an empty document.
      if (!(e instanceof InputError) || !e.position) throw e;
      this.document = new Document(null);
      this.issues.push({
        code: e.code,
        message: e.message,
        location: { file, line: e.position.line, column: e.position.column },
        expected: e.detail.expected,
        found: e.detail.found,
        hint: e.detail.hint,
      });
      return;
    }
    visit(this.document, {
      Scalar(_key, node) {
        if (typeof node.value === 'string') node.value = restoreFlowTypes(node.value);
      },
    });
    for (const error of [...this.document.errors, ...this.document.warnings]) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      this.issues.push({
        code: 'yaml/syntax',
        message: error.message.split('\n')[0] ?? error.message,
        location: this.at(error.pos[0]),
        expected: duplicate ? 'each key once in a mapping' : 'well-formed YAML',
        // The parser's own name for the problem (BAD_INDENT, MISSING_CHAR…), in words.
        found: error.code.toLowerCase().replaceAll('_', ' '),
        hint: duplicate
          ? 'remove or rename the second key'
          : 'fix the YAML syntax first; quote values that contain ": " or " #"',
      });
    }
  }

  /** The file position of a source offset. */
  at(offset: number): SourceLocation {
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col };
  }

  /** The offset where a node's text starts, past an opening quote for quoted scalars. */
  startOf(node: Node | null | undefined): number {
    const start = node?.range?.[0] ?? 0;
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) return start + 1;
    return start;
  }

  locate(node: Node | null | undefined, offsetInside = 0): SourceLocation {
    return this.at(this.startOf(node) + offsetInside);
  }

  report(node: Node | null | undefined, issue: Omit<ContractIssue, 'location'>, offsetInside = 0): void {
    // An empty key or value is what was found: "found:" must still show it (a blank line says nothing).
    const found = issue.found.trim() === '' ? `${JSON.stringify(issue.found)} (empty)` : issue.found;
    this.issues.push({ ...issue, found, location: this.locate(node, offsetInside) });
  }
}

/** Describes what a YAML node is, for "found:" lines. */
export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isScalar(node)) return node.value === null ? 'an empty value' : JSON.stringify(node.value);
  const type = (node as { constructor?: { name?: string } }).constructor?.name ?? 'value';
  return type === 'YAMLMap' ? 'a mapping' : type === 'YAMLSeq' ? 'a list' : type;
}
