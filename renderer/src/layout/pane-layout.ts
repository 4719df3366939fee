import type { WindowLayout } from '../../../shared/window-layout';

/** The panes as they are shown now: the user's choices, and for each pane left `auto`, what fits the window. */
export interface ShownLayout {
  readonly sidebar: 'shown' | 'collapsed';
  readonly form: 'shown' | 'collapsed';
  readonly preview: 'beside' | 'below' | 'hidden';
}

/**
 * The widths the layout rule reckons with, in CSS pixels. They are the
 * widths `layout.css` gives the panes: keep them in step.
 */
export const paneWidths = {
  /** The posts sidebar's column. */
  sidebar: 260,
  /** The front matter form's column. */
  form: 280,
  /** Below this window width the form starts collapsed, unless the user chose. */
  narrowWindow: 1000,
  /** The preview sits beside the editor only when each of the two gets at least this much. */
  besideColumn: 320,
} as const;

/**
 * What the window shows at `windowWidth` given the user's `choices`. A pane
 * the user set stays as they set it; one left `auto` follows the width: the
 * sidebar is shown, the form is collapsed in a window narrower than
 * {@link paneWidths.narrowWindow}, and the preview sits beside the editor when
 * both get {@link paneWidths.besideColumn} there, below it otherwise. So an
 * 800 px window starts with the sidebar, then the editor on the whole rest of
 * the width, the preview under it. Pure.
 */
export function shownLayout(choices: WindowLayout, windowWidth: number): ShownLayout {
  const sidebar = choices.sidebar === 'auto' ? 'shown' : choices.sidebar;
  const form = choices.form !== 'auto' ? choices.form : windowWidth < paneWidths.narrowWindow ? 'collapsed' : 'shown';
  const besideThem = (sidebar === 'shown' ? paneWidths.sidebar : 0) + (form === 'shown' ? paneWidths.form : 0);
  const fitsBeside = (windowWidth - besideThem) / 2 >= paneWidths.besideColumn;
  const preview = choices.preview !== 'auto' ? choices.preview : fitsBeside ? 'beside' : 'below';
  return { sidebar, form, preview };
}

/** The choices after the user toggled a side pane: the opposite of what is shown now. */
export function togglePane(choices: WindowLayout, shown: ShownLayout, pane: 'sidebar' | 'form'): WindowLayout {
  return { ...choices, [pane]: shown[pane] === 'shown' ? 'collapsed' : 'shown' };
}

/** The choices after the user toggled the preview: a shown preview is hidden; a hidden one comes back wherever it fits (`auto`). */
export function togglePreview(choices: WindowLayout, shown: ShownLayout): WindowLayout {
  return { ...choices, preview: shown.preview === 'hidden' ? 'auto' : 'hidden' };
}

/** The choices after the user toggled the preview's place: below the editor, or back beside it (a hidden preview comes back below). */
export function togglePreviewBelow(choices: WindowLayout, shown: ShownLayout): WindowLayout {
  return { ...choices, preview: shown.preview === 'below' ? 'beside' : 'below' };
}
