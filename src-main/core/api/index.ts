/** The API contract: channel names, zod input schemas, output types, Result envelope. */
export * from './contract.js';
export * from './result.js';
export * from "./types.js";
export * from "./dispatch.js";
