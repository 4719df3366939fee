// Large posts made of the test blog's text, for tests that need size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testPostsDir } from './paths';
import { testPostNames } from './temp-folders';

/** The test blog's post bodies (their front matter removed), oldest first. */
export const fixtureBodies: readonly string[] = testPostNames.map((name) =>
  readFileSync(join(testPostsDir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
);

/**
 * A post of at least `minBytes` UTF-8 bytes: front matter titled `title`, then
 * the fixture bodies repeated, starting with body number `firstBody`.
 */
export function generatePost(title: string, minBytes: number, firstBody = 0): string {
  const parts = [`---\nlayout: post\ntitle: "${title}"\ntags: [generated]\n---\n`];
  let bytes = Buffer.byteLength(parts[0] ?? '');
  for (let index = firstBody; bytes < minBytes; index += 1) {
    const body = fixtureBodies[index % fixtureBodies.length] ?? '';
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  return parts.join('');
}
