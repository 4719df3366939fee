import type { InkpostBridge } from '../../../shared/contract';
import type { PostSummary } from '../../../shared/post';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { confirm, input } from '../ui/dialog';
import type { SidebarActions } from './sidebar';

/** What the post actions work with: the bridge, the app, and the sidebar's list. */
export interface PostActionsContext {
  readonly bridge: InkpostBridge;
  readonly app: SidebarActions;
  /** The listed post at `path`, if it is listed. */
  summaryOf(path: string): PostSummary | undefined;
  /** The post at `from` is at `to` now (renamed, or unpublished): its selection and unsaved marker follow it. */
  moved(from: string, to: string): void;
  /** The post at `path` went to the trash. */
  trashed(path: string): void;
}

/** The sidebar's actions on posts, each asking in a dialog first. */
export interface PostActions {
  /** Asks for a title and creates a draft with the blog's usual front matter, then opens it. */
  newPost(): void;
  /** Asks for a new name (a slug or a title) and renames the post's file. */
  rename(path: string): void;
  /** Asks (Cancel first) and moves the post to the system trash. */
  trash(path: string): void;
  /** Asks and moves a published post back to `_drafts`, byte for byte; refused while it has unsaved changes. */
  unpublish(path: string): void;
}

/**
 * Creates the post actions. Each asks in an in-app dialog (`ui/dialog.ts`);
 * a failure (a taken name) is shown in the dialog, which stays open.
 */
export function createPostActions(context: PostActionsContext): PostActions {
  const { bridge, app } = context;
  return {
    newPost() {
      void input({
        title: 'New post',
        message: "A draft with the blog's usual front matter; the title also names the file.",
        label: 'Title',
        confirmLabel: 'Create',
        accept: async (title) => {
          app.open(await bridge.createPost(title));
        },
      });
    },
    rename(path) {
      const post = context.summaryOf(path);
      if (post === undefined) {
        return;
      }
      void input({
        title: 'Rename post',
        message: `The file ${post.fileName} gets a new name; its date, extension and text stay as they are.`,
        label: 'New name (a slug or a title)',
        value: parsePostFileName(post.fileName).slug,
        confirmLabel: 'Rename',
        accept: async (name) => {
          const renamed = await bridge.renamePost(path, name);
          if (renamed !== path) {
            context.moved(path, renamed);
            app.renamed(path, renamed);
          }
        },
      });
    },
    trash(path) {
      const post = context.summaryOf(path);
      if (post === undefined) {
        return;
      }
      const lost = app.isUnsaved(path) ? ' Its unsaved changes will be lost.' : '';
      void confirm({
        title: 'Move to trash',
        message: `Move “${post.title}” (${post.fileName}) to the trash? You can restore it from there.${lost}`,
        confirmLabel: 'Move to trash',
        destructive: true,
        accept: async () => {
          await bridge.trashPost(path);
          context.trashed(path);
          app.trashed(path);
        },
      });
    },
    unpublish(path) {
      const post = context.summaryOf(path);
      if (post === undefined || post.kind !== 'published') {
        return;
      }
      const dated = post.date === null ? '' : ` The date ${post.date.slice(0, 10)} leaves the file name; an export takes the date from the form again.`;
      void confirm({
        title: 'Unpublish',
        message: `Move “${post.title}” (${post.fileName}) back to the drafts? Its text and front matter stay byte for byte.${dated}`,
        confirmLabel: 'Unpublish',
        accept: async () => {
          if (app.isUnsaved(path)) {
            throw new Error('Save or discard the unsaved changes first: they would stay behind in the published file.');
          }
          const result = await bridge.unpublishPost(path);
          context.moved(path, result.draftPath);
          app.renamed(path, result.draftPath);
        },
      });
    },
  };
}
