import type { BlogStylesheet } from '../../../shared/blog/blog-stylesheet';
import { emptyRenderContext, type BlogRenderContext } from '../../../shared/blog/render-context';
import { createBlockList, type BlockList, type ShownItem } from './block-list';
import { createBlogStyleToggle } from './blog-style';
import { createContinueReading, createExcerptBoundary } from './excerpt-boundary';
import { numberHeadingIds } from './kramdown/header-ids';
import type { MarkdownEnv } from './markdown-renderer';
import { createPostRenderer } from './post-renderer';
import { createPreviewPlanner } from './preview-plan';
import { createModeToggle, type PreviewMode } from './preview-mode';
import { openLinksOutside } from './preview-links';
import { previewScrollPort, type LineAnchor } from './preview-scroll';
import { changedLabels, mayUseLabels, type References } from './reference-changes';
import { previewImageBases, showMissingImages } from './image-sources';
import { createSanitizer } from './sanitizer';
import type { ScrollPort } from './scroll-port';
import { createScrollSync, type ScrollSync } from './scroll-sync';
import { markTiming } from '../status/timing-marks';

/** The live preview: shows a post's body rendered, at most once per frame however fast the user types. */
export interface PreviewPane {
  /**
   * Shows a new text: at once (in a microtask, after the editor's own update)
   * when nothing was rendered since the last animation frame, else at the
   * next frame, so there is at most one render per frame however fast the
   * user types. `readText` returns the whole post (front matter included);
   * it is called once per render, not per keystroke. With `opened` (a post
   * just opened, showing its top), only the blocks of about the first two
   * screens are rendered before the first paint, the others right after it
   * (the preview's `data-rendering` is `partial` until then).
   */
  show(readText: () => string, opened?: boolean): void;
  /** Syncs the preview's scrolling with the editor's, both ways, by source line (see `editorScrollPort`). */
  followEditor(editor: ScrollPort): void;
  /** Switches between the post page and the front page view, as the toolbar's toggle does. */
  toggleMode(): void;
  /** Renders for another blog (its `_config.yml`, includes, data, posts): everything is rendered again. */
  setBlog(blog: BlogRenderContext): void;
}

/** A Liquid error of the shown post, at its line. */
interface LiquidProblem {
  readonly line: number;
  readonly message: string;
}

/** What the preview needs from the app. */
export interface PreviewOptions {
  /** Where the blog's site-root pictures load from (Workspace.assetBase), null when nowhere; read at each render. */
  readonly assetBase: () => string | null;
  /** Opens a link of the post in the user's browser (http, https and mailto only). */
  readonly openLink: (url: string) => void;
  /** Reads the blog's own stylesheet for the toolbar's "Blog style" toggle. */
  readonly loadBlogStylesheet: () => Promise<BlogStylesheet | null>;
  /**
   * Where pictures a post names by a relative path load from: the posts
   * folder as served (Workspace.postAssetBase) and the open post's folder
   * under it (ending in `/`); null when nowhere. Read at each render.
   */
  readonly postAssets?: () => { readonly posts: string; readonly postFolder: string } | null;
  /** Told the Liquid errors of each render (one-based post lines), for the editor to mark. */
  readonly liquidProblems?: (problems: readonly LiquidProblem[]) => void;
}

/** The headings whose ids kramdown numbers. */
const headingSelector = 'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

/** How much of a just-opened post's source is rendered before the first paint: about two screens of prose. */
const firstPaintBytes = 6_000;

/**
 * Numbers repeated header ids over the whole preview, as kramdown does over a
 * whole post (each block is rendered on its own, so it cannot): `bases`
 * remembers each header's id as rendered.
 */
function numberHeadings(element: HTMLElement, bases: WeakMap<Element, string>): void {
  const headings = [...element.querySelectorAll(headingSelector)];
  const ids = numberHeadingIds(headings.map((heading) => {
    const base = bases.get(heading) ?? heading.id;
    bases.set(heading, base);
    return base;
  }));
  headings.forEach((heading, index) => {
    if (heading.id !== ids[index]) {
      heading.id = ids[index]!;
    }
  });
}

