// Runs the test files with Node's own test runner (TypeScript through tsx).
//   node scripts/test.mjs          every test: unit, CLI and end-to-end
//   node scripts/test.mjs unit     only test/unit
//   node scripts/test.mjs e2e      only test/e2e
// Exits with the runner's code, so a failing test fails `npm test` and CI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const suites = { unit: 'test/unit', e2e: 'test/e2e' };
const chosen = process.argv[2];
if (chosen !== undefined && !(chosen in suites)) {
  console.error(`unknown suite "${chosen}": use one of ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}

function testFiles(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const files = (chosen === undefined ? Object.values(suites) : [suites[chosen]]).flatMap(testFiles);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// The timeout also bounds each test file as a whole: test/e2e/chromium.test.ts runs every spec in one
// file, which on a busy two-core machine takes more than two minutes, so it gets ten.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=600000', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
