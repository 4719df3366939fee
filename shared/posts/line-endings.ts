import { lineDiff } from './line-diff';

/** A line break as a file spells it. */
export type LineBreak = '\r\n' | '\n' | '\r';

/** The line breaks of `text` in order: one per line except the last. */
function lineBreaksOf(text: string): LineBreak[] {
  return (text.match(/\r\n|\r|\n/g) ?? []) as LineBreak[];
}

/**
 * True when `text` (a decoded file, endings as on disk) mixes line endings:
 * CRLF beside LF, or any lone CR. Such a file cannot be written back by
 * putting one ending everywhere; see {@link restoreLineEndings}.
 */
export function hasMixedLineEndings(text: string): boolean {
  const crlf = text.includes('\r\n');
  const loneCarriageReturn = /\r(?!\n)/.test(text);
  const bareLineFeed = /(?<!\r)\n/.test(text);
  return loneCarriageReturn || (crlf && bareLineFeed);
}

/** The break the file uses most (CRLF on a tie with LF, LF on any other tie). */
function dominantBreak(breaks: readonly LineBreak[]): LineBreak {
  const count = (which: LineBreak): number => breaks.filter((lineBreak) => lineBreak === which).length;
  const [crlf, lf, cr] = [count('\r\n'), count('\n'), count('\r')];
  if (cr > crlf && cr > lf) {
    return '\r';
  }
  return crlf > 0 && crlf >= lf ? '\r\n' : '\n';
}

/**
 * Writes editor text back with the line endings of the file it was edited
 * from. The editor may normalise every break (CRLF, LF, a lone CR) to `\n`;
 * each line of `text` that the edit left untouched (a line the two texts
 * share, as a line diff aligns them) gets back its own break from `original`
 * byte for byte; an edited line keeps the break of the line it replaced, and
 * only new lines take the file's most common break. Breaks already in `text` count as `\n`. The result has no more and
 * no fewer lines than `text`, and the same content on each.
 */
export function restoreLineEndings(text: string, original: string): string {
  const originalBreaks = lineBreaksOf(original);
  const fallback = dominantBreak(originalBreaks);
  const lines = text.split(/\r\n|\r|\n/);
  const originalLines = original.split(/\r\n|\r|\n/);
  const breaks: LineBreak[] = new Array<LineBreak>(Math.max(lines.length - 1, 0)).fill(fallback);
  let oldIndex = 0;
  let newIndex = 0;
  // The breaks of removed lines, for the lines added in their place (an edited line is one removed and one added).
  let replaced: (LineBreak | undefined)[] = [];
  for (const line of lineDiff(originalLines.join('\n'), lines.join('\n'))) {
    if (line.kind === 'removed') {
      replaced.push(originalBreaks[oldIndex]);
      oldIndex += 1;
      continue;
    }
    // The break after a line that was the file's last (none) is the file's usual one.
    const own = line.kind === 'same' ? originalBreaks[oldIndex] : replaced.shift();
    if (own !== undefined && newIndex < breaks.length) {
      breaks[newIndex] = own;
    }
    if (line.kind === 'same') {
      replaced = [];
      oldIndex += 1;
    }
    newIndex += 1;
  }
  let result = lines[0] ?? '';
  for (let index = 1; index < lines.length; index += 1) {
    result += (breaks[index - 1] ?? fallback) + (lines[index] ?? '');
  }
  return result;
}