/** The preview's toolbar (the blog style toggle, then `modeToggle`), put at the top of the scrolling pane. */
function addToolbar(scroller: HTMLElement, options: PreviewOptions, modeToggle: HTMLElement): HTMLElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'preview-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Preview');
  const blogStyle = createBlogStyleToggle(options.loadBlogStylesheet, '#preview');
  toolbar.append(blogStyle.button, modeToggle);
  scroller.prepend(toolbar, blogStyle.note);
  return toolbar;
}

/** Tells the app the Liquid errors of each render, only when they changed since the last one. */
function problemReporter(options: PreviewOptions): (problems: readonly LiquidProblem[]) => void {
  let last = '';
  return (problems) => {
    const summary = JSON.stringify(problems);
    if (summary !== last) {
      last = summary;
      options.liquidProblems?.(problems);
    }
  };
}

/** Aligns scroll sync now inside an animation frame, else in the next frame (before its layout, not forcing one now). */
function alignSoon(sync: ScrollSync | null, inFrame: boolean): void {
  if (inFrame) {
    sync?.align();
  } else {
    requestAnimationFrame(() => sync?.align());
  }
}

/** The blocks scroll sync may anchor to: all of them in the post view, the excerpt's in the front page view. */
function anchorsIn(shown: readonly ShownItem[], mode: PreviewMode): readonly LineAnchor[] {
  return mode === 'post' ? shown : shown.filter((item) => item.kind === 'block' && item.part === 'excerpt');
}

/**
 * Returns what renders the blocks `blocks` left for later, two frames on
 * (the frame that paints the top, and the tasks queued behind it, such as
 * input, go first; the rest is below the fold), then numbers headings again
 * and calls `rendered`. Until then `element` carries `data-rendering="partial"`.
 */
function laterRenderer(element: HTMLElement, blocks: BlockList, headingBases: WeakMap<Element, string>, rendered: () => void): () => void {
  let run = 0;
  return () => {
    if (!blocks.hasLater()) {
      delete element.dataset['rendering'];
      return;
    }
    element.dataset['rendering'] = 'partial';
    const current = ++run;
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
      if (current !== run) {
        return;
      }
      if (blocks.renderLater().some((block) => block.querySelector(headingSelector) !== null)) {
        numberHeadings(element, headingBases);
      }
      delete element.dataset['rendering'];
      rendered();
    }, 0)));
  };
}

/**
 * Creates the preview in `element` (inside its scrolling pane, which gets a
 * toolbar with the post page / front page toggle). Each render re-renders
 * only the blocks whose source changed, each sanitized on its own, and
 * patches them into place, then puts the preview back in line with the
 * editor's scrolling; the excerpt boundary stands where the marker line is.
 * Links inside the preview never navigate the app window; http, https and
 * mailto links go to `options.openLink`.
 */
