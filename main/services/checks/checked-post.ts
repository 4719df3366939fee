import { readFile } from 'node:fs/promises';
import { isMap, parseDocument, type Document } from 'yaml';
import type { Problem } from '../../../shared/problem';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePost } from '../../../shared/front-matter/parse-post';
import type { DuplicateKey } from '../../../shared/front-matter/psych-data';
import { positionOf } from '../../../shared/front-matter/text-position';
import { BinaryFileError, decodePostBytes } from '../posts/post-text';

/** A post as the checks see it: its text, its front matter both as data and as a YAML document with positions. */
export interface CheckedPost {
  readonly path: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** Zero-based line of the text where the body starts. */
  readonly bodyStartLine: number;
  /** The YAML front matter as a document (node ranges relative to `yamlStart`), or null for none/TOML/JSON. */
  readonly yaml: Document | null;
  /** Offset in `text` where the YAML source starts. */
  readonly yamlStart: number;
  /** Keys the front matter repeats (Jekyll keeps the last value). */
  readonly duplicateKeys: readonly DuplicateKey[];
}

/** A problem at an offset of the post's text. */
export function problemAt(post: CheckedPost, offset: number, severity: Problem['severity'], message: string): Problem {
  return { path: post.path, ...positionOf(post.text, offset), severity, message };
}

/** A problem on a 1-based line of the post, at its first column. */
export function problemOnLine(path: string, line: number, severity: Problem['severity'], message: string): Problem {
  return { path, line, column: 1, severity, message };
}

/**
 * Reads a post for checking. Problems that stop the checks of this post
 * (unreadable bytes, invalid front matter) come back as `problems`; a post
 * that is still checkable comes back as `post`.
 */
export async function readCheckedPost(path: string): Promise<{ post: CheckedPost | null; problems: Problem[] }> {
  const bytes = await readFile(path);
  let text: string;
  const problems: Problem[] = [];
  try {
    const decoded = decodePostBytes(bytes);
    text = decoded.text;
    if (decoded.encoding === 'latin1' && decoded.invalidUtf8At !== null) {
      const { line, column, offset } = decoded.invalidUtf8At;
      problems.push({ path, line, column, severity: 'error', message: `not valid UTF-8 (byte ${offset}); Jekyll expects UTF-8` });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = error instanceof BinaryFileError ? error.position : { line: 1, column: 1 };
    return { post: null, problems: [{ path, line: place.line, column: place.column, severity: 'error', message }] };
  }
  const checked = checkedPostOf(path, text);
  return { post: checked.post, problems: [...problems, ...checked.problems] };
}

/**
 * A post's text (as the editor holds it: decoded, `\n` line endings) read
 * for checking: `post` is null when its front matter cannot be read, and
 * `problems` then say why.
 */
export function checkedPostOf(path: string, text: string): { post: CheckedPost | null; problems: Problem[] } {
  try {
    const parsed = parsePost(text);
    const location = locateFrontMatter(text);
    const yaml = location.format === 'yaml'
      ? parseDocument(text.slice(location.sourceStart, location.sourceEnd), { version: '1.1' })
      : null;
    const post: CheckedPost = {
      path,
      text,
      data: parsed.data,
      body: parsed.body,
      bodyStartLine: parsed.bodyStartLine,
      yaml: yaml !== null && isMap(yaml.contents) ? yaml : null,
      yamlStart: location.sourceStart,
      duplicateKeys: parsed.duplicateKeys ?? [],
    };
    return { post, problems: [] };
  } catch (error) {
    if (error instanceof FrontMatterError) {
      return { post: null, problems: [{ path, line: error.line, column: error.column, severity: 'error', message: error.message.replace(/^\d+:\d+: /, '') }] };
    }
    throw error;
  }
}
