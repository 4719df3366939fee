/**
 * Scopes the blog's stylesheet to the preview by parsing it, never by
 * wrapping its text: the browser parses the blog's CSS on its own, and each
 * rule that can stay inside the preview is inserted, one at a time, into an
 * `@scope` rule built by the app. An insert parses exactly one rule, so no
 * brace, comment or string in the blog's CSS can close the scope early.
 */

/** CSS values that would load something: any `url()`, `image-set()` or `src()`; checked on the browser's own serialisation, so escapes cannot hide them. */
const loadsSomething = /\b(?:url|image-set|-webkit-image-set|src)\s*\(/i;

/** The blog's stylesheet, scoped, and what was left out of it. */
export interface ScopedStylesheet {
  /** A constructed stylesheet holding one `@scope` rule with everything kept. */
  readonly sheet: CSSStyleSheet;
  /** What was left out, by kind (`@import`, `@font-face`, `url() value`, ...), with how many of each. */
  readonly dropped: ReadonlyMap<string, number>;
}

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

/** Removes, from `rule` and every rule nested in it, each declaration whose value would load something; counts them. */
function removeLoads(rule: CSSRule, drop: (kind: string) => void): void {
  if ('style' in rule && rule.style instanceof CSSStyleDeclaration) {
    const style = rule.style;
    for (const property of Array.from(style)) {
      if (loadsSomething.test(style.getPropertyValue(property))) {
        style.removeProperty(property);
        drop('url() value');
      }
    }
  }
  if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
    for (const nested of Array.from(rule.cssRules)) {
      removeLoads(nested, drop);
    }
  }
}

/** The prelude of a grouping rule the preview can hold (`@media …`, `@supports …`, `@layer …`), or null for any other rule. */
function groupingPrelude(rule: CSSRule): string | null {
  if (rule instanceof CSSMediaRule) {
    return `@media ${rule.media.mediaText}`;
  }
  if (rule instanceof CSSSupportsRule) {
    return `@supports ${rule.conditionText}`;
  }
  if (rule instanceof CSSLayerBlockRule) {
    return rule.name === '' ? '@layer' : `@layer ${rule.name}`;
  }
  return null;
}

/** The kind of a rule for the note: its at-keyword (`@keyframes`), else "rule". */
function ruleKind(rule: CSSRule): string {
  return /^@[-\w]+/.exec(rule.cssText)?.[0] ?? 'rule';
}

/**
 * Copies `rules` into `into` (a rule inside the app's `@scope`): style rules
 * re-rooted and without loading values; `@media`, `@supports` and `@layer`
 * blocks rebuilt from their prelude, their rules copied the same way. Every
 * other rule (`@font-face`, `@keyframes`, `@property`, `@page`, `@namespace`,
 * `@counter-style`, `@container`, ...) names or loads something for the whole
 * page, or cannot be held inside a scope: it is left out and counted.
 */
function copyRules(rules: CSSRuleList, into: CSSGroupingRule, drop: (kind: string) => void): void {
  for (const rule of Array.from(rules)) {
    const prelude = groupingPrelude(rule);
    let text: string;
    if (rule instanceof CSSStyleRule) {
      rule.selectorText = splitSelectorList(rule.selectorText).map(reroot).join(', ');
      removeLoads(rule, drop);
      text = rule.cssText;
    } else if (prelude !== null) {
      text = `${prelude} {}`;
    } else {
      drop(ruleKind(rule));
      continue;
    }
    let index: number;
    try {
      index = into.insertRule(text, into.cssRules.length);
    } catch {
      drop(ruleKind(rule));
      continue;
    }
    const inserted = into.cssRules[index];
    if (prelude !== null && 'cssRules' in rule && rule.cssRules instanceof CSSRuleList && inserted instanceof CSSGroupingRule) {
      copyRules(rule.cssRules, inserted, drop);
    }
  }
}

/** How many `@import` rules `css` has outside comments: the browser's `replaceSync` ignores them, so they never reach the rules. */
function countImports(css: string): number {
  return css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').match(/@import\b/gi)?.length ?? 0;
}

/**
 * Turns the blog's stylesheet into one that can only style the preview
 * (`scope` is the preview's selector). The blog's CSS is parsed by the
 * browser as a stylesheet of its own (`replaceSync`, which also ignores
 * `@import`); the result is an app-made `@scope (<scope>)` rule into which
 * each kept rule is inserted (see {@link copyRules}), so every rule's subject
 * lies inside the preview whatever the blog's text held. Declarations that
 * would load a URL are removed (the preview loads nothing from anywhere; the
 * CSP would block it too, but the request alone could tell a server the post
 * was opened). A constructed stylesheet: the CSP's `style-src 'self'` allows
 * it without inline styles.
 */
export function scopeBlogStylesheet(css: string, scope: string): ScopedStylesheet {
  const dropped = new Map<string, number>();
  const drop = (kind: string): void => {
    dropped.set(kind, (dropped.get(kind) ?? 0) + 1);
  };
  const imports = countImports(css);
  if (imports > 0) {
    dropped.set('@import', imports);
  }
  const parsed = new CSSStyleSheet();
  parsed.replaceSync(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@scope (${scope}) {}`);
  const root = sheet.cssRules[0];
  if (!(root instanceof CSSGroupingRule) || !root.cssText.startsWith('@scope')) {
    throw new Error('This browser cannot scope a stylesheet to the preview (no @scope)');
  }
  copyRules(parsed.cssRules, root, drop);
  return { sheet, dropped };
}

/** The note shown above the preview when something was left out, or null when nothing was. */
export function droppedNote(dropped: ReadonlyMap<string, number>): string | null {
  if (dropped.size === 0) {
    return null;
  }
  const parts = Array.from(dropped, ([kind, count]) => `${count} × ${kind}`);
  return `Left out of the blog's stylesheet, as it could reach outside the preview or load files: ${parts.join(', ')}.`;
}
