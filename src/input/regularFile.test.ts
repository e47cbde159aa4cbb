import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError } from './inputError.js';
import { readRegularText } from './regularFile.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-regular-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function refused(file: string, maxBytes = 1000): InputError {
  try {
    readRegularText(file, 'contract file', maxBytes);
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    assert.equal(e.detail.where, file);
    return e;
  }
  assert.fail(`${file} was read`);
}

describe('readRegularText', () => {
  it('reads a regular file', () => {
    writeFileSync(path.join(dir, 'a.yaml'), 'a: 1\n');
    assert.equal(readRegularText(path.join(dir, 'a.yaml'), 'contract file', 100), 'a: 1\n');
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const e = refused(fifo);
    assert.equal(e.code, 'input/special-file');
    assert.equal(e.detail.found, 'a FIFO (named pipe)');
  });

  it('refuses a directory', () => {
    mkdirSync(path.join(dir, 'folder.yaml'));
    assert.equal(refused(path.join(dir, 'folder.yaml')).detail.found, 'a directory');
  });

  it('refuses a character device such as /dev/zero, which would never end', () => {
    assert.equal(refused('/dev/zero').detail.found, 'a character device');
  });

  it('refuses a file over the size limit before reading it', () => {
    writeFileSync(path.join(dir, 'big.json'), 'x'.repeat(2000));
    const e = refused(path.join(dir, 'big.json'));
    assert.equal(e.code, 'input/too-large');
    assert.equal(e.detail.found, '2000 bytes');
  });

  it('says a missing file is not found', () => {
    assert.equal(refused(path.join(dir, 'none.yaml')).code, 'input/not-found');
  });
});
