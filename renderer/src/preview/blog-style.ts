import type { BlogStylesheet } from '../../../shared/blog/blog-stylesheet';

/** CSS values that would load something: any `url()`, `image-set()` or `src()`; checked on the browser's own serialisation, so escapes cannot hide them. */
const loadsSomething = /\b(?:url|image-set|-webkit-image-set|src)\s*\(/i;

/** Splits a selector list at its top-level commas (not those inside `:is(a, b)`, `[x=","]` or strings). */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (quote !== '') {
      if (char === '\\') {
        index += 1;
      } else if (char === quote) {
        quote = '';
      }
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' || char === '[') {
      depth += 1;
    } else if (char === ')' || char === ']') {
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * Re-roots one selector at the preview: `a` becomes `:scope a` (as specific
 * as the app's own `.preview a`, and later in the cascade, so the blog's look
 * wins inside the preview), and the page's own roots (`html`, `:root`,
 * `body`) become the preview itself.
 */
function reroot(selector: string): string {
  const withoutPage = selector.replace(/^(?:html|:root)(?=$|[\s>+~])\s*[>]?\s*/i, '');
  if (withoutPage === '') {
    return ':scope';
  }
  const body = /^body(?=$|[\s>+~.#:[])/i.exec(withoutPage);
  if (body !== null) {
    return `:scope${withoutPage.slice(body[0].length)}`;
  }
  return withoutPage.startsWith(':scope') ? withoutPage : `:scope ${withoutPage}`;
}

/** Removes from `rules` (recursively) every rule that loads or imports and every declaration whose value loads something. */
function neutralise(rules: CSSRuleList, remove: (index: number) => void): void {
  for (let index = rules.length - 1; index >= 0; index -= 1) {
    const rule = rules[index];
    if (rule === undefined) {
      continue;
    }
    if (rule instanceof CSSImportRule || rule instanceof CSSFontFaceRule || rule instanceof CSSNamespaceRule) {
      remove(index);
      continue;
    }
    if (rule instanceof CSSStyleRule && !(rule.parentRule instanceof CSSStyleRule)) {
      rule.selectorText = splitSelectorList(rule.selectorText).map(reroot).join(', ');
    }
    if ('style' in rule && rule.style instanceof CSSStyleDeclaration) {
      const style = rule.style;
      for (const property of Array.from(style)) {
        if (loadsSomething.test(style.getPropertyValue(property))) {
          style.removeProperty(property);
        }
      }
    }
    if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList && 'deleteRule' in rule && typeof rule.deleteRule === 'function') {
      const grouping = rule as CSSRule & { cssRules: CSSRuleList; deleteRule(index: number): void };
      neutralise(grouping.cssRules, (inner) => grouping.deleteRule(inner));
    }
  }
}

/**
 * Turns the blog's stylesheet into one that can only style the preview: the
 * text is wrapped in `@scope (<scope>)`, so its rules reach nothing outside
 * the preview's article, then parsed by the browser; each selector is
 * re-rooted at the scope (see {@link reroot}), and every `@import`,
 * `@font-face` and declaration that would load a URL is removed (the
 * preview loads nothing from anywhere; the CSP would block it too, but the
 * request alone could tell a server the post was opened). A constructed
 * stylesheet: the CSP's `style-src 'self'` allows it without inline styles.
 */
export function scopedBlogStylesheet(stylesheet: BlogStylesheet, scope: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  // A `}` too many in the blog's CSS must not close the scope early: the browser drops unbalanced braces inside the block.
  sheet.replaceSync(`@scope (${scope}) {\n${stylesheet.css}\n}`);
  neutralise(sheet.cssRules, (index) => sheet.deleteRule(index));
  return sheet;
}

/**
 * Creates the toolbar toggle (`data-testid="preview-blog-style"`) that shows
 * the preview in the blog's own stylesheet: pressed adds the sheet (read
 * through `load` on each press, so an edited stylesheet shows) to the
 * document's adopted stylesheets, scoped to the preview; not pressed (the
 * default) removes it. When the blog has no stylesheet the button says so
 * and stays unpressed.
 */
export function createBlogStyleToggle(load: () => Promise<BlogStylesheet | null>, scope: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'preview-mode-toggle';
  button.dataset['testid'] = 'preview-blog-style';
  button.textContent = 'Blog style';
  const defaultTitle = 'Show the preview in the blog\'s own stylesheet';
  button.title = defaultTitle;
  button.setAttribute('aria-pressed', 'false');
  let sheet: CSSStyleSheet | null = null;
  const remove = (): void => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    sheet = null;
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (sheet !== null) {
      remove();
      return;
    }
    load()
      .then((stylesheet) => {
        if (stylesheet === null) {
          button.title = 'The blog has no stylesheet Inkpost could find (css/, assets/, _site/ or the blog root)';
          return;
        }
        sheet = scopedBlogStylesheet(stylesheet, scope);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        button.title = `${defaultTitle}: ${stylesheet.path}`;
        button.setAttribute('aria-pressed', 'true');
      })
      .catch((error: unknown) => {
        button.title = `Could not read the blog's stylesheet: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
  return button;
}
