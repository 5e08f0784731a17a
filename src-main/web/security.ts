/**
 * The browser shell's transport security in one place: the per-launch token and its
 * constant-time check, the Host/Origin allow-list (against DNS rebinding and cross-site posts),
 * and the headers every response carries (CSP identical to src-renderer/index.html's meta tag).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/** The renderer's Content-Security-Policy; the same string is in src-renderer/index.html. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Headers set on every response, whatever its status. */
export const SECURITY_HEADERS: Readonly<OutgoingHttpHeaders> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A fresh per-launch token: 32 random bytes as 64 lower-case hex characters. */
export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * True when the request's `Authorization: Bearer <token>` matches `token`. Both sides are hashed
 * first so the comparison takes the same time whatever the length or content of the guess.
 */
export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const given = match?.[1] ?? '';
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given.length > 0;
}

/** The `host:port` values a request may name: the loopback names for the bound port. */
export function allowedHosts(host: string, port: number): Set<string> {
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `${bracketed}:${port}`]);
}

/**
 * True when the Host header names this server (blocks DNS-rebinding pages) and, if the browser
 * sent an Origin, that origin is this server too (blocks cross-site requests).
 */
export function isSameOriginRequest(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host.toLowerCase());
  } catch {
    return false; // "null" and other opaque origins
  }
}
