import type { BlogRenderContext } from '../../../shared/blog/render-context';

/** The blog's render context as the window last read it (see {@link createBlogContext}). */
export interface BlogContext {
  /** Reads the context now (a folder or blog switch); `loaded` hears of it. */
  load(): Promise<BlogRenderContext>;
  /** Posts changed on disk: the next {@link BlogContext.current} reads the context again. */
  stale(): void;
  /** The context, read again first when posts changed since it was read. */
  current(): Promise<BlogRenderContext>;
}

/**
 * Keeps the blog's render context (`getRenderContext`: its posts, their URLs,
 * the link style, ...) for the preview and the link picker. Reading it means
 * reading every post of the blog, so a change of posts only marks it stale,
 * and it is read again when someone needs it.
 */
export function createBlogContext(read: () => Promise<BlogRenderContext>, loaded: (context: BlogRenderContext) => void): BlogContext {
  let context: Promise<BlogRenderContext> | null = null;
  let isStale = false;
  const load = (): Promise<BlogRenderContext> => {
    isStale = false;
    const reading = read();
    context = reading;
    reading.then(loaded).catch(() => {
      if (context === reading) {
        context = null; // read again next time; the caller reports the error
      }
    });
    return reading;
  };
  return {
    load,
    stale: () => {
      isStale = true;
    },
    current: () => (context === null || isStale ? load() : context),
  };
}
