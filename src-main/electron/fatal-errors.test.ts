import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Electron's app and dialog, recorded; the handlers are captured from process.on instead of installed
const electron = vi.hoisted(() => {
  let exited = (_code: number): void => {};
  return {
    logs: '',
    exits: [] as number[],
    /** resolves with the code of the first app.exit */
    exited: new Promise<number>((resolve) => (exited = resolve)),
    exit: (code: number) => exited(code),
    errorBoxes: [] as string[][],
    messageBoxes: [] as unknown[],
  };
});
vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => (name === 'logs' ? electron.logs : '/nowhere'),
    isReady: () => true,
    getLocale: () => 'nl-NL',
    exit: (code: number) => {
      electron.exits.push(code);
      electron.exit(code);
    },
  },
  dialog: {
    showErrorBox: (title: string, content: string) => electron.errorBoxes.push([title, content]),
    showMessageBox: (options: unknown) => {
      electron.messageBoxes.push(options);
      return Promise.resolve({ response: 0 });
    },
  },
}));

const { installFatalErrorHandlers } = await import('./fatal-errors.js');

describe('installFatalErrorHandlers', () => {
  let dir: string;
  const listeners = new Map<string, (value: unknown) => void>();
  let closes = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-fatal-'));
    electron.logs = path.join(dir, 'logs');
    const on = vi.spyOn(process, 'on').mockImplementation(((event: string, listener: (value: unknown) => void) => {
      listeners.set(event, listener);
      return process;
    }) as typeof process.on);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    installFatalErrorHandlers({
      closeArchive: () => {
        closes++;
        return Promise.resolve();
      },
    });
    on.mockRestore();
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('registers both handlers', () => {
    expect([...listeners.keys()].sort()).toEqual(['uncaughtException', 'unhandledRejection']);
  });

  it('logs a rejection to <logs>/main.log, warns once in Dutch, and keeps going', async () => {
    listeners.get('unhandledRejection')?.(new Error('late rejection'));
    listeners.get('unhandledRejection')?.(new Error('another one'));
    const log = await readFile(path.join(electron.logs, 'main.log'), 'utf8');
    expect(log).toMatch(/\[unhandledRejection\] Error: late rejection/);
    expect(log).toMatch(/\[unhandledRejection\] Error: another one/);
    expect(electron.messageBoxes).toEqual([expect.objectContaining({ type: 'warning', message: 'Interne fout in Vraagbaak' })]);
    expect(closes).toBe(0);
    expect(electron.exits).toEqual([]);
  });

  it('on an exception closes the archive, shows the error box naming the log, and exits 1', async () => {
    listeners.get('uncaughtException')?.(new Error('boom'));
    expect(await electron.exited).toBe(1);
    expect(electron.exits).toEqual([1]);
    expect(closes).toBe(1);
    expect(electron.errorBoxes).toEqual([['Interne fout in Vraagbaak', expect.stringContaining(path.join(electron.logs, 'main.log'))]]);
    expect(electron.errorBoxes[0]?.[1]).toContain('netjes gesloten');
    expect(await readFile(path.join(electron.logs, 'main.log'), 'utf8')).toMatch(/\[uncaughtException\] Error: boom/);
  });
});
