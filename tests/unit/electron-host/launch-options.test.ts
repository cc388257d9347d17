import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FILE_NAME } from '../../../electron/core/archive-location';
import { flagValue, launchOptions } from '../../../electron/main/launch-options';

const userData = (override: string | null) => override ?? '/home/analyst/.config/Parley';

describe('which archive the desktop app opens', () => {
  it('is the one in Electron’s user data folder by default', () => {
    const options = launchOptions({ argv: ['/opt/Parley/parley'], env: {}, cwd: '/home/analyst', userDataDir: userData });
    expect(options).toEqual({ userDataDir: null, archivePath: join('/home/analyst/.config/Parley', ARCHIVE_FILE_NAME) });
  });

  it('is PARLEY_ARCHIVE when set', () => {
    const options = launchOptions({ argv: ['parley'], env: { PARLEY_ARCHIVE: '/data/desk.sqlite' }, cwd: '/', userDataDir: userData });
    expect(options.archivePath).toBe('/data/desk.sqlite');
  });

  it('is --archive above everything, in either spelling, relative to where Parley was started', () => {
    const env = { PARLEY_ARCHIVE: '/data/desk.sqlite' };
    expect(launchOptions({ argv: ['electron', '.', '--archive', 'mine.sqlite'], env, cwd: '/work', userDataDir: userData }).archivePath).toBe(
      resolve('/work', 'mine.sqlite'),
    );
    expect(launchOptions({ argv: ['parley', '--archive=/tmp/a b.sqlite'], env, cwd: '/work', userDataDir: userData }).archivePath).toBe(
      '/tmp/a b.sqlite',
    );
  });

  it('follows --user-data-dir, for the profile and the default archive alike', () => {
    const options = launchOptions({ argv: ['parley', '--user-data-dir=profile'], env: {}, cwd: '/tmp/t', userDataDir: userData });
    expect(options).toEqual({ userDataDir: resolve('/tmp/t', 'profile'), archivePath: join(resolve('/tmp/t', 'profile'), ARCHIVE_FILE_NAME) });
  });

  it('ignores a flag without a value', () => {
    expect(flagValue(['parley', '--archive'], 'archive')).toBeNull();
    expect(flagValue(['parley', '--archive', '--inspect'], 'archive')).toBeNull();
    expect(flagValue(['parley', '--archive='], 'archive')).toBeNull();
    expect(flagValue(['parley', '--archived', 'x'], 'archive')).toBeNull();
  });
});
