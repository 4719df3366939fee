import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePostsDir } from './paths';

/** A writable copy of the reference blog's posts in a fresh temporary folder. */
export interface TempPosts {
  readonly dir: string;
  /** The copies' file names, sorted. */
  readonly fileNames: readonly string[];
  remove(): Promise<void>;
}

/** Copies the fixture posts (read-only in the repository) into a temporary folder the test may change. */
export async function copyFixturePosts(prefix = 'inkpost-e2e-'): Promise<TempPosts> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(fixturePostsDir, dir, { recursive: true });
  const fileNames = (await readdir(dir)).sort();
  await Promise.all(fileNames.map((name) => chmod(join(dir, name), 0o644)));
  return { dir, fileNames, remove: () => rm(dir, { recursive: true, force: true }) };
}
