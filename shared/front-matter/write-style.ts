import type { StringStyle } from './yaml-scalars';

/** How a front matter writes new values: taken from the file so new text looks like the old. */
export interface WriteStyle {
  /** Lists as `[a, b]` or as `- a` lines. */
  readonly listStyle: 'flow' | 'block';
  /** Space inside flow brackets: `''` for `[a, b]`, `' '` for `[ a, b ]`. */
  readonly flowPadding: string;
  /** Spaces a nested mapping is indented by, relative to its key. */
  readonly mapIndent: number;
  /** Spaces a block list's `-` is indented by, relative to its key (0 for `key:\n- a`). */
  readonly seqIndent: number;
  /** What follows a block list's `-` before the item (usually one space). */
  readonly dashSpacing: string;
  /** Quoting for strings, used when it can hold the string (else double quotes). */
  readonly stringStyle: StringStyle;
}

/** The style of a post with no lists or nested maps to learn from: `[a, b]`, two-space indentation, plain strings. */
export const defaultWriteStyle: WriteStyle = {
  listStyle: 'flow',
  flowPadding: '',
  mapIndent: 2,
  seqIndent: 2,
  dashSpacing: ' ',
  stringStyle: 'plain',
};
