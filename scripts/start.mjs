// `npm start`: launches the built app in Electron. Arguments after `--` go to the
// app, e.g. `npm start -- --posts-dir ~/blog/_drafts`. Where the Electron binary
// is missing, says exactly what to run instead of failing obscurely.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error(`
Inkpost is built, but Electron's binary is not installed, so the app cannot start.
This happens when npm ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or when npm
skipped electron's install script. To download the binary (needs github.com):

    node node_modules/electron/install.js

then run \`npm start\` again. Without Electron you can still run every test that
does not need it (\`npm test\`) and the CLI (\`npx inkpost list <folder>\`).
`);
  process.exit(1);
}

const child = spawn(electronPath, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal === null ? (code ?? 0) : 1));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
