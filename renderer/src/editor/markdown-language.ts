import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { languages } from '@codemirror/language-data';
import type { Extension } from '@codemirror/state';

/**
 * A post's language: YAML front matter between `---` lines, then Markdown with
 * GitHub-style extensions and syntax highlighting inside fenced code blocks
 * for every language CodeMirror knows (each loaded on first use). Without the
 * front matter wrapper, Markdown would read the block as a setext heading.
 */
export function markdownLanguageSupport(): Extension {
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage, codeLanguages: languages }) });
}
