// Fault injection: a child process saves posts with writeFileAtomically over and over and is killed
// with SIGKILL at random moments. After every kill each post must be byte-for-byte one of its two
// versions, and the only other files may be Inkpost's temporary files, which removeStaleTempFiles
// then removes without touching anything else.
//
// A killed process is what a crash of the app looks like to the file system; a power cut also loses
// what the kernel had not written yet, which the fsyncs in writeFileAtomically are for but which no
// test can simulate here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { temporaryFileNamePattern } from '../../../main/services/disk/atomic-write';
import { removeStaleTempFiles } from '../../../main/services/disk/stale-temp-files';
import { generatePost } from '../../harness/generated-posts';
import { projectRoot } from '../../harness/paths';
import { withTempFolder } from '../../harness/temp-folders';

const kills = 40;
const writerScript = join(projectRoot, 'test', 'harness', 'crash-writer.ts');
/** How long a writer may take to start or to begin writing before the test gives up on it. */
const patienceMs = 30_000;

/** A small seeded generator (mulberry32), so a failing run can be repeated with INKPOST_CRASH_SEED. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Writer {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when the writer is loaded and waits for "go". */
  readonly ready: Promise<void>;
  /** Resolves when, after "go", its first writes have started. */
  readonly writing: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

function startWriter(folder: string, sources: string, names: readonly string[]): Writer {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', writerScript, folder, sources, ...names], { cwd: projectRoot, stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const lines = createInterface({ input: child.stdout });
  const waitForLine = (expected: string): Promise<void> => {
    const promise = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the crash writer did not say "${expected}" within ${patienceMs} ms: ${stderr}`)), patienceMs);
      lines.on('line', (line) => {
        if (line === expected) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`the crash writer exited (${signal ?? code}) before saying "${expected}": ${stderr}`));
      });
    });
    // Awaiting it still sees the rejection; this only keeps an unawaited one from crashing the run.
    promise.catch(() => undefined);
    return promise;
  };
  return { child, ready: waitForLine('ready'), writing: waitForLine('writing'), exited, stderr: () => stderr };
}

/** Kills a writer with SIGKILL and waits until it is gone; fails if it had already stopped on its own. */
async function killWriter(writer: Writer): Promise<void> {
  assert.equal(writer.child.exitCode, null, `the crash writer stopped on its own: ${writer.stderr()}`);
  writer.child.kill('SIGKILL');
  const { signal } = await writer.exited;
  assert.equal(signal, 'SIGKILL', `the crash writer ended otherwise than by the kill: ${writer.stderr()}`);
}

test(`a save killed at ${kills} random moments always leaves each post whole, old or new`, { timeout: 120_000 }, async (t) => {
  const seed = Number(process.env['INKPOST_CRASH_SEED'] ?? Date.now() % 1_000_000);
  const random = randomGenerator(seed);
  t.diagnostic(`seed ${seed} (set INKPOST_CRASH_SEED to repeat)`);

  await withTempFolder('crash', async (root) => {
    const folder = join(root, 'posts');
    const sources = join(root, 'sources');
    await mkdir(folder);
    await mkdir(sources);
    const names = ['2024-01-01-first.markdown', '2024-01-02-a second post.markdown', '2024-01-03-third.markdown'];
    // Version B is longer than A for some posts and shorter for others, so a truncated or mixed file cannot pass.
    const versions = new Map<string, { a: Buffer; b: Buffer }>(
      names.map((name, index) => [
        name,
        {
          a: Buffer.from(generatePost(`${name}, version A`, 200_000, index), 'utf8'),
          b: Buffer.from(generatePost(`${name}, version B`, index === 1 ? 150_000 : 260_000, index + 4), 'utf8'),
        },
      ]),
    );
    for (const [name, { a, b }] of versions) {
      await writeFile(join(sources, `${name}.a`), a);
      await writeFile(join(sources, `${name}.b`), b);
      await writeFile(join(folder, name), a);
    }
    // Files removeStaleTempFiles must leave alone: near misses of the temporary name, and a folder.
    const decoys = new Map<string, string>([
      ['.2024-01-01-first.markdown.tmp', 'an editor backup'],
      ['.2024-01-01-first.markdown.inkpost-notahexnumber.tmp', 'not hex'],
      ['2024-01-01-first.markdown.inkpost-0123456789ab.tmp', 'no leading dot'],
      ['.2024-01-01-first.markdown.inkpost-0123456789ab.tmp.bak', 'a suffix after .tmp'],
    ]);
    for (const [name, text] of decoys) {
      await writeFile(join(folder, name), text);
    }
    await mkdir(join(folder, '_drafts'));
    const expectedOthers = [...names, ...decoys.keys(), '_drafts'].sort();

    const previous = new Map(names.map((name) => [name, 'A']));
    let killsLeavingTempFiles = 0;
    let tempFilesRemoved = 0;
    let versionChanges = 0;
    let next = startWriter(folder, sources, names);
    try {
      for (let kill = 1; kill <= kills; kill += 1) {
        const writer = next;
        await writer.ready;
        writer.child.stdin.write('go\n');
        await writer.writing;
        // Start the next writer (loading Node and tsx takes a while) while this one writes.
        next = startWriter(folder, sources, names);
        await delay(5 + Math.floor(random() * 56));
        await killWriter(writer);

        const context = `after kill ${kill} of ${kills} (seed ${seed})`;
        const listing = (await readdir(folder)).sort();
        const temporary = listing.filter((name) => temporaryFileNamePattern.test(name));
        assert.deepEqual(
          listing.filter((name) => !temporary.includes(name)),
          expectedOthers,
          `${context}: only Inkpost's temporary files may be left besides the posts`,
        );
        for (const name of temporary) {
          assert.ok(names.includes(temporaryFileNamePattern.exec(name)?.[1] ?? ''), `${context}: ${name} is not the temporary file of a post`);
        }
        for (const name of names) {
          const bytes = await readFile(join(folder, name));
          const version = versions.get(name);
          const which = version?.a.equals(bytes) === true ? 'A' : version?.b.equals(bytes) === true ? 'B' : null;
          assert.ok(
            which !== null,
            `${context}: ${name} is neither version (${bytes.length} bytes; A has ${version?.a.length}, B ${version?.b.length})`,
          );
          if (previous.get(name) !== which) {
            versionChanges += 1;
            previous.set(name, which);
          }
        }

        const removed = await removeStaleTempFiles(folder);
        assert.deepEqual(removed, temporary.map((name) => join(folder, name)).sort(), `${context}: removeStaleTempFiles`);
        assert.deepEqual((await readdir(folder)).sort(), expectedOthers, `${context}: after removeStaleTempFiles`);
        if (temporary.length > 0) {
          killsLeavingTempFiles += 1;
          tempFilesRemoved += temporary.length;
        }
      }
    } finally {
      if (next.child.exitCode === null && next.child.signalCode === null) {
        next.child.kill('SIGKILL');
        await next.exited;
      }
    }

    for (const [name, text] of decoys) {
      assert.equal(await readFile(join(folder, name), 'utf8'), text, `${name} was changed`);
    }
    assert.deepEqual(await readdir(join(folder, '_drafts')), []);
    t.diagnostic(`${killsLeavingTempFiles} of ${kills} kills left temporary files (${tempFilesRemoved} in all); ${versionChanges} version changes seen`);
    // Without these the test would prove nothing: the kills must land while posts are being replaced.
    assert.ok(versionChanges > 0, 'no kill ever found a post changed: the writers did not write');
    assert.ok(killsLeavingTempFiles > 0, 'no kill interrupted a save: the test did not exercise a crash mid-save');
  });
});
