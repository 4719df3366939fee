import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { permalinkPattern } from '../../../shared/blog/permalink';
import { inferLinkStyle, usesPostUrl, type LinkStyle } from '../../../shared/blog/post-link';
import { withFrontMatterDefaults } from '../../../shared/blog/front-matter-defaults';
import { publishedPostUrl } from '../../../shared/blog/post-url';
import type { BlogRenderContext, RenderPost } from '../../../shared/blog/render-context';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import { parseDocument } from 'yaml';
import { jekyllYamlOptions, parseJekyllYaml } from '../../../shared/front-matter/jekyll-yaml';
import { isPostFileName, parsePostFileName } from '../../../shared/posts/post-file-name';
import { mapWithConcurrency } from '../disk/concurrency';

/** Files larger than this are not read into the preview's context (an include or data file is small). */
const maxFileBytes = 512 * 1024;
/** At most this many files of a kind are read, so a huge blog cannot stall the preview. */
const maxFiles = 5000;

type Data = Record<string, unknown>;

/** The files below `dir` (relative paths with `/`), skipping hidden and `_site` folders; none when it does not exist. */
async function filesBelow(dir: string, limit = maxFiles): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (found.length >= limit || entry.name.startsWith('.') || entry.name === '_site' || entry.name === 'node_modules') {
        continue;
      }
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else if (entry.isFile()) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  await walk(dir);
  return found.sort();
}

/** A small text file, or null when it is missing, too big or unreadable. */
async function smallText(path: string): Promise<string | null> {
  try {
    return (await stat(path)).size > maxFileBytes ? null : await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** YAML read as Jekyll reads it, or null when it does not read. */
function yamlData(text: string): unknown {
  try {
    return parseJekyllYaml(text, 1).data;
  } catch {
    return null;
  }
}

/** `_data` as `site.data`: each YAML or JSON file under its name, folders nesting. */
async function readData(blogDir: string): Promise<Data> {
  const data: Data = {};
  for (const path of await filesBelow(join(blogDir, '_data'))) {
    const match = /^(.*)\.(ya?ml|json)$/i.exec(path);
    const text = match === null ? null : await smallText(join(blogDir, '_data', path));
    if (match === null || text === null) {
      continue;
    }
    let value: unknown;
    try {
      value = match[2]!.toLowerCase() === 'json' ? JSON.parse(text) : parseDocument(text, jekyllYamlOptions).toJS();
    } catch {
      continue;
    }
    const names = match[1]!.split('/');
    let target = data;
    for (const name of names.slice(0, -1)) {
      target = (target[name] ??= {}) as Data;
    }
    target[names.at(-1)!] = value;
  }
  return data;
}

/** The config's permalink for posts: the posts collection's, else the site's. */
function postPattern(config: Data | null): string {
  const collections = config?.['collections'];
  const posts = typeof collections === 'object' && collections !== null ? (collections as Data)['posts'] : undefined;
  const ownPermalink = typeof posts === 'object' && posts !== null ? (posts as Data)['permalink'] : undefined;
  return permalinkPattern(ownPermalink ?? config?.['permalink']) ?? permalinkPattern(null)!;
}

/**
 * Every post of the blog (in any `_posts` folder) with the URL Jekyll gives
 * it, newest first, and the blog's link style, learned from the same posts.
 */
async function readPosts(blogDir: string, config: Data | null): Promise<{ posts: RenderPost[]; linkStyle: LinkStyle }> {
  const pattern = postPattern(config);
  const posts: RenderPost[] = [];
  let usingPostUrl = 0;
  const postFiles = (await filesBelow(blogDir)).filter((path) => {
    const name = path.split('/').pop()!;
    return path.split('/').includes('_posts') && isPostFileName(name) && parsePostFileName(name).date !== null;
  });
  // Read a few at once: one after another, a blog of 5,000 posts spent half its reading time waiting on the disk.
  const texts = await mapWithConcurrency(postFiles, 16, (path) => smallText(join(blogDir, path)));
  for (const [index, path] of postFiles.entries()) {
    const fileName = parsePostFileName(path.split('/').pop()!);
    const text = texts[index] ?? null;
    const split = text === null ? null : splitFrontMatter(text);
    const frontMatter = split?.frontMatter ?? null;
    const data = (frontMatter === null ? null : yamlData(frontMatter)) as Data | null;
    const url = publishedPostUrl({ relativePath: path, data: withFrontMatterDefaults(data ?? {}, config?.['defaults'], path) }, pattern, typeof config?.['timezone'] === 'string' ? config['timezone'] : null);
    if (url === null || fileName.date === null) {
      continue;
    }
    const slug = typeof data?.['slug'] === 'string' ? data['slug'] : fileName.slug;
    posts.push({ path, url, title: typeof data?.['title'] === 'string' ? data['title'] : slug, date: fileName.date });
    usingPostUrl += split !== null && usesPostUrl(split.body) ? 1 : 0;
  }
  return { posts: posts.sort((a, b) => b.date.localeCompare(a.date)), linkStyle: inferLinkStyle(usingPostUrl) };
}

/** The URLs of the blog's pages and of its output collections' documents, by path inside the blog. */
async function readDocuments(blogDir: string, config: Data | null): Promise<Record<string, string>> {
  const documents: Record<string, string> = {};
  const collections = config?.['collections'];
  if (typeof collections === 'object' && collections !== null) {
    for (const [name, settings] of Object.entries(collections as Data)) {
      const options = (typeof settings === 'object' && settings !== null ? settings : {}) as Data;
      if (name === 'posts' || options['output'] !== true) {
        continue;
      }
      const pattern = typeof options['permalink'] === 'string' ? options['permalink'] : '/:collection/:path:output_ext';
      for (const path of await filesBelow(join(blogDir, `_${name}`), 1000)) {
        const stem = path.replace(/\.[^./]+$/, '');
        const url = pattern.replace(/:collection/g, name).replace(/:path/g, stem).replace(/:name|:title/g, stem.split('/').pop()!).replace(/:output_ext/g, '.html');
        documents[`_${name}/${path}`] = url.replace(/\/{2,}/g, '/');
      }
    }
  }
  for (const entry of await readdir(blogDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile() && /\.(md|markdown|html)$/i.test(entry.name)) {
      const stem = entry.name.replace(/\.[^.]+$/, '');
      documents[entry.name] = stem === 'index' ? '/' : `/${stem}.html`;
    }
  }
  return documents;
}

/**
 * Reads what the preview needs of the blog at `blogDir` to render Liquid as
 * Jekyll does (see `BlogRenderContext`): `_config.yml`, `_data`, `_includes`,
 * the posts with their URLs and the other documents' URLs. Files that do not
 * read are left out, never an error: the preview then flags what uses them.
 */
export async function readRenderContext(blogDir: string): Promise<BlogRenderContext> {
  const configText = await smallText(join(blogDir, '_config.yml'));
  const config = configText === null ? null : (yamlData(configText) as Data | null);
  const includes: Record<string, string> = {};
  for (const path of await filesBelow(join(blogDir, '_includes'), 1000)) {
    const text = await smallText(join(blogDir, '_includes', path));
    if (text !== null) {
      includes[path] = text;
    }
  }
  const { posts, linkStyle } = await readPosts(blogDir, config);
  return { config, data: await readData(blogDir), includes, posts, linkStyle, documents: await readDocuments(blogDir, config) };
}
