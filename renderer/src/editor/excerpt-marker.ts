import { StateField, type EditorState, type Extension, type Transaction } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { isMarkerLine } from '../../../shared/posts/extended-marker';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import { markerFromFrontMatter } from '../preview/front-matter-marker';
import { findMarkerLine } from '../preview/marker-line';

/** The label shown at the end of the marker line. */
export const markerLineLabel = 'excerpt ends here';

/** Where the body starts, the marker the front matter declares, and the marker line's start (null when there is none). */
interface MarkerState {
  readonly hasFrontMatter: boolean;
  readonly bodyStart: number;
  readonly marker: string | null;
  readonly lineStart: number | null;
  readonly decorations: DecorationSet;
}

class MarkerLabel extends WidgetType {
  override eq(): boolean {
    return true;
  }

  toDOM(): HTMLElement {
    const label = document.createElement('span');
    label.className = 'cm-excerpt-marker-label';
    label.textContent = markerLineLabel;
    label.setAttribute('aria-hidden', 'true');
    return label;
  }
}

const markerLine = Decoration.line({
  class: 'cm-excerpt-marker',
  attributes: {
    'data-testid': 'editor-excerpt-marker',
    title: 'The excerpt ends at this line: the front page shows the text above it, the post page everything',
  },
});
const markerLabel = Decoration.widget({ widget: new MarkerLabel(), side: 1 });

function decorate(state: EditorState, lineStart: number | null): DecorationSet {
  if (lineStart === null) {
    return Decoration.none;
  }
  const line = state.doc.lineAt(lineStart);
  return Decoration.set([markerLine.range(line.from), markerLabel.range(line.to)]);
}

/** Reads the whole post: its front matter, the marker it declares and the marker line. */
function readAll(state: EditorState): MarkerState {
  const { frontMatter, bodyStartLine } = splitFrontMatter(state.doc.toString());
  const bodyStart = bodyStartLine === 0 ? 0 : bodyStartLine < state.doc.lines ? state.doc.line(bodyStartLine + 1).from : state.doc.length;
  return readBody(state, frontMatter !== null, bodyStart, markerFromFrontMatter(frontMatter));
}

/** Finds the marker line in the body (the same line the preview splits at). */
function readBody(state: EditorState, hasFrontMatter: boolean, bodyStart: number, marker: string | null): MarkerState {
  const found = findMarkerLine(state.doc.sliceString(bodyStart), marker);
  const lineStart = found === null ? null : bodyStart + found.start;
  return { hasFrontMatter, bodyStart, marker, lineStart, decorations: decorate(state, lineStart) };
}

/**
 * The marker line after a body edit, without searching the whole body (a
 * long post would pay for that on every keystroke): an edit that touches the
 * marked line searches again; otherwise the mark keeps its line, unless a
 * line the edit wrote is now a marker line before it.
 */
function followBodyEdit(value: MarkerState, transaction: Transaction): MarkerState {
  const { state, changes } = transaction;
  const bodyStart = changes.mapPos(value.bodyStart);
  const marker = value.marker?.trim() ?? '';
  if (marker === '') {
    return { ...value, bodyStart, lineStart: null, decorations: Decoration.none };
  }
  const oldLine = value.lineStart === null ? null : transaction.startState.doc.lineAt(value.lineStart);
  let touchesMarkedLine = false;
  let lineStart = oldLine === null ? null : changes.mapPos(oldLine.from);
  changes.iterChangedRanges((fromA, toA, fromB, toB) => {
    if (oldLine !== null && fromA <= oldLine.to && toA >= oldLine.from) {
      touchesMarkedLine = true;
    }
    for (let position = fromB; position <= toB; ) {
      const line = state.doc.lineAt(position);
      if (line.from >= bodyStart && (lineStart === null || line.from < lineStart) && isMarkerLine(line.text, marker)) {
        lineStart = line.from;
      }
      position = line.to + 1;
    }
  });
  if (touchesMarkedLine) {
    return readBody(state, true, bodyStart, value.marker);
  }
  return { ...value, bodyStart, lineStart, decorations: decorate(state, lineStart) };
}

/** After an edit of the body only, the front matter (and so the marker) is what it was. */
function update(value: MarkerState, transaction: Transaction): MarkerState {
  if (!transaction.docChanged) {
    return value;
  }
  if (!value.hasFrontMatter || transaction.changes.touchesRange(0, value.bodyStart)) {
    return readAll(transaction.state);
  }
  return followBodyEdit(value, transaction);
}

const markerField = StateField.define<MarkerState>({
  create: readAll,
  update,
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

/** The start of the marker line the editor marks, or null when it marks none (or the feature is not installed). */
export function markedExcerptLine(state: EditorState): number | null {
  return state.field(markerField, false)?.lineStart ?? null;
}

/**
 * Marks the excerpt marker line (the front matter's `extended` or
 * `excerpt_separator` value, standing on a line of its own) in the editor:
 * the line gets the class `cm-excerpt-marker` (test id
 * `editor-excerpt-marker`) and a label, the same line the preview draws as
 * the excerpt boundary. Body edits only search the body again; edits of the
 * front matter re-read the marker.
 */
export function excerptMarkerLine(): Extension {
  return [
    markerField,
    EditorView.theme({
      '.cm-excerpt-marker': { backgroundColor: 'color-mix(in srgb, var(--accent) 12%, transparent)', borderBottom: '2px dashed var(--accent)' },
      '.cm-excerpt-marker-label': { marginLeft: '12px', padding: '0 6px', fontFamily: 'system-ui, sans-serif', fontSize: '11px', color: 'var(--accent)', border: '1px solid var(--accent)', borderRadius: '999px', userSelect: 'none' },
    }),
  ];
}
