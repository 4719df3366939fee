import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { conventionsFromPosts, type BlogConventions, type PostConventionSample } from '../../../shared/blog/blog-conventions';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { mapWithConcurrency } from '../disk/concurrency';
import { jekyllYamlOptions } from '../../../shared/front-matter/jekyll-yaml';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { isSafePlain } from '../../../shared/front-matter/yaml-scalars';
import { findPostFiles, isInPostsFolder } from '../posts/post-files';
import { decodePostBytes } from '../posts/post-text';

/** How many of a blog's posts (the newest by file name) the conventions are learned from. */
export const conventionSampleSize = 500;

/**
 * Learns the conventions of the Jekyll site at `blogRoot` from its published
 * posts (every `_posts` folder; the newest {@link conventionSampleSize} by
 * name): file extension, key order, usual keys, title quoting, tags style,
 * marker key and where the time goes (see `BlogConventions`). Posts that
 * cannot be read or parsed are skipped. A blog without posts gets Jekyll's
 * defaults (`jekyllDefaultConventions`).
 */
export async function inferBlogConventions(blogRoot: string): Promise<BlogConventions> {
  const posts = await conventionSamplePosts(blogRoot);
  const samples = await mapWithConcurrency(posts, 32, async (path) => {
    try {
      return sampleOf(path, decodePostBytes(await readFile(path)).text);
    } catch {
      return null;
    }
  });
  return conventionsFromPosts(samples.filter((sample): sample is PostConventionSample => sample !== null));
}

/**
 * The published posts a blog's conventions are learned from: every `_posts`
 * folder's, newest (by file name) first, at most {@link conventionSampleSize}.
 */
export async function conventionSamplePosts(blogRoot: string): Promise<string[]> {
  return (await findPostFiles(blogRoot))
    .filter(isInPostsFolder)
    .sort((left, right) => basename(right).localeCompare(basename(left)))
    .slice(0, conventionSampleSize);
}

/** The facts the conventions need about one post's text (its YAML front matter; other formats give no styles). */
export function sampleOf(path: string, text: string): PostConventionSample {
  const { data, format } = parsePost(text);
  const extension = parsePostFileName(basename(path)).extension;
  let titleQuoting: PostConventionSample['titleQuoting'] = null;
  let tagsStyle: PostConventionSample['tagsStyle'] = null;
  if (format === 'yaml') {
    const location = locateFrontMatter(text);
    const document = parseDocument(text.slice(location.sourceStart, location.sourceEnd).replace(/\r\n?/g, '\n'), jekyllYamlOptions);
    const title: unknown = document.get('title', true);
    if (isScalar(title) && typeof title.value === 'string') {
      titleQuoting = title.type === Scalar.PLAIN ? 'plain' : title.type === Scalar.QUOTE_DOUBLE ? 'double' : title.type === Scalar.QUOTE_SINGLE ? 'single' : null;
    }
    const tags: unknown = document.get('tags', true);
    if (isSeq(tags)) {
      tagsStyle = tags.flow === true ? 'flow' : 'block';
    }
  }
  const titleValue = data['title'];
  return {
    extension,
    keys: Object.keys(data),
    data,
    titleQuoting,
    titleCouldBePlain: typeof titleValue === 'string' && isSafePlain(titleValue, 'block'),
    tagsStyle,
  };
}
