/** @module A corpus worker process: judges the documents it is sent, one at a time, and sends each result back. */
import { judgeDocument } from './judgeDocument.js';

/** What the parent sends: a document to judge. */
export interface CorpusRequest {
  readonly id: number;
  readonly name: string;
  readonly file: string;
}

if (!process.send) throw new Error('corpusWorker runs as a child process (child_process.fork)');
process.on('message', (request: CorpusRequest) => {
  void judgeDocument(request.name, request.file).then(
    (result) => process.send!({ id: request.id, result }),
    (error: unknown) => process.send!({ id: request.id, error: String((error as Error).stack ?? error) }),
  );
});
// A parent that is gone will read no result: stop rather than finish a long document for nobody.
process.on('disconnect', () => process.exit(0));
