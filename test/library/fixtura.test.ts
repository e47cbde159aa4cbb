/**
 * The per-run context (issue 15, item 4; ADR 025): `createFixtura` holds a user's own formats, readers and
 * presets beside the built-in ones. A user's format is a value domain like a built-in one — a contract names
 * it, `unique` enumerates it, a count above its size is refused before generating, validation checks its
 * keywords — and two contexts, and the module-level functions, never see each other's additions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  below,
  compileDataset,
  ContractError,
  createFixtura,
  formats,
  FixturaUsageError,
  loadContract,
  memorySink,
  memorySource,
  parseContract,
  planGeneration,
  records,
  validate,
  writeDataset,
  type DatasetReader,
  type Model,
  type Sink,
  type Stream,
  type StringFormat,
} from '../../src/index.js';

const SHOP = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../examples/shop.contract.yaml',
);
const root = mkdtempSync(path.join(tmpdir(), 'fixtura-context-'));
after(() => rmSync(root, { recursive: true, force: true }));
const scratch = (): string => mkdtempSync(path.join(root, 'run-'));

/** 1000 ticket codes, TCK-000 … TCK-999: realistic draws repeat, unique(k) is the k-th code. */
const ticketCode: StringFormat = {
  name: 'ticket_code',
  summary: 'A support ticket code, `TCK-` and three digits.',
  size: 1000,
  plain: true,
  schema: { pattern: '^TCK-\\d{3}$', minLength: 7, maxLength: 7 },
  realistic: (stream) => (row) => `TCK-${String(below(stream, row, 0, 1000)).padStart(3, '0')}`,
  unique: () => (k) => `TCK-${String(k).padStart(3, '0')}`,
};

const TICKETS = `contract: { name: tickets, version: 1.0.0 }
entities:
  Ticket:
    fields:
      - id: integer unique
      - code: string(ticket_code) unique
      - duplicate_of: string(ticket_code) nullable
`;

async function tickets(fixtura = createFixtura({ formats: [ticketCode] })): Promise<Model> {
  const { model, issues } = await fixtura.parseContract(TICKETS, { name: 'tickets.contract.yaml' });
  assert.ok(model, issues.map((i) => i.message).join('\n'));
  return model;
}

