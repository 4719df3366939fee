import type { InkpostBridge } from '../../../shared/contract';
import type { DraftAfterExport } from '../../../shared/export/export-result';
import type { PreferencesView } from '../../../shared/preferences';
import type { CommandRegistry } from '../ui/commands';
import { fileName, required } from '../ui/dom';
import { recentFolderLabel } from './recent-folder-label';

/** The folder controls: which posts folder and blog the window works on, and what an export does with the draft. */
export interface FolderControls {
  /** Shows the preferences, and the notices about the preferences file, when the app starts. */
  start(): Promise<void>;
  /** Re-reads the preferences (after a folder or blog switch) and shows them. */
  refresh(): Promise<void>;
  /** Opens a recent folder a second launch named, after saving the open post, as if the user picked it from the list. */
  openRequested(path: string): void;
  /**
   * Runs `change`, a call that switches the window's folders, the way the
   * controls do: after saving the open post (not at all when that fails),
   * with problems in the app notice. Its answer, or null when it did not run
   * or failed.
   */
  switchTo<Answer>(change: () => Promise<Answer>): Promise<Answer | null>;
}

/**
 * Wires the folder controls: `open-folder` (the system's folder dialog),
 * `recent-folders` (a select of the folders opened before), `choose-blog` and
 * `blog-name`, and `after-export` (keep or move the draft). The Open Posts
 * Folder and Choose Blog commands run the same actions from their shortcuts
 * and the menu. `beforeSwitch` saves the open post first and says whether the
 * switch may go ahead (false on a conflict: the edits stay on screen).
 * Problems go to `app-notice`, and so do the preferences' own notices (a file
 * that was set aside) when the app starts.
 */
export function createFolderControls(
  root: ParentNode,
  bridge: InkpostBridge,
  commands: CommandRegistry,
  beforeSwitch: () => Promise<boolean>,
): FolderControls {
  const openButton = required<HTMLButtonElement>(root, '#open-folder');
  const recent = required<HTMLSelectElement>(root, '#recent-folders');
  const blogButton = required<HTMLButtonElement>(root, '#choose-blog');
  const blogName = required(root, '#blog-name');
  const afterExport = required<HTMLSelectElement>(root, '#after-export');
  const notice = required(root, '#app-notice');
  const noticeText = required(root, '#app-notice-text');

  const showNotice = (lines: readonly string[]): void => {
    notice.hidden = lines.length === 0;
    noticeText.textContent = lines.join('\n');
  };
  const report = (error: unknown): void => {
    showNotice([error instanceof Error ? error.message : String(error)]);
  };
  required(root, '#app-notice-dismiss').addEventListener('click', () => showNotice([]));

  const show = (preferences: PreferencesView): void => {
    blogName.textContent = preferences.blogDir === null ? 'No blog chosen' : fileName(preferences.blogDir);
    blogName.title = preferences.blogDir ?? 'Choose the blog your posts are exported to';
    afterExport.value = preferences.afterExport;
    const placeholder = new Option('Recent folders…', '');
    placeholder.disabled = true;
    const options = preferences.recentFolders.map((path) => {
      const { name, shortPath } = recentFolderLabel(path);
      const option = new Option(`${name}${path === preferences.postsDir ? ' (open)' : ''} — ${shortPath}`, path);
      option.title = path;
      option.dataset['testid'] = 'recent-folder';
      return option;
    });
    recent.replaceChildren(placeholder, ...options);
    recent.value = '';
  };

  const refresh = async (): Promise<void> => {
    show(await bridge.getPreferences());
  };

  /** Runs a switch (open a folder, choose a blog) after saving the open post; the `workspaceChanged` event redraws the rest. */
  const switchTo = async <Answer>(change: () => Promise<Answer>): Promise<Answer | null> => {
    try {
      if (!(await beforeSwitch())) {
        showNotice(['The open post could not be saved, so the folder was not switched; deal with it first.']);
        return null;
      }
      return await change();
    } catch (error) {
      report(error);
      return null;
    }
  };
  const openFolder = (): void => void switchTo(() => bridge.openFolder());
  const chooseBlog = (): void => void switchTo(() => bridge.chooseBlog());

  openButton.addEventListener('click', openFolder);
  blogButton.addEventListener('click', chooseBlog);
  commands.register('openFolder', openFolder);
  commands.register('chooseBlog', chooseBlog);
  recent.addEventListener('change', () => {
    const path = recent.value;
    recent.value = '';
    if (path !== '') {
      void switchTo(() => bridge.openFolder(path));
    }
  });
  afterExport.addEventListener('change', () => {
    const choice = afterExport.value as DraftAfterExport;
    bridge.setAfterExport(choice).then(show, (error: unknown) => {
      report(error);
      refresh().catch(report);
    });
  });

  return {
    async start() {
      const preferences = await bridge.getPreferences();
      show(preferences);
      showNotice(preferences.notices);
    },
    refresh,
    openRequested: (path) => void switchTo(() => bridge.openFolder(path)),
    switchTo,
  };
}
