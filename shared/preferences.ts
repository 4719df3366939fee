/** The user's preferences as the renderer sees them. Plain data, so it can cross the IPC bridge. */
import type { DraftAfterExport } from './export/export-result';

/** What `getPreferences` returns: the settings that apply to the posts folder open now. */
export interface PreferencesView {
  /** The posts folder open now. */
  readonly postsDir: string;
  /** The blog remembered for this posts folder, or null when none is chosen. */
  readonly blogDir: string | null;
  /** Whether an export keeps the draft or moves it (deletes it once the post is written); `keep` until the user chooses. */
  readonly afterExport: DraftAfterExport;
  /** Posts folders opened before, most recent first; folders that no longer exist are left out. */
  readonly recentFolders: readonly string[];
  /** Things the user should be told about the preferences file (it was unreadable and set aside, ...). */
  readonly notices: readonly string[];
}

/** How many recent folders are remembered. */
export const recentFoldersLimit = 10;
