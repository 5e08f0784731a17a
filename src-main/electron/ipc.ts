/**
 * The one IPC choke point of the Electron shell: every contract entry gets one `ipcMain.handle`
 * that checks the sender frame, then hands the raw input to `dispatch()` (zod parse, handler call,
 * Result envelope). Typed structurally against ipcMain so it runs under vitest without Electron.
 */
import { API_NAMES, channelFor, type ApiName } from '../core/api/names.js';
import { dispatch } from '../core/api/dispatch.js';
import { fail, type Result } from '../core/api/result.js';
import type { ApiHandlers } from '../core/api/contract.js';
import { VraagbaakError } from '../core/model/errors.js';
import type { SenderFrameLike } from './security-policy.js';

/** The part of an invoke event the binding reads (Electron's IpcMainInvokeEvent fits). */
export interface IpcInvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's `ipcMain` the binding uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers one invoke handler per API name on `ipcMain` (channel `channelFor(name)`).
 * A call from a frame that `isTrustedSender` rejects resolves to `{ ok: false }` without reaching
 * a handler; every other call resolves to `dispatch()`'s Result. The listener never rejects.
 * @returns the names bound, in contract order
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedSender: (frame: SenderFrameLike | null) => boolean,
): ApiName[] {
  for (const name of API_NAMES) {
    ipcMain.handle(channelFor(name), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail(
          new VraagbaakError('invalid-input', `Refused "${name}": the caller is not the Vraagbaak window`, {
            reason: 'untrusted-sender',
          }),
        );
      }
      return dispatch(handlers, name, input);
    });
  }
  return [...API_NAMES];
}
