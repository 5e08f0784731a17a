/**
 * Small response writers shared by the static and API routes. The security headers are set by
 * the server before any route runs, so these only add the body's own headers.
 */
import type { ServerResponse } from 'node:http';

/** Ends the response with a plain-text body (no body for HEAD). */
export function sendText(res: ServerResponse, status: number, text: string, isHead = false, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, ...headers });
  res.end(isHead ? undefined : body);
}

/** Ends the response with a JSON body; API responses are never cached. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
