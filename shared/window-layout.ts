import { z } from 'zod';

/** A side pane (the posts sidebar, the front matter form) as the user set it: shown, collapsed, or left to the window's width. */
export type PaneChoice = 'shown' | 'collapsed' | 'auto';

/** The preview as the user set it: beside the editor, stacked under it, not shown at all, or left to the window's width. */
export type PreviewChoice = 'beside' | 'below' | 'hidden' | 'auto';

/**
 * The window's panes as the user set them with the layout controls (buttons,
 * shortcuts, menu). A pane the user never set is `auto`: it follows the
 * window's width (`renderer/src/layout/pane-layout.ts`). Remembered in the
 * window state (`window-state.json` in the user-data folder).
 */
export interface WindowLayout {
  readonly sidebar: PaneChoice;
  readonly form: PaneChoice;
  readonly preview: PreviewChoice;
}

/** Nothing chosen: every pane follows the window's width. */
export const automaticLayout: WindowLayout = { sidebar: 'auto', form: 'auto', preview: 'auto' };

const paneChoice = z.enum(['shown', 'collapsed', 'auto']);

/** The runtime schema of a {@link WindowLayout}: the bridge's argument check and the window state file's reader share it. */
export const windowLayoutSchema = z
  .object({
    sidebar: paneChoice,
    form: paneChoice,
    preview: z.enum(['beside', 'below', 'hidden', 'auto']),
  })
  .strict();
