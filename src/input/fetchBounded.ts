/**
 * @module One remote `$ref` target, fetched within a time limit that covers the whole download (headers and
 * body) and a size limit checked while the body arrives, so a server that never answers, or answers forever,
 * cannot hang a run.
 */
import { InputError } from './inputError.js';
import type { ReadLimits } from './readLimits.js';

/**
 * The text at an http(s) URL.
 * @throws InputError on a timeout, an HTTP error status, a refused connection or a body over the size limit
 */
export async function fetchBounded(url: string, limits: ReadLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.readTimeoutMs);
  const failed = (found: string, hint: string): InputError =>
    new InputError('schema/remote-ref-failed', `a $ref to ${url} could not be fetched: ${found}`, {
      where: url,
      expected: `a document served within ${limits.readTimeoutMs} ms and ${limits.maxDocumentBytes} bytes`,
      found,
      hint,
    });
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (!response.ok) throw failed(`HTTP status ${response.status}`, 'check the URL in the $ref');
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxDocumentBytes) {
        await reader.cancel();
        throw failed(
          `more than ${limits.maxDocumentBytes} bytes`,
          'download the document and refer to the file',
        );
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (signal.aborted)
      throw failed(
        `no complete answer within ${limits.readTimeoutMs} ms`,
        'check the server, or raise the limit with FIXTURA_READ_TIMEOUT (seconds)',
      );
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw failed(cause ?? (e as Error).message, 'check the URL and the network');
  }
}
