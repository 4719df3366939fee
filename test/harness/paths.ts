import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder. */
export const projectRoot = join(__dirname, '..', '..');
/** The built app, made by `npm run build`. */
export const distDir = join(projectRoot, 'dist');

/** The project's own fixtures, written for its tests: always there (`test/fixtures`). */
export const testFixturesDir = join(projectRoot, 'test', 'fixtures');
/** The test blog: a small Jekyll site in the reference blog's style (see test/fixtures/README.md). */
export const testBlogDir = join(testFixturesDir, 'blog');
/** The test blog's posts. */
export const testPostsDir = join(testBlogDir, '_posts');

/** The read-only real fixtures beside the repository (`../shared/fixtures`); absent in a plain clone. */
export const referenceFixturesDir = join(projectRoot, '..', 'shared', 'fixtures');
/** The reference blog (a slice of metajack.im), read-only, when `../shared` is there. */
export const referenceBlogDir = join(referenceFixturesDir, 'metajack-blog');
/** The reference blog's posts. */
export const referencePostsDir = join(referenceBlogDir, '_posts');

/**
 * Why tests on the real posts cannot run, or false when they can: pass it as
 * node:test's `skip` option, so a clone without `../shared` reports the skip
 * and its reason (CI has `../shared` and runs them).
 */
export const referenceSkip: string | false = existsSync(referencePostsDir)
  ? false
  : `needs the real posts in ${referencePostsDir} (../shared/fixtures beside the repository, as in CI); absent here`;

/**
 * Extra Jekyll sites to run the differential tests (rendering, YAML, check) on, from
 * `INKPOST_EXTRA_BLOGS` (folders separated by `:`); none by default. See README's testing section.
 */
export const extraBlogDirs: readonly string[] = (process.env['INKPOST_EXTRA_BLOGS'] ?? '').split(':').filter((dir) => dir !== '');
