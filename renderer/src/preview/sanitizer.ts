import DOMPurify, { type Config } from 'dompurify';
import { isInertStyle } from '../../../shared/inert-style';
import { imageCandidates, imageFallbacks, imagePostPaths, noImageBases, type ImageBases } from './image-sources';
import { isBlogAsset, siteRootToAsset, srcsetToAssets } from './site-root-urls';

/** Image types a `data:` URL may carry, in `<img src>` only: pictures pasted into a post. SVG is left out. */
const dataImage = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);/;

/** Attributes whose value is a URL (or a list of them) that the browser may load or follow. */
const urlAttributes = new Set(['src', 'href', 'srcset', 'poster', 'background', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'action', 'formaction', 'xlink:href', 'data', 'codebase', 'icon', 'manifest', 'usemap']);

/** Of those, the ones the browser loads by itself, as soon as the element is shown. */
const loadingAttributes = new Set(['src', 'srcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'data', 'codebase', 'icon', 'manifest']);

/** True when every URL in `value` (a `srcset` lists several) resolves to the app's own origin, the blog's or posts folder's files, or is a `data:` image. */
function loadsOnlyFromApp(value: string, list: boolean, assetBase: string | null, postsBase: string | null): boolean {
  const urls = list ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  return urls.every((url) => {
    if (url === '' || dataImage.test(url.toLowerCase())) {
      return true;
    }
    try {
      const resolved = new URL(url, document.baseURI);
      return (resolved.protocol === location.protocol && resolved.host === location.host) || isBlogAsset(resolved.href, assetBase) || isBlogAsset(resolved.href, postsBase);
    } catch {
      return false;
    }
  });
}

/**
 * What the preview keeps of a post's HTML. The HTML profile only, so no SVG or
 * MathML (and none of their script vectors); DOMPurify already drops scripts,
 * event handlers, `javascript:`/`vbscript:`/`data:` links, iframes, objects,
 * embeds, meta, base and link elements. On top of that: no forms or controls
 * (and no `action`/`formaction`), no `<style>` element (CSS that could load
 * `url()`s or restyle the app), no templates or slots, no invoker or popover
 * targets that could act on the app's own elements, no `data-*` attributes
 * (they could fake the preview's own `data-source-line` or test ids), and ids
 * and names get a `user-content-` prefix so they cannot clobber globals.
 */
const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'template', 'slot', 'dialog'],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'ping', 'command', 'commandfor', 'popovertarget', 'popovertargetaction', 'autofocus'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Creates the preview's sanitizer: HTML rendered from a post in, a fragment of
 * inert nodes out. Besides `config`, a hook drops every `style` attribute
 * whose CSS could load or run something (`url()`, `image-set()`,
 * `expression()`, `@import`, also when spelled with CSS escapes) and every
 * `data:` URL except an image in `<img src>` (`data:image/png;…` and the
 * like): such an image is pixels the post carries itself, loads nothing from
 * anywhere and runs nothing, and the page's CSP allows `img-src data:`. The
 * preview never loads anything from another origin: an image, poster or
 * background URL that is not the app's own (or a `data:` image) is removed,
 * leaving the image's alt text, marked `preview-not-loaded` with a tooltip;
 * the page's CSP would block the load anyway, but the attempt alone would
 * tell a tracking server the post was opened. Site-root paths
 * (`/images/x.gif`) load from the blog's folder through the host's confined
 * handler under `assetBase()` (none when it returns null); an `<img>`'s
 * `src` goes through `imageCandidates` with `imageBases()` (the blog's
 * `baseurl` taken off, relative paths beside the post), its other candidates
 * left in `imageFallbacks` for the preview to try. The nodes are never serialized
 * and parsed again (DOMPurify returns the DOM it checked), which rules out
 * mutation XSS through re-parsing.
 */
export function createSanitizer(assetBase: () => string | null = () => null, imageBases: () => ImageBases = () => noImageBases): (html: string) => DocumentFragment {
  const purify = DOMPurify();
  /** Elements that lost a URL to another origin: they get a class and a tooltip saying why nothing shows. */
  const notLoaded = new WeakSet<Element>();
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (notLoaded.has(node)) {
      node.classList.add('preview-not-loaded');
      if (!node.hasAttribute('title')) {
        node.setAttribute('title', 'Not loaded in the preview: it comes from another site');
      }
    }
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'style') {
      if (!isInertStyle(data.attrValue)) {
        data.keepAttr = false;
      }
      return;
    }
    if (!urlAttributes.has(data.attrName)) {
      return;
    }
    // Site-root paths (`/images/x.gif`) are the blog's files: asked of the host's confined handler (Workspace.assetBase).
    const bases = imageBases();
    const candidates = node.nodeName === 'IMG' && data.attrName === 'src' ? imageCandidates(data.attrValue, bases) : [];
    if (candidates.length > 0) {
      imagePostPaths.set(node, data.attrValue.trim());
      imageFallbacks.set(node, candidates.slice(1));
      data.attrValue = candidates[0] ?? '';
    } else if (loadingAttributes.has(data.attrName)) {
      data.attrValue = data.attrName === 'srcset' ? srcsetToAssets(data.attrValue, assetBase()) : siteRootToAsset(data.attrValue, assetBase());
    }
    const compact = data.attrValue.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
    if (compact.startsWith('data:') && !(node.nodeName === 'IMG' && data.attrName === 'src' && dataImage.test(compact))) {
      data.keepAttr = false;
    } else if (loadingAttributes.has(data.attrName) && !loadsOnlyFromApp(data.attrValue, data.attrName === 'srcset', assetBase(), bases.posts)) {
      data.keepAttr = false;
      notLoaded.add(node);
    }
  });
  // Parsed once: sanitize() would otherwise rebuild the allow-lists of the HTML profile for every block of every render.
  purify.setConfig(config);
  return (html) => purify.sanitize(html, config); // with a config set, DOMPurify ignores this one (it types the fragment)
}
