import { askRuby } from './ruby-lines';

/**
 * Converts every text as Jekyll's kramdown converter does for a post, with
 * the `kramdown:` settings of a `_config.yml` (none: Jekyll's defaults), in
 * one Ruby process (`markdown-convert.rb`). Throws when Ruby fails or refuses a text.
 */
export async function convertAsJekyll(texts: readonly string[], kramdown: Readonly<Record<string, unknown>> = {}): Promise<string[]> {
  const answers = await askRuby<{ html?: string; error?: string }>('markdown-convert.rb', 'Markdown oracle', texts.map((text) => ({ text, kramdown })));
  return answers.map((answer, index) => {
    if (answer.html === undefined) {
      throw new Error(`Jekyll's kramdown refused text ${index + 1}: ${answer.error ?? JSON.stringify(answer)}`);
    }
    return answer.html;
  });
}
