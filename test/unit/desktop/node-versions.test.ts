// Which Node each command needs, as package.json, the README and the locked dependencies say it:
// everything runs on Node 20.19+ except packaging (`npm run dist`), whose electron-builder pulls in
// packages that want 22.12+. The test reads the lockfile, so a dependency update that raises the
// bar for anything else fails here instead of as an EBADENGINE warning nobody reads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';

interface LockedPackage {
  readonly engines?: { readonly node?: string };
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const locked = (JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> }).packages;
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The lowest [major, minor] a Node range admits: the smallest first version of its `||` alternatives. */
function lowerBound(range: string): [number, number] {
  const bounds = range.split('||').map((alternative): [number, number] => {
    const match = /(\d+)(?:\.(\d+))?/.exec(alternative);
    return match === null ? [0, 0] : [Number(match[1]), Number(match[2] ?? 0)];
  });
  return bounds.reduce((lowest, bound) => (compare(bound, lowest) < 0 ? bound : lowest));
}

function compare(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Where npm installed dependency `name` of the package at `from`: its own node_modules first, then each parent's. */
function resolve(from: string, name: string): string | undefined {
  for (let base = from; ; ) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (candidate in locked) {
      return candidate;
    }
    if (base === '') {
      return undefined;
    }
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** Every installed package that `root` depends on, directly or not, itself included. */
function tree(root: string): Set<string> {
  const seen = new Set<string>([root]);
  const queue = [root];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    const entry = locked[path] ?? {};
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const found = resolve(path, name);
      if (found !== undefined && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return seen;
}

const projectMinimum = lowerBound(manifest.engines.node);
const packaging = tree('node_modules/electron-builder');
/** The version `npm run dist` checks for, from its `require-node.mjs` step. */
const distMinimum = /require-node\.mjs (\d+)\.(\d+)/.exec(manifest.scripts['dist'] ?? '');

void describe('the Node versions each command needs', () => {
  void test('package.json admits Node 20.19 and up, and only packaging wants more', () => {
    assert.deepEqual(projectMinimum, [20, 19]);
    const wantMore = Object.entries(locked)
      .filter(([path, entry]) => path !== '' && entry.engines?.node !== undefined && compare(lowerBound(entry.engines.node), projectMinimum) > 0)
      .map(([path]) => path);
    assert.ok(wantMore.length > 0, 'electron-builder\'s tree wants a newer Node today; if no longer, simplify this and the README');
    assert.deepEqual(wantMore.filter((path) => !packaging.has(path)), [], 'packages outside electron-builder that need a newer Node than package.json says');
  });

  void test('npm run dist checks for the Node its packaging tools need, before building', () => {
    assert.notEqual(distMinimum, null, manifest.scripts['dist']);
    const guard: [number, number] = [Number(distMinimum?.[1]), Number(distMinimum?.[2])];
    const needed = [...packaging]
      .map((path) => locked[path]?.engines?.node)
      .filter((range): range is string => range !== undefined)
      .map(lowerBound)
      .reduce((highest, bound) => (compare(bound, highest) > 0 ? bound : highest), projectMinimum);
    assert.deepEqual(guard, needed);
    assert.match(manifest.scripts['dist'] ?? '', /^node scripts\/require-node\.mjs .* && npm run build && electron-builder$/);
  });

  void test('the guard stops with one line naming the command, the version and why; a met minimum passes', () => {
    const script = join(projectRoot, 'scripts', 'require-node.mjs');
    const [major] = process.versions.node.split('.').map(Number);
    const tooNew = spawnSync(process.execPath, [script, `${(major ?? 0) + 1}.0`, 'npm run dist', 'the packaging tools'], { encoding: 'utf8' });
    assert.equal(tooNew.status, 1);
    assert.equal(tooNew.stderr, `npm run dist needs Node ${(major ?? 0) + 1}.0 or newer (the packaging tools); this is Node ${process.versions.node}. Everything else runs on Node 20.19 or newer.\n`);
    const met = spawnSync(process.execPath, [script, '20.19', 'npm run dist', 'the packaging tools'], { encoding: 'utf8' });
    assert.deepEqual([met.status, met.stderr], [0, '']);
  });

  void test('the README says the same, per command', () => {
    assert.match(readme, /Node\.js 20\.19 or newer/);
    assert.match(readme, /`npm run dist`[^.]*Node(\.js)? 22\.12 or newer/);
    assert.match(readme, /EBADENGINE/);
  });
});
