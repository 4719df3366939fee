/**
 * The first slice driven from a plain script, outside the test runner:
 *   npm ci && npm run build && npx tsx test/examples/first-slice-script.ts
 * Copies the test blog's posts to a temporary folder, opens a post,
 * types a heading, checks the preview, saves, and checks the file on disk.
 * Exits non-zero when any step does not hold.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchInkpost } from '../harness';
import { testPostsDir } from '../harness/paths';

async function main(): Promise<void> {
  const postsDir = await mkdtemp(join(tmpdir(), 'inkpost-script-'));
  await cp(testPostsDir, postsDir, { recursive: true });
  const path = join(postsDir, '2012-04-14-kite-flying-on-a-windy-saturday.markdown');
  const before = await readFile(path, 'utf8');
  const session = await launchInkpost({ postsDir });
  const { page } = session;
  try {
    await page.locator(`[data-testid="post-item"][data-path="${path}"]`).click();
    // Line 7 of the file is the closing `---` of the front matter: put the heading right after it.
    await page.locator('[data-testid="editor"] .cm-line').nth(6).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Written from a script');
    await page.locator('[data-testid="preview"] h2', { hasText: 'Written from a script' }).waitFor();
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const after = await readFile(path, 'utf8');
    const expected = before.replace('---\n\nThe forecast promised', '---\n## Written from a script\n\nThe forecast promised');
    if (after !== expected) {
      throw new Error(`the saved file is not the original plus the heading:\n${after.slice(0, 400)}`);
    }
    console.log(`ok: heading shown in the preview and saved into ${path}; nothing else changed`);
  } finally {
    await session.close();
    await rm(postsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
