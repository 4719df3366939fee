/**
 * Front matter whose fences an edit broke: the text no longer opens with a
 * fence line, yet its first lines are still a front matter block. Jekyll
 * would then render the keys as body text and the post would lose its title
 * and layout, so the editor says so at once instead of showing empty fields.
 */

/** Where the fences are broken and what is wrong, for a message with its line. */
export interface BrokenFences {
  /** 1-based line of the text. */
  readonly line: number;
  readonly message: string;
}

const keyLine = /^[A-Za-z_][\w-]*[ \t]*:([ \t]|$)/;
const continuationLine = /^([ \t]+\S|-[ \t]|#|[ \t]*$)/;
const fence = /^(---|\+\+\+)[ \t]*$/;

/** How far down a closing fence is looked for. */
const linesLookedAt = 60;

/**
 * The broken fences of `text`, which has no front matter as Jekyll finds it
 * (the caller checks that first), or null when the text is just a body: the
 * first line carries a fence run together with other text (`Hello---`), or
 * the text opens with `key: value` lines up to a fence line (the opening
 * fence is gone).
 */
export function brokenFences(text: string): BrokenFences | null {
  const lines = text.split(/\r?\n/, linesLookedAt);
  const first = lines[0] ?? '';
  if (!fence.test(first) && /^\s*(---|\+\+\+)|(---|\+\+\+)\s*$/.test(first) && /[^-+\s]/.test(first)) {
    return { line: 1, message: 'the first line must be exactly "---" to open the front matter; the text typed on it pushed the block into the body' };
  }
  if (!keyLine.test(first)) {
    return null;
  }
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (fence.test(line)) {
      return { line: 1, message: `the opening "---" line is missing above the keys (the closing one is on line ${index + 1}), so the keys are read as body text` };
    }
    if (!keyLine.test(line) && !continuationLine.test(line)) {
      return null;
    }
  }
  return null;
}
