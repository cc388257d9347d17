import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_BINDING, PACKAGED_NATIVE_BINDING } from '../../../electron/main/native-binding';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

interface BuilderConfig {
  productName?: string;
  npmRebuild?: boolean;
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
}

// electron-builder's own reader and schema check, so this fails exactly when `dist` would.
const { getConfig } = require('app-builder-lib/out/util/config/load') as {
  getConfig(request: object, path: string): Promise<{ result: BuilderConfig }>;
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: BuilderConfig, logger: object): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => object };

async function loadInstallerConfig(): Promise<BuilderConfig> {
  const request = { projectDir: root, packageKey: 'build', configFilename: 'electron-builder' };
  return (await getConfig(request, 'electron.builder.yml')).result;
}

describe('the installer configuration', () => {
  it('is one electron-builder accepts', async () => {
    const config = await loadInstallerConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.productName).toBe('Parley');
  });

  it('ships the Electron-ABI database module where the app looks for it, and never rebuilds node_modules', async () => {
    const config = await loadInstallerConfig();
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({
      from: DEV_NATIVE_BINDING.join('/'),
      to: PACKAGED_NATIVE_BINDING.join('/'),
    });
  });

  it('builds AppImage and deb, dmg and nsis, with icons that exist', async () => {
    const config = await loadInstallerConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon && existsSync(join(root, icon)), `${icon} exists`).toBe(true);
    }
    expect(existsSync(join(root, 'resources', 'icons', '512x512.png'))).toBe(true);
  });

  it('turns off the switches that would let the shipped app run as plain Node or be inspected', async () => {
    const fuses = (await loadInstallerConfig()).electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
