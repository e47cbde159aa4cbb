import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consoleSteps, docBlocks, shCommands } from './docBlocks.js';
import { shownOutputMatches } from './shownOutput.js';

describe('doc blocks', () => {
  it('finds runnable blocks with their line, and the skip marker above a fence, across a blank line', () => {
    const md =
      'text\n```yaml\na: 1\n```\n<!-- doc-test: skip (needs a server) -->\n\n```sh\ncurl x\n```\n```ts\nf();\n```\n';
    assert.deepEqual(
      docBlocks('x.md', md).map((b) => [b.line, b.kind, b.text, b.skip]),
      [
        [7, 'sh', 'curl x', 'needs a server'],
        [10, 'ts', 'f();', null],
      ],
    );
  });

  it('splits a console block into commands and the output under each, joining continued lines', () => {
    assert.deepEqual(consoleSteps('$ a \\\n  --b\nout 1\n\n$ c', 1), [
      { command: 'a \\\n  --b', line: 2, output: ['out 1', ''] },
      { command: 'c', line: 6, output: [] },
    ]);
    assert.throws(() => consoleSteps('output first', 1), /starts with output/);
  });

  it('reads an sh block as its commands, without comments and blank lines', () => {
    assert.deepEqual(
      shCommands('# note\nnpx fixtura a \\\n  -n 3\n\nb', 4).map((c) => [c.line, c.text]),
      [
        [6, 'npx fixtura a \\\n  -n 3'],
        [9, 'b'],
      ],
    );
  });
});

describe('shown output', () => {
  it('lets … stand for text within a line and for any lines on a line of its own, and nothing else vary', () => {
    assert.ok(
      shownOutputMatches(
        ['seed "3f2a…", 640 ms', '…', 'end'],
        ['seed "3f2a9c", <duration>', 'x', 'y', 'end'],
      ),
    );
    assert.ok(shownOutputMatches(['a', '…'], ['a']));
    assert.ok(!shownOutputMatches(['a', 'b'], ['a', 'c']));
    assert.ok(!shownOutputMatches(['a'], ['a', 'more']));
  });
});
