/**
 * Every repository path that README.md and docs/ARCHITECTURE.md cite exists,
 * so the map never points at a file that moved or went away. A cited path is
 * a word in a backtick span or a Markdown link target that starts with one of
 * the repository's top-level entries (`main/…`, `test/…`, `package.json`), or
 * a bare source file name (`app.ts`), which must exist somewhere in the
 * sources. `<placeholder>` and `*` segments match any name. Build outputs
 * (ignored by .gitignore, such as `dist/` and `bench/results.json`) are not
 * repository paths.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../harness/paths';

/** Where a document cites a path, and the path relative to the repository root. */
interface Citation {
  readonly line: number;
  readonly path: string;
}

const sourceExtensions = /\.(?:ts|mts|mjs|js|css|html)$/;

/** The top-level entries of the repository that are not build output or dependencies. */
function repositoryEntries(root: string, ignored: readonly string[]): ReadonlySet<string> {
  return new Set(readdirSync(root).filter((name) => name !== '.git' && !ignored.includes(name)));
}

/** The plain entries of .gitignore (names and paths, without patterns), trailing slashes removed. */
function ignoredPaths(root: string): string[] {
  return readFileSync(join(root, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line !== '' && !line.startsWith('#') && !line.includes('*'));
}

/** Every source file name under the repository's own folders. */
function sourceFileNames(root: string, entries: ReadonlySet<string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const path = join(root, entry);
    if (entry === 'node_modules' || !statSync(path).isDirectory()) {
      continue;
    }
    for (const file of readdirSync(path, { withFileTypes: true, recursive: true })) {
      if (file.isFile()) {
        names.add(file.name);
      }
    }
  }
  return names;
}

/**
 * The repository paths `markdown` (a document in `documentFolder`, relative to
 * the root) cites, given the repository's top-level entries.
 */
function citedPaths(markdown: string, documentFolder: string, entries: ReadonlySet<string>): Citation[] {
  const citations: Citation[] = [];
  const lines = markdown.split('\n');
  let fenced = false;
  lines.forEach((text, index) => {
    if (text.trimStart().startsWith('```')) {
      fenced = !fenced;
      return;
    }
    if (fenced) {
      return;
    }
    const line = index + 1;
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = (match[1] ?? '').replace(/#.*$/, '');
      if (target !== '' && !/^[a-z]+:/i.test(target)) {
        citations.push({ line, path: posix.normalize(posix.join(documentFolder, target)) });
      }
    }
    for (const match of text.matchAll(/`([^`]+)`/g)) {
      for (const word of (match[1] ?? '').split(/\s+/)) {
        const path = word.replace(/[,;:)]+$/, '').replace(/^\.\//, '');
        const first = path.split('/')[0] ?? '';
        if (entries.has(first) || (!path.includes('/') && sourceExtensions.test(path))) {
          citations.push({ line, path });
        }
      }
    }
  });
  return citations;
}

/** Whether `path` exists under `root`, `<placeholder>` and `*` segments matching any name. */
function pathExists(root: string, path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  const walk = (folder: string, rest: readonly string[]): boolean => {
    const [segment, ...more] = rest;
    if (segment === undefined) {
      return true;
    }
    if (!segment.includes('*') && !/<[^>]+>/.test(segment)) {
      return existsSync(join(folder, segment)) && walk(join(folder, segment), more);
    }
    const pattern = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*|<[^>]+>/g, '[^/]*')}$`);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return false;
    }
    return names.some((name) => pattern.test(name) && walk(join(folder, name), more));
  };
  return walk(root, segments);
}

/** The citations of `document` (relative to `root`) that name nothing in the repository. */
function missingCitations(root: string, document: string): string[] {
  const ignored = ignoredPaths(root);
  const entries = repositoryEntries(root, ignored);
  const sources = sourceFileNames(root, entries);
  const markdown = readFileSync(join(root, document), 'utf8');
  return citedPaths(markdown, dirname(document), entries)
    .filter(({ path }) => !ignored.some((entry) => path === entry || path.startsWith(`${entry}/`)))
    .filter(({ path }) => (path.includes('/') || entries.has(path) ? !pathExists(root, path) : !sources.has(basename(path))))
    .map(({ line, path }) => `${document}:${line}: ${path}`);
}

describe('paths the documents cite', () => {
  for (const document of ['README.md', 'docs/ARCHITECTURE.md']) {
    test(`${document} cites only paths that exist`, () => {
      assert.deepEqual(missingCitations(projectRoot, document), []);
    });
  }

  test('a cited path that does not exist is reported with its line', () => {
    const entries = new Set(['main', 'package.json']);
    const markdown = [
      'See `main/services/gone.ts` and [the map](../main/README.md).',
      '```sh',
      'cat main/not-a-citation.ts',
      '```',
      'Run `node main/cli/inkpost.ts --flag`, read `package.json`, `~/Documents/x`, `app.ts`.',
    ].join('\n');
    assert.deepEqual(citedPaths(markdown, 'docs', entries), [
      { line: 1, path: 'main/README.md' },
      { line: 1, path: 'main/services/gone.ts' },
      { line: 5, path: 'main/cli/inkpost.ts' },
      { line: 5, path: 'package.json' },
      { line: 5, path: 'app.ts' },
    ]);
    assert.equal(pathExists(projectRoot, 'main/services/gone.ts'), false);
    assert.equal(pathExists(projectRoot, 'test/unit/<domain>/'), true);
    assert.equal(pathExists(projectRoot, 'shared/*.ts'), true);
    assert.equal(pathExists(projectRoot, 'shared/*.nothing'), false);
  });
});

test('docs/ARCHITECTURE.md stays a short map: at most 12 KB', () => {
  // Issue #15 asks for a map of at most 12 KB; feature behaviour belongs in doc comments and tests.
  const size = statSync(join(projectRoot, 'docs', 'ARCHITECTURE.md')).size;
  assert.ok(size <= 12_000, `docs/ARCHITECTURE.md is ${size} bytes; keep it at most 12,000 (move detail into doc comments)`);
});
