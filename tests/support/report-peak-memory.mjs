// Preloaded into a command under test (`node --import`): on exit, writes the process's peak resident
// memory in bytes to the file PARLEY_PEAK_MEMORY_FILE names. The peak counts every thread, workers
// included, and nothing of the test runner.
import { writeFileSync } from 'node:fs';

const target = process.env.PARLEY_PEAK_MEMORY_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
