import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Model } from '../model/model.js';
import { fileNameIssues } from './fileNameIssues.js';

function model(...names: string[]): Model {
  return {
    contract: { name: 'c', version: '1' },
    entities: names.map((name) => ({ name, fields: [], rules: [], key: null }) as unknown as Entity),
  } as unknown as Model;
}

const at = (line: number) => ({ file: 'c.yaml', line, column: 3 });

describe('fileNameIssues', () => {
  it('accepts distinct names, escaping ones included (they are encoded, not refused)', () => {
    assert.deepEqual(
      fileNameIssues(model('Customer', 'Order', '../../escaped', 'a/b'), { extension: 'jsonl' }),
      [],
    );
  });

  it('refuses names equal ignoring case, naming both entities and both locations', () => {
    const issues = fileNameIssues(model('Order', 'order'), {
      extension: 'jsonl',
      sourceMap: { Order: at(2), order: at(9) },
    });
    assert.equal(issues.length, 1);
    const [issue] = issues;
    assert.equal(issue?.code, 'output/name-collision');
    assert.deepEqual(issue?.location, at(9));
    assert.match(issue?.message ?? '', /"Order" \(c\.yaml:2:3\) and "order"/);
    assert.match(issue?.hint ?? '', /Order\.jsonl and order\.jsonl/);
    assert.ok(issue?.expected && issue.found);
  });

  it('refuses an entity whose file would be the manifest, in any case, only where it would be', () => {
    for (const name of ['manifest', 'Manifest', 'MANIFEST']) {
      const [issue] = fileNameIssues(model('Customer', name), { extension: 'json', contractPath: 'c.json' });
      assert.equal(issue?.code, 'output/reserved-name', name);
      assert.deepEqual(issue?.location, { file: 'c.json' }, 'the file when there is no source map');
    }
    assert.deepEqual(fileNameIssues(model('manifest'), { extension: 'jsonl' }), []);
    assert.deepEqual(fileNameIssues(model('manifest'), { extension: 'csv' }), []);
  });

  it('refuses a name whose file is another entity’s negative records', () => {
    const [issue] = fileNameIssues(model('Order', 'Order.negative'), { extension: 'jsonl', negative: true });
    assert.equal(issue?.code, 'output/reserved-name');
    assert.match(issue?.message ?? '', /Order\.negative/);
    assert.equal(fileNameIssues(model('x.NEGATIVE'), { extension: 'csv' })[0]?.code, 'output/reserved-name');
  });

  it('refuses a name whose file name would be longer than the file system allows', () => {
    const [issue] = fileNameIssues(model('é'.repeat(60)), { extension: 'jsonl' });
    assert.equal(issue?.code, 'output/name-too-long');
    assert.deepEqual(fileNameIssues(model('a'.repeat(249)), { extension: 'jsonl' }), []);
    assert.equal(
      fileNameIssues(model('a'.repeat(245)), { extension: 'jsonl', negative: true })[0]?.code,
      'output/name-too-long',
    );
  });
});
