/**
 * The HTTP binding of the API: `POST /api/<name>` with the JSON input as body. Every name in the
 * contract is routed, and every call goes through core's `dispatch()` (validation + Result
 * envelope), so this file adds only transport concerns: method, token, body size, JSON syntax.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_NAMES, dispatch, fail, type ApiHandlers, type ApiName } from '../core/api/index.js';
import { VraagbaakError } from '../core/model/index.js';
import { hasValidToken } from './security.js';
import { sendJson, sendText } from './responses.js';

/** The URL prefix of every API route. */
export const API_PREFIX = '/api/';

/** Largest request body accepted, in bytes (an import of many PDFs as base64). */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

const ROUTES: ReadonlyMap<string, ApiName> = new Map(API_NAMES.map((name) => [`${API_PREFIX}${name}`, name]));

/** The API names this binding routes: derived from the contract, so it is always all of them. */
export function boundApiNames(): ApiName[] {
  return [...ROUTES.values()];
}

class BodyTooLarge extends Error {}

/**
 * Reads the whole request body, at most `limit` bytes.
 * @throws BodyTooLarge when Content-Length or the bytes received exceed `limit`.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
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
 * Handles one request under /api/. Transport errors get a plain status (401, 404, 405, 413);
 * everything that reached the API, including invalid input, gets 200 with a Result.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  handlers: ApiHandlers,
  token: string,
  maxBodyBytes: number = MAX_BODY_BYTES,
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
  let input: unknown;
  try {
    input = parseJsonBody(await readBody(req, maxBodyBytes));
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      sendText(res, 413, `Request body larger than ${maxBodyBytes} bytes\n`);
      return;
    }
    sendJson(res, 200, fail(e));
    return;
  }
  sendJson(res, 200, await dispatch(handlers, name, input));
}
