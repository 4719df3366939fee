import type { BlogRenderContext } from '../../../shared/blog/render-context';
import { isSiteRootPath } from './site-root-urls';

/** Where the preview may load a post's local pictures from. */
export interface ImageBases {
  /** The blog's files: `/images/x.png` loads from `${blog}/images/x.png` (Workspace.assetBase); null without a blog. */
  readonly blog: string | null;
  /** The blog's `baseurl` (`/blog`), which `{{ site.baseurl }}` and `relative_url` put before site paths; empty by default. */
  readonly baseurl: string;
  /** The posts folder's files as served (Workspace.postAssetBase); null when the host serves none. */
  readonly posts: string | null;
  /**
   * The open post's own folder under {@link posts} (ending in `/`), for
   * relative paths (`images/x.png` beside a draft); null without one.
   */
  readonly postFolder: string | null;
}

/** Bases for a preview without a blog or a post: only remote pictures and `data:` images. */
export const noImageBases: ImageBases = { blog: null, baseurl: '', posts: null, postFolder: null };

/**
 * The preview's image bases as they are now: the blog's files and the posts
 * folder's from the app (read at each call), the `baseurl` of the blog last
 * given to `setBlog`.
 */
export function previewImageBases(app: {
  readonly assetBase: () => string | null;
  readonly postAssets?: () => { readonly posts: string; readonly postFolder: string } | null;
}): { readonly bases: () => ImageBases; setBlog(blog: BlogRenderContext): void } {
  let baseurl = '';
  return {
    bases: () => {
      const posts = app.postAssets?.() ?? null;
      return { blog: app.assetBase(), baseurl, posts: posts?.posts ?? null, postFolder: posts?.postFolder ?? null };
    },
    setBlog: (blog) => {
      const configured = blog.config?.['baseurl'];
      baseurl = typeof configured === 'string' ? configured : '';
    },
  };
}

/**
 * The served folder of the post at `postPath` inside the posts folder
 * `postsDir` (either separator): `${postAssetBase}/sub/dir/`, each segment
 * percent-encoded; null when the post is not inside it or nothing is served.
 */
export function postAssetsFor(postAssetBase: string | null, postsDir: string, postPath: string | null): { readonly posts: string; readonly postFolder: string } | null {
  const folder = postsDir.replace(/[\\/]+$/, '');
  if (postAssetBase === null || postPath === null || folder === '' || !/^[\\/]/.test(postPath.slice(folder.length)) || !postPath.startsWith(folder)) {
    return null;
  }
  const segments = postPath.slice(folder.length + 1).split(/[\\/]/).slice(0, -1);
  return { posts: postAssetBase, postFolder: `${postAssetBase}/${segments.map((segment) => `${encodeURIComponent(segment)}/`).join('')}` };
}

/** True for a URL with a scheme (`https:`, `data:`), a protocol-relative `//host`, or a bare fragment. */
function isNotLocal(url: string): boolean {
  return url === '' || url.startsWith('//') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * The URLs to try, in order, for a picture a post names by `url`, or an empty
 * list when it names none of the blog's or the post's files:
 * - a site path (`/images/x.png`, also as `{{ site.baseurl }}` or
 *   `relative_url` render it, `/blog/images/x.png`): the blog's file, the
 *   `baseurl` taken off;
 * - a relative path (`images/x.png`, `../images/x.png`): the file beside the
 *   post (a draft's `images/`), then the blog's file with the `./` and `../`
 *   steps taken off (a blog whose posts climb from their page to the site
 *   root).
 */
export function imageCandidates(rawUrl: string, bases: ImageBases): string[] {
  const url = rawUrl.trim();
  if (isNotLocal(url)) {
    return [];
  }
  if (isSiteRootPath(url)) {
    const baseurl = bases.baseurl.replace(/\/+$/, '');
    const path = baseurl !== '' && url.startsWith(`${baseurl}/`) ? url.slice(baseurl.length) : url;
    return bases.blog === null ? [] : [`${bases.blog}${path}`];
  }
  if (url.startsWith('/')) {
    return [];
  }
  const candidates: string[] = [];
  if (bases.postFolder !== null) {
    candidates.push(new URL(url, bases.postFolder).href);
  }
  if (bases.blog !== null) {
    candidates.push(`${bases.blog}/${url.replace(/^(?:\.{1,2}\/)+/, '')}`);
  }
  return candidates;
}

/** The other candidates of each picture the sanitiser pointed at its first one, for the preview to try when that one fails. */
export const imageFallbacks = new WeakMap<Element, string[]>();

/** The path each picture had in the post (`/images/x.png`), for the "not found" placeholder. */
export const imagePostPaths = new WeakMap<Element, string>();

/**
 * Makes the preview in `element` try each picture's other candidates when it
 * fails to load, and, when none loads, replaces it with a labelled
 * placeholder, `not found: /images/x.png`, in the style of a remote picture
 * the preview does not load.
 */
export function showMissingImages(element: HTMLElement): void {
  element.addEventListener('error', (event) => {
    const image = event.target;
    if (!(image instanceof HTMLImageElement) || !element.contains(image)) {
      return;
    }
    const next = imageFallbacks.get(image)?.shift();
    if (next !== undefined) {
      image.src = next;
      return;
    }
    const path = imagePostPaths.get(image);
    if (path === undefined) {
      return;
    }
    const placeholder = document.createElement('span');
    placeholder.className = 'preview-not-loaded preview-missing-image';
    placeholder.dataset['testid'] = 'preview-missing-image';
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', `${image.alt === '' ? 'picture' : image.alt}: not found`);
    placeholder.title = `Not found: no file ${path} in the ${path.startsWith('/') ? 'blog' : 'post\'s folder'}`;
    placeholder.textContent = `not found: ${path}`;
    image.replaceWith(placeholder);
  }, true);
}
