// `npm run security`: Doyensec's Electronegativity over the app's own code
// (main, preload and the renderer with its index.html), offline. Fails on any
// high or medium finding, and on any file it could not parse (an unparsed file
// is an unscanned file).
//
//   node scripts/security.mjs              scans this project
//   node scripts/security.mjs --root DIR   scans DIR's main/, preload/ and renderer/ (the tests use it)
//
// The sources are scanned, not the bundles: the TypeScript parses, findings point
// at lines a person can read, and the bundles add only libraries. The parts are
// copied to one temporary folder so that the global checks (navigation limits,
// permission handler, CSP) see main, preload and renderer together, and nothing
// else (tests, node_modules) is scanned.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? projectRoot);
const parts = ['main', 'preload', 'renderer'];

// Electronegativity fetches translations and Electron's release list over the
// network. Inkpost's checks run offline: answer both requests with a refusal
// before the library loads, so no request leaves the machine.
const require = createRequire(join(projectRoot, 'package.json'));
const runnerPath = require.resolve('@doyensec/electronegativity');
const gotPath = createRequire(runnerPath).resolve('got');
const offline = () => Promise.reject(new Error('Inkpost runs Electronegativity offline'));
offline.head = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
const runnerModule = require(runnerPath);
const run = runnerModule.default ?? runnerModule;

const staging = await mkdtemp(join(tmpdir(), 'inkpost-security-'));
let result;
const quiet = console.log;
try {
  for (const part of parts) {
    await cp(join(root, part), join(staging, part), { recursive: true, filter: (source) => !source.includes('node_modules') });
  }
  const { version } = require(join(projectRoot, 'node_modules', 'electron', 'package.json'));
  // The library prints its own progress notes (the refused downloads); only the findings matter here.
  console.log = () => undefined;
  result = await run({
    input: staging,
    isRelative: true,
    electronVersionOverride: version,
    // Needs the network (Electron's release list); upgrading Electron is npm's and the lockfile's business.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  });
} finally {
  console.log = quiet;
  await rm(staging, { recursive: true, force: true });
}

const blocking = (issue) => issue.severity.value >= 2; // MEDIUM, HIGH (LOW is 1, INFORMATIONAL 0)
const describe = (issue) =>
  `${issue.severity.name} ${issue.confidence.name} ${issue.id} ${issue.file}${issue.location.line > 0 ? `:${issue.location.line}:${issue.location.column}` : ''}\n    ${issue.description}`;
const failures = result.issues.filter(blocking);
const notes = result.issues.filter((issue) => !blocking(issue));
const unparsed = result.errors.filter((error) => !error.tolerable);

for (const issue of failures) {
  console.error(`error: ${describe(issue)}`);
}
for (const error of unparsed) {
  console.error(`error: could not parse ${error.file}: ${error.message}`);
}
for (const issue of notes) {
  console.log(`note: ${describe(issue)}`);
}
console.log(
  `electronegativity over ${parts.join(', ')} of ${root}: ${result.atomicChecks + result.globalChecks} checks, ` +
    `${failures.length} high or medium finding(s), ${notes.length} low or informational, ${unparsed.length} unparsed file(s)`,
);
process.exit(failures.length > 0 || unparsed.length > 0 ? 1 : 0);
