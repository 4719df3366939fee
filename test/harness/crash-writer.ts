// The child process of test/unit/disk/crash-safety.test.ts: replaces files with
// writeFileAtomically, over and over, until it is killed.
//
//   node --require tsx/cjs test/harness/crash-writer.ts <folder> <sources folder> <name>...
//
// (tsx's CommonJS hook starts in about 70 ms, `--import tsx` in about 160: this runs 41 times.)
//
// For each <name>, <sources folder>/<name>.a and <name>.b hold its two versions.
// Prints "ready" once loaded, then waits for a "go" line on stdin (so the parent
// can start the next writer while it checks on the last one). On "go" it reads
// which version each <folder>/<name> holds, starts replacing every file with its
// other version, all files at once, prints "writing", and keeps alternating.
// Exits when stdin closes, so a writer never outlives its test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { writeFileAtomically } from '../../main/services/disk/atomic-write';

async function alternate(path: string, first: Buffer, second: Buffer): Promise<never> {
  let next = first;
  for (;;) {
    await writeFileAtomically(path, next);
    next = next === first ? second : first;
  }
}

async function main(): Promise<void> {
  const [folder, sources, ...names] = process.argv.slice(2);
  if (folder === undefined || sources === undefined || names.length === 0) {
    throw new Error('usage: crash-writer.ts <folder> <sources folder> <name>...');
  }
  const versions = await Promise.all(
    names.map(async (name) => Promise.all([readFile(join(sources, `${name}.a`)), readFile(join(sources, `${name}.b`))])),
  );
  const input = createInterface({ input: process.stdin });
  input.on('close', () => process.exit(0));
  const go = new Promise<void>((resolve) => {
    input.on('line', (line) => {
      if (line === 'go') {
        resolve();
      }
    });
  });
  process.stdout.write('ready\n');
  await go;
  const current = await Promise.all(names.map((name) => readFile(join(folder, name))));
  const loops = names.map((name, index) => {
    const [a, b] = versions[index] ?? [];
    if (a === undefined || b === undefined) {
      throw new Error(`no versions for ${name}`);
    }
    return current[index]?.equals(a) === true ? alternate(join(folder, name), b, a) : alternate(join(folder, name), a, b);
  });
  process.stdout.write('writing\n');
  await Promise.all(loops);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
