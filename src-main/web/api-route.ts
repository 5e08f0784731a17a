/**
 * The HTTP binding of the API: `POST /api/<name>` with the JSON input as body. Every name in the
 * contract is routed, and every call goes through core's `dispatch()` (validation + Result
 * envelope), so this file adds only transport concerns: method, token, body size (per call:
 * body-limits.ts), JSON syntax.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_NAMES, dispatch, fail, type ApiHandlers, type ApiName } from '../core/api/index.js';
import { VraagbaakError } from '../core/model/index.js';
import { bodyLimit, createGate, isFileUpload } from './body-limits.js';
import { hasValidToken } from './security.js';
import { sendJson, sendText } from './responses.js';

/** The URL prefix of every API route. */
export const API_PREFIX = '/api/';

/** Largest request body any call may send, in bytes (an import of many PDFs as base64); most take far less (body-limits.ts). */
export { FILE_BODY_BYTES as MAX_BODY_BYTES } from './body-limits.js';

const ROUTES: ReadonlyMap<string, ApiName> = new Map(API_NAMES.map((name) => [`${API_PREFIX}${name}`, name]));

/** The API names this binding routes: derived from the contract, so it is always all of them. */
export function boundApiNames(): ApiName[] {
  return [...ROUTES.values()];
}

class BodyTooLarge extends Error {}

/** File uploads of each set of handlers (one server) are read and run one at a time. */
const uploadGates = new WeakMap<ApiHandlers, ReturnType<typeof createGate>>();

/**
 * Reads the whole request body, at most `limit` bytes.
 * @throws BodyTooLarge when Content-Length or the bytes received exceed `limit` (before reading
 *   further: what came in so far is dropped)
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = (): void => {
      req.pause(); // no more is read; the answer closes the connection
      reject(new BodyTooLarge());
    };
    if (Number(req.headers['content-length'] ?? '0') > limit) {
      refuse();
      return;
    }
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks = [];
        refuse();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      if (size <= limit) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', reject);
  });
}

/** Parses a JSON body; an empty body means `{}`. @throws VraagbaakError('invalid-input') */
function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new VraagbaakError('invalid-input', 'The request body is not valid JSON');
  }
}

/**
 * Handles one request under /api/. Transport errors get a plain status (401, 404, 405); a body
 * over its call's limit gets 413 with a failed Result (reason 'request-too-large'); everything
 * that reached the API, including invalid input, gets 200 with a Result.
 * @param maxBodyBytes a lower body limit for every call (tests), on top of body-limits.ts
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  handlers: ApiHandlers,
  token: string,
  maxBodyBytes: number = Infinity,
): Promise<void> {
  if (req.method !== 'POST') {
    sendText(res, 405, 'Method not allowed: the API takes POST only\n', req.method === 'HEAD', { Allow: 'POST' });
    return;
  }
  if (!hasValidToken(req, token)) {
    sendText(res, 401, 'Missing or wrong token\n', false, { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  const name = ROUTES.get(urlPath);
  if (name === undefined) {
    sendText(res, 404, `Unknown API call "${urlPath.slice(API_PREFIX.length)}"\n`);
    return;
  }
  const limit = bodyLimit(name, maxBodyBytes);
  const answer = async (): Promise<void> => {
    let input: unknown;
    try {
      input = parseJsonBody(await readBody(req, limit));
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        // the rest of the body is not read: the connection closes after the answer
        res.setHeader('Connection', 'close');
        sendJson(res, 413, fail(tooLarge(name, limit)));
        return;
      }
      sendJson(res, 200, fail(e));
      return;
    }
    sendJson(res, 200, await dispatch(handlers, name, input));
  };
  if (!isFileUpload(name)) return answer();
  let gate = uploadGates.get(handlers);
  if (gate === undefined) uploadGates.set(handlers, (gate = createGate()));
  return gate.run(answer);
}

/** The refusal of a body over `limit` bytes: reason 'request-too-large' with the call and the limit in MB. */
function tooLarge(name: ApiName, limit: number): VraagbaakError {
  const limitMegabytes = Math.max(1, Math.floor(limit / (1024 * 1024)));
  return new VraagbaakError('invalid-input', `The request to ${name} is larger than the ${String(limitMegabytes)} MB it may send (${String(limit)} bytes); nothing of it was used.`, {
    reason: 'request-too-large',
    call: name,
    limitMegabytes,
  });
}
