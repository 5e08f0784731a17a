/** The browser shell's public surface: start the server; list the API names it binds. */
export { startWebShell, type WebShell, type WebShellOptions } from './server.js';
export { boundApiNames, MAX_BODY_BYTES } from './api-route.js';
export { CONTENT_SECURITY_POLICY, createToken } from './security.js';
export { RENDERER_MISSING_MESSAGE } from './static-files.js';
