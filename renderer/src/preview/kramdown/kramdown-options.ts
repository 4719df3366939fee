/** The `_config.yml` settings that change how a post's Markdown renders, as kramdown reads them. */
export interface KramdownOptions {
  /** `input: GFM` (Jekyll's default) or `kramdown`: GFM's header ids, fenced code and `~~strike~~`. */
  readonly gfm: boolean;
  /** `auto_ids`: headers get an id from their text. */
  readonly autoIds: boolean;
  /** `auto_id_prefix`, put before every generated id. */
  readonly autoIdPrefix: string;
  /** `hard_wrap` (GFM only): a line break in a paragraph is a `<br>`. */
  readonly hardWrap: boolean;
  /** `smart_quotes` as characters: left single, right single, left double, right double. */
  readonly smartQuotes: readonly [string, string, string, string];
  /** `typographic_symbols` overrides: kramdown's symbol name (`hellip`, `mdash`...) to the text shown. */
  readonly typographicSymbols: Readonly<Record<string, string>>;
  /** `parse_block_html`: Markdown inside block HTML is parsed. */
  readonly parseBlockHtml: boolean;
  /** `footnote_nr`: the number of the first footnote. */
  readonly footnoteNumber: number;
  /**
   * The language of a code block that names none (`syntax_highlighter_opts:
   * default_lang`, `plaintext` in Jekyll), or null when there is none (an
   * empty `default_lang`): such a block is then not highlighted.
   */
  readonly defaultLang: string | null;
  /**
   * Rouge highlights code. Jekyll falls back to Rouge when `highlighter` or
   * `syntax_highlighter` is empty or false; any other name than `rouge`
   * (`none`, `pygments`) or `syntax_highlighter_opts: { disable: true }`
   * turns it off, and code blocks are plain `<pre><code>`.
   */
  readonly highlight: boolean;
}

/** What Jekyll 4 passes to kramdown when `_config.yml` says nothing. */
export const jekyllKramdownDefaults: KramdownOptions = {
  gfm: true,
  autoIds: true,
  autoIdPrefix: '',
  hardWrap: false,
  smartQuotes: ['\u2018', '\u2019', '\u201c', '\u201d'],
  typographicSymbols: {},
  parseBlockHtml: false,
  footnoteNumber: 1,
  defaultLang: 'plaintext',
  highlight: true,
};

/** The characters of the HTML entities kramdown's `smart_quotes` may name. */
const quoteEntities: Readonly<Record<string, string>> = {
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e',
  lsaquo: '\u2039', rsaquo: '\u203a', laquo: '\u00ab', raquo: '\u00bb', apos: "'", quot: '"',
};

/** One `smart_quotes` entry (`lsquo`, `8216`, `#8216`) as its character, or null when kramdown would not know it. */
function quoteCharacter(entry: string): string | null {
  const name = entry.trim();
  const number = /^#?(\d+)$/.exec(name);
  if (number !== null) {
    return String.fromCodePoint(Number(number[1]));
  }
  return quoteEntities[name] ?? null;
}

/** `smart_quotes` as a list or a comma-separated string, or the default when it is not four quotes kramdown knows. */
function smartQuotesOf(value: unknown): KramdownOptions['smartQuotes'] {
  const entries = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  const quotes = entries.map(quoteCharacter);
  if (quotes.length !== 4 || quotes.some((quote) => quote === null)) {
    return jekyllKramdownDefaults.smartQuotes;
  }
  return quotes as unknown as KramdownOptions['smartQuotes'];
}

/** A setting read as a boolean the way Ruby's YAML gave it; anything else keeps the default. */
function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Ruby's truth: everything but nil (absent) and false. */
function rubyTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** The highlighter Jekyll hands kramdown: `kramdown.syntax_highlighter`, else `highlighter`, else Rouge. */
function highlighterName(config: Readonly<Record<string, unknown>> | null, settings: Readonly<Record<string, unknown>>): string {
  const chosen: unknown = [settings['syntax_highlighter'], config?.['highlighter']].find(rubyTruthy);
  return chosen === undefined ? 'rouge' : typeof chosen === 'string' ? chosen : JSON.stringify(chosen);
}

/**
 * The kramdown options of a blog, from its parsed `_config.yml` (null when it
 * has none): Jekyll's defaults, overridden by the `kramdown:` settings.
 * `markdown:` other than kramdown still renders as kramdown (the preview knows
 * no other converter).
 */
export function kramdownOptionsFromConfig(config: Readonly<Record<string, unknown>> | null): KramdownOptions {
  const raw = config?.['kramdown'];
  const settings: Readonly<Record<string, unknown>> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const input = typeof settings['input'] === 'string' ? settings['input'] : 'GFM';
  const symbols: Record<string, string> = {};
  const rawSymbols = settings['typographic_symbols'];
  if (typeof rawSymbols === 'object' && rawSymbols !== null) {
    for (const [name, text] of Object.entries(rawSymbols)) {
      symbols[name] = String(text);
    }
  }
  const rawHighlighterOptions = settings['syntax_highlighter_opts'];
  const highlighterOptions = typeof rawHighlighterOptions === 'object' && rawHighlighterOptions !== null ? (rawHighlighterOptions as Record<string, unknown>) : {};
  // Jekyll's `syntax_highlighter_opts['default_lang'] ||= 'plaintext'`: only nil or false fall back.
  const rawDefaultLang = highlighterOptions['default_lang'];
  const defaultLang = !rubyTruthy(rawDefaultLang) ? 'plaintext' : typeof rawDefaultLang === 'string' ? rawDefaultLang : JSON.stringify(rawDefaultLang);
  return {
    defaultLang: defaultLang === '' ? null : defaultLang,
    highlight: highlighterName(config, settings) === 'rouge' && !rubyTruthy(highlighterOptions['disable']),
    gfm: input.toLowerCase() === 'gfm',
    autoIds: flag(settings['auto_ids'], jekyllKramdownDefaults.autoIds),
    autoIdPrefix: typeof settings['auto_id_prefix'] === 'string' ? settings['auto_id_prefix'] : '',
    hardWrap: flag(settings['hard_wrap'], jekyllKramdownDefaults.hardWrap),
    smartQuotes: settings['smart_quotes'] === undefined ? jekyllKramdownDefaults.smartQuotes : smartQuotesOf(settings['smart_quotes']),
    typographicSymbols: symbols,
    parseBlockHtml: flag(settings['parse_block_html'], false),
    footnoteNumber: typeof settings['footnote_nr'] === 'number' ? settings['footnote_nr'] : 1,
  };
}
