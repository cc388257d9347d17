import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FILE_NAME, resolveArchivePath, userDataDir } from '../../../electron/core/archive-location';

describe('where the archive lives', () => {
  it('prefers --archive, then PARLEY_ARCHIVE, then the user data folder', () => {
    expect(resolveArchivePath('/tmp/explicit.sqlite', { PARLEY_ARCHIVE: '/tmp/env.sqlite' })).toBe('/tmp/explicit.sqlite');
    expect(resolveArchivePath(null, { PARLEY_ARCHIVE: '/tmp/env.sqlite' })).toBe('/tmp/env.sqlite');
    expect(resolveArchivePath(null, { XDG_CONFIG_HOME: '/home/ana/.config' })).toBe(
      process.platform === 'linux' ? join('/home/ana/.config', 'Parley', ARCHIVE_FILE_NAME) : join(userDataDir({ XDG_CONFIG_HOME: '/home/ana/.config' }), ARCHIVE_FILE_NAME),
    );
  });

  it('follows the desktop app’s user data convention on each platform', () => {
    expect(userDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\ana\\AppData\\Roaming', 'Parley'));
    expect(userDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support[/\\]Parley$/);
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Parley'));
  });
});
