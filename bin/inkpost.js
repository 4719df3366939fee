#!/usr/bin/env node
// Launcher for the `inkpost` CLI: runs the bundle `npm run build` makes.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli', 'inkpost.js');
if (!existsSync(cli)) {
  process.stderr.write('inkpost: the CLI is not built yet. Run `npm run build` in the Inkpost folder first.\n');
  process.exit(2);
}
require(cli);
