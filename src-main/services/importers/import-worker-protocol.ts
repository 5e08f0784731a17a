/**
 * The messages between the import service and the worker that parses files
 * (import-worker.ts): one request per file, one reply per request.
 */
import type { ErrorCode } from '../../core/model/index.js';
import type { ImportedDocument } from './importer-types.js';

/** Parse one file: its base name (chooses the format) and its exact bytes. */
export interface ParseRequest {
  /** matches the reply to the request */
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

/** Why a file could not be read: the fields of the VraagbaakError the worker caught. */
export interface ParseFailure {
  code: ErrorCode;
  /** English sentence naming the file */
  message: string;
  /** `reason` (the failure code) and its parameters */
  details: Record<string, unknown>;
}

/** The documents of the file (at least one), or why it failed. */
export type ParseReply = { id: number; documents: ImportedDocument[] } | { id: number; error: ParseFailure };
