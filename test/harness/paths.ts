import { join } from 'node:path';

/** The project's root folder. */
export const projectRoot = join(__dirname, '..', '..');
/** The built app, made by `npm run build`. */
export const distDir = join(projectRoot, 'dist');
/** The read-only fixtures beside the repository. */
export const fixturesDir = join(projectRoot, '..', 'shared', 'fixtures');
/** The reference blog (a slice of metajack.im), read-only. */
export const fixtureBlogDir = join(fixturesDir, 'metajack-blog');
/** The reference blog's posts. */
export const fixturePostsDir = join(fixtureBlogDir, '_posts');
