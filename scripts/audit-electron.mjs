#!/usr/bin/env node
// Runs @doyensec/electronegativity over the Electron code and fails on any finding that is not in the
// reviewed allow-list (electron-security-allowlist.json), or on a listed finding without a reason.
// The tool's own command line exits 0 even with findings, so its results are read here instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ELECTRON_VERSION = '41.7.1';
const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;

const allow = JSON.parse(readFileSync(join(root, 'electron-security-allowlist.json'), 'utf8')).accepted;
const unexplained = allow.filter((entry) => typeof entry.reason !== 'string' || entry.reason.trim().length < 20);
if (unexplained.length > 0) {
  for (const entry of unexplained) console.error(`allow-list entry ${entry.id} in ${entry.file} has no reason`);
  process.exit(1);
}

// The tool logs progress and a failed network look-up; only its findings matter here.
const log = console.log;
console.log = () => {};
let result;
try {
  result = await run({ input: join(root, 'electron'), isRelative: true, electronVersionOverride: ELECTRON_VERSION });
} finally {
  console.log = log;
}

const accepted = (issue) => allow.some((entry) => entry.id === issue.id && entry.file === issue.file);
const findings = result.issues.filter((issue) => !accepted(issue));
const parseErrors = result.errors ?? [];
for (const issue of findings) {
  console.error(`${issue.file}:${issue.location?.line ?? '?'} ${issue.id} (${issue.severity.name}, ${issue.confidence.name}): ${issue.description}`);
}
for (const error of parseErrors) console.error(`could not check ${error.file}: ${error.message ?? error.id ?? 'parse error'}`);
const unused = allow.filter((entry) => !result.issues.some((issue) => issue.id === entry.id && issue.file === entry.file));
for (const entry of unused) console.log(`note: allow-list entry ${entry.id} in ${entry.file} no longer matches a finding`);
if (findings.length > 0 || parseErrors.length > 0) {
  console.error(`Electron security audit: ${findings.length} finding(s) not in electron-security-allowlist.json.`);
  process.exit(1);
}
console.log(`Electron security audit: ${result.issues.length} finding(s), all reviewed in electron-security-allowlist.json.`);
