// Cold start of browser mode: from `parley serve` on a fresh archive to the library rendered in Chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt, PROJECT_ROOT } from '../electron/cli/renderer-build';
import { report } from './measure';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;

ensureRendererBuilt((line) => console.log(line));
const browser = await chromium.launch({
  ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
  args: ['--disable-gpu', '--disable-quic', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
});

const toUrl: number[] = [];
const toLibrary: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bench-start-'));
    const started = performance.now();
    const server = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'parley.mjs'), 'serve', '--archive', join(dir, 'a.sqlite')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
        if (match) resolve(match[0]);
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    toUrl.push(performance.now() - started);
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('searchbox').first().waitFor();
    await page.getByText(/no articles|drop/i).first().waitFor();
    toLibrary.push(performance.now() - started);
    await page.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
report('browser-mode cold start', {
  runs: RUNS,
  server_ready_ms_median: Math.round(median(toUrl)),
  library_rendered_ms_median: Math.round(median(toLibrary)),
});
