import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where scripts/build-electron-native.mjs puts better-sqlite3 built for Electron's ABI. */
export const DEV_NATIVE_BINDING = ['build', 'electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];
/** Where electron.builder.yml ships it (extraResources). */
export const PACKAGED_NATIVE_BINDING = ['native', 'better_sqlite3.node'];

/**
 * The Electron-ABI better-sqlite3 binary. node_modules keeps the Node-ABI build for tests
 * and the CLI; loading that one here would fail with a NODE_MODULE_VERSION mismatch.
 */
export function nativeBindingPath(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): { path: string; exists: boolean } {
  const path = options.isPackaged
    ? join(options.resourcesPath, ...PACKAGED_NATIVE_BINDING)
    : join(options.appPath, ...DEV_NATIVE_BINDING);
  return { path, exists: existsSync(path) };
}