describe('createFixtura: a format of the user’s own', () => {
  it('makes unique values through createFixtura: 1000 rows take every code once', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const rows =
      fixtura.generate(await tickets(fixtura), { seed: 's1', counts: { Ticket: 1000 } }).Ticket ?? [];
    const codes = rows.map((r) => r.code as string);
    assert.equal(codes.length, 1000);
    assert.equal(new Set(codes).size, 1000);
    for (const code of codes) assert.match(code, /^TCK-\d{3}$/);
    // Realistic draws of the same format repeat, as 1000 draws from 1000 values do: unique is what made them distinct.
    const drawn = rows.map((r) => r.duplicate_of).filter((v) => v !== null);
    assert.ok(new Set(drawn).size < drawn.length, 'the realistic field repeats');
    for (const code of drawn) assert.match(code as string, /^TCK-\d{3}$/);
  });

  it('refuses a unique field with more rows than the format has values, before generating, located', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const refusal = (() => {
      try {
        fixtura.generate(model, { counts: { Ticket: 1001 } });
      } catch (e) {
        return e;
      }
      return null;
    })();
    assert.ok(refusal instanceof ContractError, String(refusal));
    assert.deepEqual(
      refusal.issues.map((i) => [i.code, i.message, i.location]),
      [
        [
          'plan/domain-too-small',
          'Ticket.code is unique but has only 1000 possible values, and 1001 rows were requested',
          { file: 'tickets.contract.yaml', line: 6, column: 9 },
        ],
      ],
    );
  });

  it('is the same values for the same seed, and other values for another', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const run = (seed: string) => fixtura.generate(model, { seed, counts: { Ticket: 50 } }).Ticket;
    assert.deepEqual(run('a'), run('a'));
    assert.notDeepEqual(run('a'), run('b'));
  });

  it('suggests the user’s formats for a misspelt name, with the location in the text', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const { model, issues } = await fixtura.parseContract(
      TICKETS.replace('string(ticket_code) unique', 'string(ticket_cod) unique'),
      {
        name: 'tickets.contract.yaml',
      },
    );
    assert.equal(model, null);
    assert.deepEqual(
      issues.map((i) => [i.code, i.location, i.hint]),
      [
        [
          'dsl/unknown-format',
          { file: 'tickets.contract.yaml', line: 6, column: 22 },
          'did you mean "ticket_code"?',
        ],
      ],
    );
    assert.match(issues[0]?.expected ?? '', /, password, ticket_code$/);
  });

  it('reads a document’s x-fixtura-format as the user’s format', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const document = {
      openapi: '3.1.0',
      info: { title: 'tickets', version: '1.0.0' },
      paths: {},
      components: {
        schemas: {
          Ticket: {
            type: 'object',
            required: ['code'],
            properties: {
              code: { type: 'string', 'x-fixtura-format': 'ticket_code', 'x-fixtura-unique': true },
            },
          },
        },
      },
    };
    const { model, issues } = await fixtura.parseContract(JSON.stringify(document), { name: 'tickets.json' });
    assert.ok(model, issues.map((i) => i.message).join('\n'));
    const codes = (fixtura.generate(model, { counts: { Ticket: 1000 } }).Ticket ?? []).map((r) => r.code);
    assert.equal(new Set(codes).size, 1000);
  });

  it('gives parseContract from text the model loadContract gives from the file', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const file = path.join(scratch(), 'tickets.contract.yaml');
    writeFileSync(file, TICKETS);
    const fromFile = await fixtura.loadContract(file);
    const fromText = await fixtura.parseContract(TICKETS, { name: file });
    assert.ok(fromFile.model, fromFile.issues.map((i) => i.message).join('\n'));
    assert.deepEqual(fromText, fromFile);
  });

  it('is checked by validation by the keywords it declares, and written into the JSON Schema', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    assert.deepEqual(fixtura.modelToJsonSchema(model).$defs.Ticket?.properties, {
      id: { type: 'integer', 'x-fixtura-unique': true },
      code: { type: 'string', pattern: '^TCK-\\d{3}$', minLength: 7, maxLength: 7, 'x-fixtura-unique': true },
      duplicate_of: {
        anyOf: [{ type: 'string', pattern: '^TCK-\\d{3}$', minLength: 7, maxLength: 7 }, { type: 'null' }],
      },
    });
    const rows = [
      { id: 1, code: 'TCK-001', duplicate_of: null },
      { id: 2, code: 'TCK-1X2', duplicate_of: 'TCK-001' },
    ];
    const result = await fixtura.validate(model, [memorySource('Ticket', rows)]);
    assert.deepEqual(
      result.issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.field}`),
      ['memory:Ticket:2 schema/pattern /code'],
    );
  });

  it('writes a dataset in the calling thread, and the manifest names the format', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const outDir = scratch();
    const manifest = await fixtura.writeDataset(model, {
      outDir,
      seed: 's1',
      counts: { Ticket: 300 },
      workers: 4,
    });
    assert.equal(manifest.run.workers, 1);
    assert.deepEqual(manifest.generation.ownFormats, ['ticket_code']);
    const written = readFileSync(path.join(outDir, 'Ticket.jsonl'), 'utf8').trim().split('\n');
    assert.deepEqual(
      written.map((line) => JSON.parse(line) as unknown),
      fixtura.generate(model, { seed: 's1', counts: { Ticket: 300 } }).Ticket,
    );
    assert.equal((await fixtura.validate(model, [outDir])).valid, true);
  });

  it('writes a value with a quote or a comma escaped, whatever the format claims', async () => {
    const awkward: StringFormat = {
      name: 'awkward',
      summary: 'Values JSON must escape and CSV must quote.',
      size: 100,
      plain: true,
      schema: {},
      realistic: () => (row) => `say "hi", row ${row}\\`,
      unique: () => (k) => `say "hi", k ${k}\\`,
    };
    const fixtura = createFixtura({ formats: [awkward] });
    const { model } = await fixtura.parseContract(
      'entities:\n  T:\n    fields:\n      - a: string(awkward) unique\n',
      {
        name: 't.yaml',
      },
    );
    assert.ok(model);
    for (const format of ['jsonl', 'csv'] as const) {
      const outDir = scratch();
      await fixtura.writeDataset(model, { outDir, format, counts: { T: 20 } });
      const result = await fixtura.validate(model, [outDir]);
      assert.equal(result.valid, true, `${format}: ${JSON.stringify(result.issues.slice(0, 2))}`);
      assert.equal(result.records.T, 20);
    }
  });
});

describe('createFixtura: contexts are independent, and the defaults unchanged', () => {
  it('keeps two contexts’ formats apart, and out of the module-level functions', async () => {
    const withTickets = createFixtura({ formats: [ticketCode] });
    const without = createFixtura();
    assert.equal(withTickets.findFormat('ticket_code')?.name, 'ticket_code');
    assert.equal(without.findFormat('ticket_code'), undefined);
    for (const parse of [
      (text: string) => without.parseContract(text, { name: 'tickets.contract.yaml' }),
      (text: string) => parseContract(text, { name: 'tickets.contract.yaml' }),
    ]) {
      const { model, issues } = await parse(TICKETS);
      assert.equal(model, null);
      assert.deepEqual(
        issues.map((i) => i.code),
        ['dsl/unknown-format', 'dsl/unknown-format'],
      );
      assert.doesNotMatch(issues[0]?.expected ?? '', /ticket_code/);
    }
    // The same name in another context is another format.
    const other = createFixtura({
      formats: [{ ...ticketCode, unique: () => (k) => `TCK-${String(999 - k).padStart(3, '0')}` }],
    });
    const a = withTickets.generate(await tickets(withTickets), { counts: { Ticket: 5 } }).Ticket;
    const b = other.generate(await tickets(other), { counts: { Ticket: 5 } }).Ticket;
    assert.notDeepEqual(a, b);
    assert.equal(
      formats.some((f) => f.name === 'ticket_code'),
      false,
    );
  });

  it('generates the shop example as the module-level functions do', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const { model } = await loadContract(SHOP);
    assert.ok(model);
    const options = { seed: 's1', counts: { Customer: 30, Order: 70 } };
    const dataset = compileDataset(model, planGeneration(model, options));
    const expected = { Customer: [...records(dataset, 'Customer')], Order: [...records(dataset, 'Order')] };
    assert.deepEqual(fixtura.generate(model, options), expected);
    assert.deepEqual((await fixtura.loadContract(SHOP)).model, model);
    assert.deepEqual(fixtura.formats.slice(0, formats.length), formats);
  });

  it('keeps its workers and the module-level bytes for a contract of built-in formats only', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const { model } = await fixtura.loadContract(SHOP);
    assert.ok(model);
    const options = { seed: 's1', counts: { Customer: 3000, Order: 7000 }, workers: 2, batchSize: 1000 };
    const viaContext = await fixtura.writeDataset(model, { ...options, outDir: scratch() });
    const moduleLevel = await writeDataset(model, { ...options, outDir: scratch(), contractPath: SHOP });
    assert.equal(viaContext.run.workers, 2);
    assert.equal(viaContext.generation.ownFormats, undefined);
    assert.equal(viaContext.contract.path, SHOP);
    assert.deepEqual(viaContext.files, moduleLevel.files);
    assert.deepEqual(viaContext.generation, moduleLevel.generation);
  });

  it('passes a model the context read to the module-level validate without its formats’ checks', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const rows = [{ id: 1, code: 'TICKET-1', duplicate_of: null }];
    assert.equal((await validate(model, [memorySource('Ticket', rows)])).valid, true);
    assert.equal((await fixtura.validate(model, [memorySource('Ticket', rows)])).valid, false);
  });
});

describe('createFixtura: addFormat checks a format once, where it enters', () => {
  const refused = (format: StringFormat, code: string, message: RegExp) =>
    assert.throws(
      () => createFixtura().addFormat(format),
      (e: unknown) => e instanceof FixturaUsageError && e.code === code && message.test(e.message),
    );

  it('refuses a built-in name, a name string() cannot read, and a name taken in the context', () => {
    refused({ ...ticketCode, name: 'email' }, 'context/format-taken', /"email" is a built-in format/);
    refused({ ...ticketCode, name: 'Ticket-Code' }, 'context/invalid-format', /lower case letters/);
    assert.throws(
      () => createFixtura({ formats: [ticketCode] }).addFormat({ ...ticketCode }),
      /already has a format "ticket_code"/,
    );
  });

  it('accepts a format written as a class, its methods on the prototype', async () => {
    class Ticket implements StringFormat {
      readonly name = 'ticket_code';
      readonly summary = ticketCode.summary;
      readonly size = 1000;
      readonly plain = true;
      readonly schema = ticketCode.schema;
      realistic(stream: Stream): (row: number) => string {
        return ticketCode.realistic(stream);
      }
      unique(stream: Stream): (k: number, row: number) => string {
        return ticketCode.unique(stream);
      }
    }
    const fixtura = createFixtura({ formats: [new Ticket()] });
    const rows = fixtura.generate(await tickets(fixtura), { counts: { Ticket: 1000 } }).Ticket ?? [];
    assert.equal(new Set(rows.map((r) => r.code)).size, 1000);
  });

  it('refuses a size that is no count of values', () => {
    for (const size of [0, -1, 1.5, NaN])
      refused({ ...ticketCode, size }, 'context/invalid-format', /size .* is not a whole number >= 1/);
  });

  it('refuses a unique enumeration that repeats a value', () => {
    refused(
      { ...ticketCode, unique: () => (k) => `TCK-${String(k % 10).padStart(3, '0')}` },
      'context/invalid-format',
      /unique\(0\) and unique\(10\) are both "TCK-000"/,
    );
  });

  it('refuses values that break the schema the format declares, and a schema validation cannot use', () => {
    refused(
      { ...ticketCode, realistic: () => (row) => `T-${row}` },
      'context/invalid-format',
      /realistic value of row 0: "T-0" does not match/,
    );
    refused(
      { ...ticketCode, schema: { format: 'ticket' } },
      'context/invalid-format',
      /schema.format "ticket"/,
    );
    refused({ ...ticketCode, schema: { pattern: '(' } }, 'context/invalid-format', /no regular expression/);
  });
});

describe('createFixtura: profiles and readers', () => {
  it('selects a preset of the context by name, and records it in the manifest', async () => {
    const fixtura = createFixtura({
      formats: [ticketCode],
      profiles: { smoke: { profile: 'edge', count: 12 } },
    });
    const model = await tickets(fixtura);
    assert.equal(fixtura.plan(model, { profile: 'smoke' }).counts.Ticket, 12);
    const manifest = await fixtura.writeDataset(model, { outDir: scratch(), profile: 'smoke' });
    assert.equal(manifest.generation.preset, 'smoke');
    assert.equal(manifest.generation.profile, 'edge');
    assert.throws(() => createFixtura().plan(model, { profile: 'smoke' }), /unknown profile "smoke"/);
    assert.throws(
      () => createFixtura({ profiles: { edge: { count: 1 } } }),
      /profiles.edge: the name is a profile/,
    );
  });

  it('writes the negative profile from the library, and refuses it in memory', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const outDir = scratch();
    const manifest = await fixtura.writeDataset(model, {
      outDir,
      profile: 'negative',
      counts: { Ticket: 10 },
    });
    assert.deepEqual(
      manifest.files.map((f) => f.path),
      ['Ticket.jsonl', 'Ticket.negative.jsonl'],
    );
    const negatives = readFileSync(path.join(outDir, 'Ticket.negative.jsonl'), 'utf8').trim().split('\n');
    const codes = negatives.map((l) => (JSON.parse(l) as { violates: { code: string } }).violates.code);
    assert.ok(codes.includes('schema/pattern'), codes.join(', '));
    assert.ok(codes.includes('unique/duplicate'), codes.join(', '));
    assert.throws(
      () => fixtura.generate(model, { profile: 'negative' }),
      (e: unknown) => e instanceof FixturaUsageError && e.code === 'context/negative-in-memory',
    );
  });

  it('finds and reads a dataset format of the user’s own by its extension', async () => {
    const tsv: DatasetReader = {
      name: 'tsv',
      extensions: ['.tsv'],
      async *open(file) {
        const [header = '', ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
        const columns = header.split('\t');
        yield lines.map((line, i) => {
          const cells = line.split('\t');
          const record = Object.fromEntries(
            columns.map((c, j) => [c, c === 'id' ? Number(cells[j]) : cells[j]]),
          );
          return { line: i + 2, record: { ...record, duplicate_of: null } };
        });
      },
    };
    const fixtura = createFixtura({ formats: [ticketCode], readers: [tsv] });
    const model = await tickets(fixtura);
    const dir = scratch();
    writeFileSync(path.join(dir, 'Ticket.tsv'), 'id\tcode\n1\tTCK-001\n2\tTCK-001\n');
    const result = await fixtura.validate(model, [dir]);
    assert.deepEqual(
      result.issues.map((i) => `${path.basename(i.file)}:${i.line} ${i.code}`),
      ['Ticket.tsv:3 unique/duplicate'],
    );
    assert.deepEqual(readdirSync(dir), ['Ticket.tsv']);
    assert.throws(
      () => createFixtura().datasetFiles(model, [path.join(dir, 'Ticket.tsv')]),
      /cannot tell the format/,
    );
    assert.throws(
      () => fixtura.addReader({ ...tsv, name: 'tsv2' }),
      /\.tsv is read by the reader "tsv" already/,
    );
  });
});

describe('createFixtura: sinks', () => {
  it('writes through the sink whose scheme a target starts with, with the context’s formats', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const opened: string[] = [];
    let last: ReturnType<typeof memorySink> | undefined;
    fixtura.addSink({
      name: 'tickets-db',
      schemes: ['ticketdb:'],
      open(target) {
        opened.push(target);
        last = memorySink();
        return last;
      },
    });
    const model = await tickets(fixtura);
    const manifest = await fixtura.generateInto(model, 'TicketDB://main/tickets', { counts: { Ticket: 5 } });
    assert.deepEqual(opened, ['TicketDB://main/tickets']);
    const codes = (last?.records('Ticket') ?? []).map((r) => (r as { code: string }).code);
    assert.equal(new Set(codes).size, 5);
    assert.ok(
      codes.every((c) => /^TCK-\d{3}$/.test(c)),
      codes.join(' '),
    );
    assert.deepEqual(manifest.generation.ownFormats, ['ticket_code']);
  });

  it('writes a target no sink claims to a directory of that path, and into a sink given itself', async () => {
    const fixtura = createFixtura({ formats: [ticketCode] });
    const model = await tickets(fixtura);
    const dir = path.join(scratch(), 'out');
    await fixtura.generateInto(model, dir, { counts: { Ticket: 3 } });
    const written = readdirSync(dir);
    assert.ok(written.includes('Ticket.jsonl') && written.includes('manifest.json'), written.join(' '));
    const sink = memorySink();
    await fixtura.generateInto(model, sink as Sink, { counts: { Ticket: 3 } });
    assert.equal(sink.text('Ticket'), readFileSync(path.join(dir, 'Ticket.jsonl'), 'utf8'));
  });

  it('refuses a sink whose name or scheme is taken, or whose scheme is no scheme', () => {
    const open = (): Sink => memorySink();
    const fixtura = createFixtura({ sinks: [{ name: 'pg', schemes: ['postgres:'], open }] });
    assert.deepEqual(
      fixtura.sinks.map((s) => s.name),
      ['pg'],
    );
    assert.throws(
      () => fixtura.addSink({ name: 'pg', schemes: ['pg2:'], open }),
      /"pg" is already registered/,
    );
    assert.throws(
      () => fixtura.addSink({ name: 'other', schemes: ['postgres:'], open }),
      /postgres: is written by the sink "pg" already/,
    );
    assert.throws(() => fixtura.addSink({ name: 'drive', schemes: ['c:'], open }), /drive letter/);
    assert.throws(() => fixtura.addSink({ name: 'bad', schemes: ['Postgres'], open }), FixturaUsageError);
    assert.equal(createFixtura().sinks.length, 0);
  });
});
