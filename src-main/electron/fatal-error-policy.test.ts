import { describe, expect, it } from 'vitest';
import { createFatalErrorHandlers, describeFatalError, type FatalErrorEffects } from './fatal-error-policy.js';

const NOW = new Date('2026-12-06T04:00:00.000Z');

/** Records every effect in order; `closeArchive` resolves or rejects as asked. */
function recorder(close: () => Promise<void> = () => Promise.resolve()): { effects: FatalErrorEffects; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    effects: {
      log: (entry) => calls.push(`log ${entry.split('\n')[0]}`),
      closeArchive: async () => {
        calls.push('close');
        await close();
      },
      showFatal: (closed) => calls.push(`fatal closed=${closed}`),
      showWarning: () => calls.push('warning'),
      exit: (code) => calls.push(`exit ${code}`),
    },
  };
}

describe('describeFatalError', () => {
  it('gives time, label and the stack or value', () => {
    const error = new Error('kapot');
    expect(describeFatalError('uncaughtException', error, NOW)).toBe(`2026-12-06T04:00:00.000Z [uncaughtException] ${error.stack}`);
    expect(describeFatalError('unhandledRejection', 'just a string', NOW)).toBe('2026-12-06T04:00:00.000Z [unhandledRejection] just a string');
    expect(describeFatalError('unhandledRejection', undefined, NOW)).toBe('2026-12-06T04:00:00.000Z [unhandledRejection] undefined');
  });

  it('never throws on a value that cannot be printed', () => {
    const hostile = { toString: () => { throw new Error('no'); } };
    expect(describeFatalError('unhandledRejection', hostile, NOW)).toContain('cannot be printed');
    expect(describeFatalError('unhandledRejection', Object.create(null), NOW)).toContain('cannot be printed');
  });
});

describe('createFatalErrorHandlers', () => {
  it('on an uncaught exception: logs, closes the archive, then tells the user and exits 1', async () => {
    const { effects, calls } = recorder();
    await createFatalErrorHandlers(effects, () => NOW).onUncaughtException(new Error('boom'));
    expect(calls).toEqual(['log 2026-12-06T04:00:00.000Z [uncaughtException] Error: boom', 'close', 'fatal closed=true', 'exit 1']);
  });

  it('still tells the user and exits when closing fails, and says so', async () => {
    const { effects, calls } = recorder(() => Promise.reject(new Error('disk gone')));
    await createFatalErrorHandlers(effects, () => NOW).onUncaughtException(new Error('boom'));
    expect(calls).toEqual([
      'log 2026-12-06T04:00:00.000Z [uncaughtException] Error: boom',
      'close',
      'log 2026-12-06T04:00:00.000Z [archiveCloseFailed] Error: disk gone',
      'fatal closed=false',
      'exit 1',
    ]);
  });

  it('a second exception while stopping is only logged: one close, one dialog, one exit', async () => {
    let finishClose = (): void => {};
    const { effects, calls } = recorder(() => new Promise<void>((resolve) => (finishClose = resolve)));
    const handlers = createFatalErrorHandlers(effects, () => NOW);
    const first = handlers.onUncaughtException(new Error('first'));
    await handlers.onUncaughtException(new Error('second'));
    handlers.onUnhandledRejection(new Error('third'));
    finishClose();
    await first;
    expect(calls).toEqual([
      'log 2026-12-06T04:00:00.000Z [uncaughtException] Error: first',
      'close',
      'log 2026-12-06T04:00:00.000Z [uncaughtException] Error: second',
      'log 2026-12-06T04:00:00.000Z [unhandledRejection] Error: third',
      'fatal closed=true',
      'exit 1',
    ]);
  });

  it('on an unhandled rejection: logs every one, warns once, keeps the archive open and the app running', () => {
    const { effects, calls } = recorder();
    const handlers = createFatalErrorHandlers(effects, () => NOW);
    handlers.onUnhandledRejection(new Error('late pdf.js rejection'));
    handlers.onUnhandledRejection('again');
    expect(calls).toEqual([
      'log 2026-12-06T04:00:00.000Z [unhandledRejection] Error: late pdf.js rejection',
      'warning',
      'log 2026-12-06T04:00:00.000Z [unhandledRejection] again',
    ]);
  });
});
