/**
 * The one choke point every binding uses: look the name up in the contract, parse the raw input
 * with its zod schema, call the handler, and wrap the outcome in a Result.
 */
import { contract, type ApiHandlers } from './contract.js';
import { API_NAMES, type ApiName } from './names.js';
import { fail, ok, type Result } from './result.js';
import { VraagbaakError } from '../model/errors.js';

/** True when `name` is a contract entry (guards against arbitrary strings from a request). */
export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}

/**
 * Validates `rawInput` against the contract entry `name` and runs its handler.
 * Never throws: unknown names, invalid input and handler errors all come back as `{ ok: false }`.
 */
export async function dispatch(handlers: ApiHandlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isApiName(name)) throw new VraagbaakError('not-found', `Unknown API call "${name}"`);
    const input: unknown = contract[name].input.parse(rawInput ?? {});
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return ok(await handler(input));
  } catch (e) {
    return fail(e);
  }
}