export function createPreviewPane(element: HTMLElement, options: PreviewOptions): PreviewPane {
  let renderer = createPostRenderer(emptyRenderContext);
  const plan = createPreviewPlanner(() => renderer.excerptSeparator);
  const images = previewImageBases(options);
  const sanitize = createSanitizer(options.assetBase, images.bases);
  // The preview sits in a frame (outside the blog style's scope) inside its scrolling pane.
  const scroller = element.closest<HTMLElement>('.preview-pane') ?? element.parentElement ?? element;
  let env: Readonly<MarkdownEnv> = {};
  let references: References = {};
  let hasMarkerLine = false;
  let endLine = 1;
  let sync: ScrollSync | null = null;
  let editorPort: ScrollPort | null = null;
  /** What to render next: how to read the text, and whether it is a post just opened (see `show`). */
  let pending: { readonly read: () => string; readonly opened: boolean } | null = null;
  let lastRead: () => string = () => '';
  const reportProblems = problemReporter(options);
  let frame = 0;
  const headingBases = new WeakMap<Element, string>();

  const boundary = createExcerptBoundary();
  const toggle = createModeToggle((mode) => {
    element.dataset['mode'] = mode;
    continueReading.hidden = !(mode === 'front' && hasMarkerLine);
    // Switching views leaves the editor where it is; the preview finds its place again.
    if (sync !== null && editorPort !== null) {
      sync.drive(editorPort);
      sync.align();
    }
  });
  const continueReading = createContinueReading(() => {
    toggle.set('post');
    if (sync === null) {
      boundary.scrollIntoView();
      return;
    }
    sync.drive(previewPort);
    previewPort.scrollToLine(Number(boundary.dataset['sourceLine']));
    sync.align();
  });
  const toolbar = addToolbar(scroller, options, toggle.element);
  element.dataset['mode'] = toggle.mode();
  element.append(continueReading);

  const blocks = createBlockList(element, continueReading, (key) => sanitize(renderer.render(key, env)), boundary);
  const anchors = (): readonly LineAnchor[] => anchorsIn(blocks.items(), toggle.mode());
  const previewPort = previewScrollPort(scroller, element, anchors, () => endLine, () => (toolbar.parentElement === scroller ? toolbar.offsetHeight : 0));

  const renderRest = laterRenderer(element, blocks, headingBases, () => alignSoon(sync, false));
  openLinksOutside(element, options.openLink);
  showMissingImages(element);

  // Renders what arrived since the last render. Inside a frame (`inFrame`) scroll sync aligns at once; outside
  // one (a post just opened) in the next frame, before its layout, rather than force a layout of its own now.
  const render = (inFrame: boolean): void => {
    if (pending === null) {
      return;
    }
    const { read, opened } = pending;
    [lastRead, pending] = [read, null];
    const next = plan(read());
    const prepared = renderer.prepare(next.items, next.frontMatter, next.env);
    markTiming('preview:parsed');
    const changed = changedLabels(references, prepared.env.references ?? {});
    [env, references] = [prepared.env, prepared.env.references ?? {}];
    const touched = blocks.update(prepared.items, changed.length === 0 ? undefined : mayUseLabels(changed), opened ? { afterBytes: firstPaintBytes } : undefined);
    markTiming('preview:rendered');
    renderRest();
    reportProblems(renderer.problems(prepared.items));
    // Typing in a paragraph touches no heading: numbering them again would read the whole preview per keystroke.
    if (touched.some((block) => block.querySelector(headingSelector) !== null)) {
      numberHeadings(element, headingBases);
    }
    hasMarkerLine = next.hasMarkerLine;
    continueReading.hidden = !(toggle.mode() === 'front' && hasMarkerLine);
    const last = next.items.at(-1);
    endLine = last === undefined ? 1 : last.kind === 'block' ? last.block.endLine : last.line + 1;
    alignSoon(sync, inFrame);
  };

  /** At each frame: render what arrived since the last render, or, when nothing did, stop until the next change. */
  const tick = (): void => {
    if (pending === null) {
      frame = 0;
      return;
    }
    render(true);
    frame = requestAnimationFrame(tick);
  };

  return {
    show(readText, opened = false) {
      pending = { read: readText, opened };
      if (frame === 0) {
        // Nothing rendered since the last frame: render at once (after the editor's own update), and
        // open a frame interval; later changes in it wait for the next frame, so one render per frame.
        queueMicrotask(() => render(false));
        frame = requestAnimationFrame(tick);
      }
    },
    followEditor(editor) {
      editorPort = editor;
      sync = createScrollSync(editor, previewPort);
    },
    toggleMode() {
      toggle.set(toggle.mode() === 'post' ? 'front' : 'post');
    },
    setBlog(blog) {
      renderer = createPostRenderer(blog);
      images.setBlog(blog);
      blocks.update([]);
      this.show(lastRead);
    },
  };
}
