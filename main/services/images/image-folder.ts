import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { imageConventionFrom, imageFolderFor, imageLinkText, imageReferencesIn, type ImageConvention, type ImageReference } from '../../../shared/blog/image-conventions';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { readBlogConfig } from '../blog/blog-config';
import { mapWithConcurrency } from '../disk/concurrency';
import { isPathInside } from '../disk/folder-scope';
import { conventionSamplePosts } from '../export/blog-conventions';
import { decodePostBytes } from '../posts/post-text';

/** The folder beside a draft outside any blog that keeps its pictures. */
export const draftImagesFolder = 'images';

/**
 * Learns where the blog at `blogRoot` keeps its pictures and how its posts
 * point at them (see `imageConventionFrom`), from the same posts the other
 * conventions are learned from (`conventionSamplePosts`: the newest
 * published posts). Posts that cannot be read are skipped; a blog whose
 * posts show no local picture gets `/assets/images/`.
 */
export async function inferImageConvention(blogRoot: string): Promise<ImageConvention> {
  const posts = await conventionSamplePosts(blogRoot);
  const perPost = await mapWithConcurrency(posts, 32, async (path): Promise<ImageReference[]> => {
    try {
      const text = decodePostBytes(await readFile(path)).text;
      return imageReferencesIn(text.slice(locateFrontMatter(text).bodyStart));
    } catch {
      return [];
    }
  });
  return imageConventionFrom(perPost.flat(), (await readBlogConfig(blogRoot)).baseurl);
}

/** Where a picture added to a post goes, and how the post points at it. */
export interface ImageTarget {
  /** The folder the file goes into (absolute). */
  readonly folder: string;
  /** The folder writes must stay inside: the blog's root, or the draft's own folder. */
  readonly root: string;
  /** What the post writes to point at the file named `fileName` in {@link folder}. */
  link(fileName: string): string;
  /** Where the picture went, for messages: the site path (`/images/`) or `images/ beside the draft`. */
  readonly description: string;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** True when `path` (resolved through symbolic links where it exists) lies inside the folder `root`. */
async function liesInside(root: string, path: string): Promise<boolean> {
  const rootReal = await realpath(root).catch(() => resolve(root));
  const pathReal = await realpath(path).catch(() => resolve(path));
  return isPathInside(rootReal, pathReal);
}

/**
 * Where a picture added to the post at `post` goes. A post inside `blog`
 * (its `_posts`, `_drafts`, …): the blog's images folder in the blog's own
 * path style (see {@link inferImageConvention}), the dated subfolder taken
 * from the post's file name (today's date for a post without one). A post
 * outside any blog (the default `~/Documents/Inkpost`, or no blog chosen):
 * `images/` beside the post, pointed at by the relative path
 * `images/x.png`, so the draft and its pictures stay together until the
 * export copies them into the blog.
 */
export async function imageTargetFor(post: string, blog: string | null): Promise<ImageTarget> {
  if (blog !== null && (await stat(blog).catch(() => null))?.isDirectory() === true && (await liesInside(blog, post))) {
    const convention = await inferImageConvention(blog);
    return blogImageTarget(blog, convention, parsePostFileName(basename(post)).date ?? today());
  }
  const root = dirname(post);
  return {
    folder: join(root, draftImagesFolder),
    root,
    link: (fileName) => `${draftImagesFolder}/${fileName}`,
    description: `${draftImagesFolder}/ beside the draft`,
  };
}

/** The target in the blog at `blog` for a post dated `date`, following `convention`. */
export function blogImageTarget(blog: string, convention: ImageConvention, date: string): ImageTarget {
  const sitePath = imageFolderFor(convention, date);
  return {
    folder: join(blog, ...sitePath.split('/').filter((segment) => segment !== '')),
    root: blog,
    link: (fileName) => imageLinkText(convention, `${sitePath}${fileName}`),
    description: `${sitePath} in the blog`,
  };
}
