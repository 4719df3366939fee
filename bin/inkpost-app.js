#!/usr/bin/env node
// `inkpost-app [folder]`: opens Inkpost, the desktop app, on a posts folder
// (or the last one opened). Also takes --posts-dir, --blog-dir and
// --user-data-dir (see main/services/desktop/launch-arguments.ts). Runs Electron on
// the app `npm run build` made; where Electron's binary is missing, says what
// to run instead of failing obscurely. `npm start` runs this too.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..');
const folderOptions = new Set(['--posts-dir', '--blog-dir']);
const valueOptions = new Set([...folderOptions, '--user-data-dir']);

/** Every folder the command line names: bare arguments and the values of --posts-dir and --blog-dir. */
function namedFolders(args) {
  const folders = [];
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index];
    const [name, value] = argument.split(/=(.*)/s);
    if (valueOptions.has(name)) {
      const given = value ?? args[(index += 1)];
      if (folderOptions.has(name) && given !== undefined && given !== '') {
        folders.push(given);
      }
    } else if (!argument.startsWith('-') && argument !== '') {
      folders.push(argument);
    }
  }
  return folders;
}

function fail(code, message) {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
for (const folder of namedFolders(args)) {
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    fail(2, `inkpost-app: ${path} is not a folder. Give the folder your posts are in (a blog's _drafts, or any folder).`);
  }
}

if (!existsSync(join(root, 'dist', 'main', 'main.js'))) {
  fail(2, `inkpost-app: the app is not built yet. Run \`npm run build\` in ${root} first.`);
}

let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  fail(
    1,
    `
Inkpost is built, but Electron's binary is not installed, so the app cannot start.
This happens when npm ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or when npm
skipped electron's install script. To download the binary (needs github.com),
run in ${root}:

    node node_modules/electron/install.js

then start Inkpost again. Without Electron you can still run every test that
does not need it (\`npm test\`) and the CLI (\`npx inkpost list <folder>\`).
`,
  );
}

// Electron would run as plain Node with this set, and never open a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronPath, [root, ...args], { stdio: 'inherit', env });
child.on('error', (error) => fail(1, `inkpost-app: could not start Electron (${electronPath}): ${error.message}`));
child.on('exit', (code, signal) => process.exit(signal === null ? (code ?? 0) : 1));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
