import createDOMPurify, { type Config } from 'dompurify';
import { JSDOM } from 'jsdom';
import { isInertStyle } from '../../../shared/inert-style';

/** Attributes that point somewhere: in a picture only links inside the picture itself (`#id`) stay. */
const linkAttributes = new Set(['href', 'xlink:href', 'src']);

/**
 * DOMPurify's SVG profile, as the preview runs DOMPurify on a post's HTML:
 * scripts, event handlers, `foreignObject` (and the HTML inside it),
 * `javascript:` links and the like go. On top: no `<a>` (a picture links
 * nowhere), no `data-*` attributes.
 */
const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { svg: true, svgFilters: true },
  FORBID_TAGS: ['a', 'foreignObject'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Sanitises an SVG picture before it is written into a blog, where the live
 * site may serve it as a page of its own: DOMPurify with its SVG profile,
 * running in main on a jsdom window. DOMPurify needs a DOM and main has none;
 * jsdom is the DOM DOMPurify's authors test on and recommend for Node (they
 * warn that lighter DOMs such as happy-dom or linkedom are not safe for it).
 * It runs in a worker thread (`sanitizeSvgInWorker`), bundled apart from
 * main, so jsdom costs nothing until an SVG is added.
 * Besides the profile: every `href`/`xlink:href`/`src` that is not a link
 * inside the picture (`#id`) is removed, so the picture loads nothing from
 * anywhere, and `<style>` elements and `style` attributes whose CSS could
 * load or run something (`url()`, `@import`, …; see `isInertStyle`) go.
 * Returns the sanitised picture as UTF-8 XML, or null when nothing of an
 * `<svg>` picture is left (not SVG, or not well-formed).
 */
export function sanitizeSvg(bytes: Uint8Array): Uint8Array | null {
  const { window } = new JSDOM('');
  try {
    const text = new TextDecoder('utf-8').decode(bytes);
    const parsed = new window.DOMParser().parseFromString(text, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg' || parsed.getElementsByTagName('parsererror').length > 0) {
      return null;
    }
    const purify = createDOMPurify(window);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (linkAttributes.has(data.attrName) && !data.attrValue.trim().startsWith('#')) {
        data.keepAttr = false;
      } else if (data.attrName === 'style' && !isInertStyle(data.attrValue)) {
        data.keepAttr = false;
      }
    });
    purify.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'style' && !isInertStyle(node.textContent ?? '')) {
        node.parentNode?.removeChild(node);
      }
    });
    const clean = purify.sanitize(root.outerHTML, config).firstElementChild;
    if (clean?.localName !== 'svg') {
      return null;
    }
    return new TextEncoder().encode(`${new window.XMLSerializer().serializeToString(clean)}\n`);
  } finally {
    window.close();
  }
}
