/**
 * The browser shell: the same API as the Electron app, over HTTP on the loopback interface with
 * a per-launch token, plus the built renderer as static files. DESIGN §1 "web/", and the shared
 * decisions for the shells (token in the URL fragment, Host check, one CSP).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../core/api/index.js';
import { API_PREFIX, handleApiRequest, MAX_BODY_BYTES } from './api-route.js';
import { allowedHosts, createToken, isSameOriginRequest, SECURITY_HEADERS } from './security.js';
import { sendText } from './responses.js';
import { serveStatic } from './static-files.js';

export interface WebShellOptions {
  /** the API implementation (from openVraagbaak) */
  handlers: ApiHandlers;
  /** the built renderer (dist-renderer/) */
  rendererDir: string;
  /** TCP port; 0 (default) picks a free one */
  port?: number;
  /** interface to bind; loopback only (default 127.0.0.1) */
  host?: string;
  /** the bearer token; default 32 random bytes as hex */
  token?: string;
  /** a lower request body limit for every call, in bytes (default: only the per-call limits of body-limits.ts, at most 100 MiB) */
  maxBodyBytes?: number;
}

export interface WebShell {
  /** `http://127.0.0.1:<port>/#token=<token>`: what the user opens */
  url: string;
  port: number;
  token: string;
  /** Stops accepting requests and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts the browser shell's HTTP server and resolves once it listens.
 * @throws Error when the port cannot be bound (EADDRINUSE, EACCES) or `token` is empty.
 */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const { handlers, rendererDir, port = 0, host = '127.0.0.1', maxBodyBytes = MAX_BODY_BYTES } = options;
  const token = options.token ?? createToken();
  if (token.length === 0) throw new Error('The browser shell token may not be empty');
  let hosts = new Set<string>();

  const server = createServer((req, res) => {
    handleRequest(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (value !== undefined) res.setHeader(name, value);
    if (!isSameOriginRequest(req, hosts)) {
      sendText(res, 403, 'Forbidden: wrong Host or Origin\n');
      return;
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (urlPath.startsWith(API_PREFIX)) {
      await handleApiRequest(req, res, urlPath, handlers, token, maxBodyBytes);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed\n', false, { Allow: 'GET, HEAD' });
      return;
    }
    await serveStatic(res, rendererDir, urlPath, req.method === 'HEAD');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, bound);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${bound}/#token=${token}`,
    port: bound,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
