import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultArchiveDir, resolveArchiveLocation } from './archive-location.js';

describe('resolveArchiveLocation', () => {
  const home = '/home/ada';

  it('prefers --archive, then VRAAGBAAK_ARCHIVE, then the per-user default', () => {
    const env = { VRAAGBAAK_ARCHIVE: '/srv/env-archive' };
    expect(resolveArchiveLocation('rel/dir', env, '/work', 'linux', home)).toEqual({ dir: '/work/rel/dir', isDefault: false });
    expect(resolveArchiveLocation(undefined, env, '/work', 'linux', home)).toEqual({ dir: '/srv/env-archive', isDefault: false });
    expect(resolveArchiveLocation(undefined, {}, '/work', 'linux', home)).toEqual({
      dir: '/home/ada/.config/Vraagbaak/archive',
      isDefault: true,
    });
  });

  it('follows XDG_CONFIG_HOME on Linux when it is absolute, as Electron does for userData', () => {
    expect(defaultArchiveDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe('/cfg/Vraagbaak/archive');
    expect(defaultArchiveDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', home)).toBe('/home/ada/.config/Vraagbaak/archive');
  });

  it('uses the Electron userData locations on macOS and Windows', () => {
    expect(defaultArchiveDir({}, 'darwin', home)).toBe(path.join(home, 'Library', 'Application Support', 'Vraagbaak', 'archive'));
    expect(defaultArchiveDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Vraagbaak\\archive',
    );
  });
});
