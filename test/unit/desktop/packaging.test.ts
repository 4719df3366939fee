/**
 * Packaging, as far as it can be tested without downloading Electron or the
 * packaging tools: electron-builder validates electron-builder.yml and makes
 * an unpacked `--dir` build around a stand-in Electron folder, and the
 * resulting app.asar must hold exactly the built app and the native file
 * watcher, which must load from there.
 */
import { extractAll, listPackage } from '@electron/asar';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { distDir, projectRoot } from '../../harness/paths';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

void test('a --dir build packs exactly the built main (with the index worker), preload and renderer (no maps, CLI or harness), and the native watcher', async () => {
  const work = await makeTempFolder('packaging');
  try {
    const standIn = join(work, 'electron-dist');
    await mkdir(standIn);
    await copyFile(process.execPath, join(standIn, 'electron'));
    await chmod(join(standIn, 'electron'), 0o755);
    await writeFile(join(standIn, 'LICENSE'), 'stand-in\n');
    const output = join(work, 'release');
    const builder = join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
    const run = spawnSync(process.execPath, [builder, '--linux', '--dir', `-c.electronDist=${standIn}`, '-c.electronVersion=41.7.1', `-c.directories.output=${output}`], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' },
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    const packed = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false })
      .map((entry) => entry.replace(/^[\\/]/, '').split(sep).join('/'));
    const packedFiles = packed.filter((entry) => !packed.some((other) => other.startsWith(`${entry}/`)));
    const built = (await Promise.all(['main', 'preload', 'renderer'].map((part) => filesUnder(join(distDir, part)))))
      .flat()
      .filter((path) => !path.endsWith('.map'))
      .map((path) => relative(projectRoot, path).split(sep).join('/'));
    const app = packedFiles.filter((entry) => !entry.startsWith('node_modules/'));
    assert.deepEqual([...app].sort(), ['package.json', ...built].sort());
    assert.ok(packedFiles.includes('dist/main/post-index-worker.js'), "the index's worker script sits beside main.js in app.asar");
    const modules = packedFiles.filter((entry) => entry.startsWith('node_modules/'));
    const packages = new Set(modules.map((entry) => entry.split('/').slice(1, entry.startsWith('node_modules/@') ? 3 : 2).join('/')));
    assert.deepEqual([...packages].sort(), ['@parcel/watcher', nativeWatcherPackage(), 'detect-libc', 'is-extglob', 'is-glob', 'picomatch'].sort(),
      'node_modules holds the watcher, its binary for this platform and their run-time dependencies only');
    assert.ok(!modules.some((entry) => /\.(?:hh?|gypi|flow)$|\/src\//.test(entry)), 'no sources or headers');
    await assertPackagedWatcherWorks(join(output, 'linux-unpacked', 'resources'), work);
    assert.equal((await readdir(join(output, 'linux-unpacked'))).includes('inkpost-app'), true, 'the executable is named inkpost-app');
  } finally {
    await removeFolder(work);
  }
});

/** The npm package that holds @parcel/watcher's binary for this machine (as its index.js names it). */
function nativeWatcherPackage(): string {
  const libc = process.platform === 'linux' ? (existsSync('/lib/ld-musl-x86_64.so.1') ? '-musl' : '-glibc') : '';
  return `@parcel/watcher-${process.platform}-${process.arch}${libc}`;
}

/**
 * The packaged watcher loads and reports a change: app.asar is extracted (its
 * unpacked binary with it) and a plain Node process requires
 * `@parcel/watcher` from there. Electron loads the same N-API binary.
 */
async function assertPackagedWatcherWorks(resources: string, work: string): Promise<void> {
  const binary = join(resources, 'app.asar.unpacked', 'node_modules', nativeWatcherPackage(), 'watcher.node');
  assert.ok(existsSync(binary), `${binary}: the binary sits outside the asar, where it can be loaded`);
  const extracted = join(work, 'extracted');
  extractAll(join(resources, 'app.asar'), extracted);
  const watched = join(work, 'watched');
  await mkdir(watched);
  const script = `
    const watcher = require(${JSON.stringify(join(extracted, 'node_modules', '@parcel', 'watcher'))});
    const fs = require('node:fs');
    watcher.subscribe(process.argv[1], (error, events) => {
      console.log(events.map((event) => event.type + ' ' + require('node:path').basename(event.path)).join());
      process.exit(0);
    }).then(() => fs.writeFileSync(require('node:path').join(process.argv[1], 'seen.md'), 'x'));
    setTimeout(() => process.exit(1), 10000);`;
  const run = spawnSync(process.execPath, ['-e', script, watched], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /create seen\.md/);
}

/** electron-builder's own schema check, as `electron-builder` runs it before a build. */
const { validateConfiguration } = createRequire(join(projectRoot, 'package.json'))('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }) => Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

/** The parts of electron-builder.yml the tests read. */
interface PlatformConfiguration {
  readonly target: unknown;
  readonly icon: string;
  readonly executableName?: string;
  readonly maintainer?: string;
}
interface BuilderConfiguration {
  readonly appId: string;
  readonly productName: string;
  readonly asar: boolean;
  readonly files: readonly string[];
  readonly asarUnpack: readonly string[];
  readonly npmRebuild: boolean;
  readonly linux: PlatformConfiguration;
  readonly mac: PlatformConfiguration;
  readonly win: PlatformConfiguration;
}

async function builderConfiguration(): Promise<BuilderConfiguration> {
  return parse(await readFile(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfiguration;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

void test('electron-builder.yml passes electron-builder\'s schema, and a wrong key is caught by the same check', async () => {
  const config = await builderConfiguration();
  await validateConfiguration(config, quietLogger);
  await assert.rejects(validateConfiguration({ ...config, linux: { ...config.linux, tagret: 'deb' } }, quietLogger), /configuration\.linux/);
});

void test('the configuration names the app, packs only the built app in an asar, and targets AppImage and deb, dmg, nsis', async () => {
  const config = await builderConfiguration();
  assert.equal(config.appId, 'im.inkpost.app');
  assert.equal(config.productName, 'Inkpost');
  assert.equal(config.asar, true);
  assert.deepEqual(config.files.filter((pattern) => !pattern.startsWith('!')), ['package.json', 'dist/main/**', 'dist/preload/**', 'dist/renderer/**']);
  assert.ok(config.files.includes('!**/*.map'));
  assert.deepEqual(config.asarUnpack, ['**/*.node'], 'native binaries load only from outside the asar');
  assert.equal(config.npmRebuild, false, 'the watcher ships prebuilt N-API binaries; rebuilding them needs the network');
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.equal(config.linux.executableName, 'inkpost-app', 'the same command as the npm bin');
  assert.ok(typeof config.linux.maintainer === 'string', 'deb needs a maintainer');
  assert.equal(config.mac.target, 'dmg');
  assert.equal(config.win.target, 'nsis');
  const packageJson = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { main: string; bin: Record<string, string>; scripts: Record<string, string> };
  assert.equal(packageJson.main, 'dist/main/main.js', 'the packed entry point is in the packed files');
  assert.equal(packageJson.bin['inkpost-app'], 'bin/inkpost-app.js');
  assert.match(packageJson.scripts['dist'] ?? '', /npm run build && electron-builder/);
});

void test('the icons exist as PNGs of the sizes their names say (Linux), and a 1024 px icon for macOS and Windows', async () => {
  const config = await builderConfiguration();
  assert.equal(config.linux.icon, 'build/icons');
  assert.equal(config.mac.icon, 'build/icon.png');
  assert.equal(config.win.icon, 'build/icon.png');
  const names = (await readdir(join(projectRoot, 'build', 'icons'))).sort();
  assert.ok(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png'].every((name) => names.includes(name)), names.join(', '));
  for (const name of names) {
    const [width, height] = name.replace('.png', '').split('x').map(Number);
    assert.deepEqual(pngSize(await readFile(join(projectRoot, 'build', 'icons', name))), { width, height }, name);
  }
  assert.deepEqual(pngSize(await readFile(join(projectRoot, 'build', 'icon.png'))), { width: 1024, height: 1024 });
});
