import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveArchiveDir, resolveRendererEntry, resolveSampleDir } from './launch-options.js';

describe('resolveArchiveDir', () => {
  const userData = path.resolve('/home/u/.config/Vraagbaak');
  const cwd = path.resolve('/work');

  it('prefers VRAAGBAAK_ARCHIVE, then --archive, then userData/archive', () => {
    const argv = ['/usr/bin/vraagbaak', '--archive', 'mine'];
    expect(resolveArchiveDir(argv, { VRAAGBAAK_ARCHIVE: '/data/a' }, userData, cwd)).toBe(path.resolve('/data/a'));
    expect(resolveArchiveDir(argv, {}, userData, cwd)).toBe(path.join(cwd, 'mine'));
    expect(resolveArchiveDir(['electron', '.', '--archive=/x/y'], {}, userData, cwd)).toBe(path.resolve('/x/y'));
    expect(resolveArchiveDir(['electron', '.'], {}, userData, cwd)).toBe(path.join(userData, 'archive'));
  });

  it('ignores a dangling or flag-like --archive value', () => {
    expect(resolveArchiveDir(['app', '--archive'], {}, userData, cwd)).toBe(path.join(userData, 'archive'));
    expect(resolveArchiveDir(['app', '--archive', '--inspect'], {}, userData, cwd)).toBe(path.join(userData, 'archive'));
    expect(resolveArchiveDir(['app', '--archive='], { VRAAGBAAK_ARCHIVE: '' }, userData, cwd)).toBe(
      path.join(userData, 'archive'),
    );
  });
});

describe('resolveRendererEntry / resolveSampleDir', () => {
  it('uses the dev server only when not packaged', () => {
    const env = { VITE_DEV_SERVER_URL: 'http://localhost:5173/' };
    expect(resolveRendererEntry('/repo', env, false)).toEqual({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(resolveRendererEntry('/app.asar', env, true)).toEqual({
      kind: 'app',
      rendererDir: path.join('/app.asar', 'dist-renderer'),
    });
  });

  it('finds the samples beside the asar when packaged, in the repo otherwise', () => {
    expect(resolveSampleDir('/repo', '/opt/V/resources', false)).toBe(path.join('/repo', 'data', 'samples'));
    expect(resolveSampleDir('/opt/V/resources/app.asar', '/opt/V/resources', true)).toBe(
      path.join('/opt/V/resources', 'data', 'samples'),
    );
  });
});
