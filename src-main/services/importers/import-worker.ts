/**
 * The worker thread that parses imported files (started by import-runner.ts). It reads requests
 * `{id, fileName, bytes}` one at a time and answers each with the file's documents or its failure;
 * the runner bounds it with a memory limit and a deadline and replaces it when it stops.
 * A library's late rejection (pdf.js after a damaged file was already reported) is dropped here, so
 * it can neither end this worker nor the process.
 */
import { parentPort } from 'node:worker_threads';
import { parseText } from '../../core/parse/index.js';
import { plainFailure } from './import-failures.js';
import type { ParseReply, ParseRequest } from './import-worker-protocol.js';
import { importFile } from './index.js';

/** Parses one file; every failure becomes a plain one (import-failures.ts). */
async function reply({ id, fileName, bytes }: ParseRequest): Promise<ParseReply> {
  try {
    return { id, documents: await importFile(fileName, bytes, parseText) };
  } catch (e) {
    const failure = plainFailure(fileName, e);
    return { id, error: { code: failure.code, message: failure.message, details: failure.details } };
  }
}

if (parentPort) {
  const port = parentPort;
  process.on('unhandledRejection', () => {
    // a parser's promise that failed after its file was answered: that file's error was already sent
  });
  port.on('message', (request: ParseRequest) => {
    void reply(request).then((message) => port.postMessage(message));
  });
}
