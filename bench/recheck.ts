/**
 * "Check the folder again after one post was saved", on the generated
 * 5,000-post blog of the open-post benchmark: what the window's checks do
 * (the problems panel) on every change of the posts on disk. In turns with
 * the baseline, a fresh check of the whole folder (every post read, parsed
 * and checked), which is what the window did before.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFolder } from '../main/services/checks/check-folder';
import { FolderChecks } from '../main/services/checks/folder-checks';
import { measureInTurns, type Measurement } from './measure';
import { generateBlog } from './open-post';

const postCount = 5_000;

export async function benchmarkRecheck(): Promise<Measurement[]> {
  const root = await mkdtemp(join(tmpdir(), 'inkpost-bench-recheck-'));
  try {
    const { blog, posts } = await generateBlog(root, postCount);
    const checks = new FolderChecks(blog);
    const first = await checks.problems();
    let saves = 0;
    /** Saves one post (a line more at its end), as the editor would. */
    const save = async (): Promise<void> => {
      const path = posts[(saves * 37) % posts.length]!.path;
      saves += 1;
      await writeFile(path, `${await readFile(path, 'utf8')}\nOne more line, saved ${saves}.\n`);
    };
    let found = 0;
    let fresh = 0;
    const [again, whole] = await measureInTurns([
      {
        name: `check ${postCount} posts again after one was saved (the window's checks)`,
        task: async () => {
          await save();
          checks.invalidate();
          found = (await checks.problems()).length;
        },
      },
      {
        name: `check ${postCount} posts afresh (baseline: every post read and checked)`,
        task: async () => {
          await save();
          fresh = (await checkFolder(blog)).length;
        },
      },
    ], { runs: 7 });
    if (again === undefined || whole === undefined || found !== fresh || found !== first.length) {
      throw new Error(`the checks found ${found} problems, a fresh check ${fresh}, the first ${first.length}`);
    }
    return [{ ...again, notes: { problems: found, speedup: Math.round((whole.medianMs / again.medianMs) * 10) / 10 } }, { ...whole, notes: { problems: fresh } }];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
