/** The only schemes the preview hands to the user's browser or mail program (main checks again). */
const externalProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL a link of the post should open outside the app, or null: only an
 * absolute http, https or mailto URL as written in the post. Relative links
 * (`/2009/01/post.html`, `#notes`) mean pages of the blog that are not here,
 * and `javascript:`, `file:`, `data:` and the like never leave the preview.
 */
export function externalLinkTarget(href: string | null): string | null {
  if (href === null) {
    return null;
  }
  try {
    const url = new URL(href.trim());
    return externalProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Every element a click can follow: links, and the areas of image maps. (Forms, `<meta>` refreshes, SVG and MathML links and scripts never reach the preview: see sanitizer.ts.) */
const linkLike = 'a, area';

/**
 * Makes the links in `element` open in the user's browser through `open`
 * (the bridge's `openExternal`) and never navigate the app window: every
 * click or middle click on a link or an image map's area is cancelled, and
 * only an {@link externalLinkTarget} is passed on (a plain left click or
 * Enter, not a middle click, which opens nothing). A form submission, should
 * one ever get in, is cancelled too.
 */
export function openLinksOutside(element: HTMLElement, open: (url: string) => void): void {
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest(linkLike) : null;
    if (link === null || !element.contains(link)) {
      return;
    }
    event.preventDefault();
    const target = event.type === 'click' && event.button === 0 ? externalLinkTarget(link.getAttribute('href')) : null;
    if (target !== null) {
      open(target);
    }
  };
  element.addEventListener('click', onClick);
  element.addEventListener('auxclick', onClick);
  element.addEventListener('submit', (event) => event.preventDefault());
}
