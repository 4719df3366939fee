import type { InkpostBridge } from '../../../shared/contract';
import type { OpenedPublishedPost, PublishedDraft } from '../../../shared/export/published-draft';
import type { Workspace } from '../../../shared/post';
import { element } from '../ui/dom';

/** What the window knows of its exported drafts, shown in the post list and in the form. */
export interface PublishedDrafts {
  /** Asks main again which drafts were exported (after the list was shown, an export, a folder switch). */
  refresh(): Promise<void>;
  /** Shows in the form what the record says of the post now open (`null`: none is open); an exported draft is checked again on disk. */
  showFor(path: string | null): void;
}

/** What {@link createPublishedDrafts} works with. */
export interface PublishedDraftsParts {
  readonly bridge: InkpostBridge;
  /** The form panel, which the note opens. */
  readonly formPanel: HTMLElement;
  /** Marks the list's drafts whose post is there: draft path → the post, blog-relative. */
  readonly markList: (published: ReadonlyMap<string, string>) => void;
  /** The post open now, or null. */
  readonly openPath: () => string | null;
  /** Opens a post of the posts folder, after the unsaved-changes guard. */
  readonly openPost: (path: string) => Promise<boolean>;
  /** Runs a call that switches the window's folders as the folder controls do (the open post saved first); null when it did not. */
  readonly switchFolder: (change: () => Promise<OpenedPublishedPost>) => Promise<OpenedPublishedPost | null>;
  /** The window now works on `workspace`. */
  readonly switched: (workspace: Workspace) => void;
  readonly reportError: (error: unknown) => void;
}

/** Fills `note` with what the record says of `published`: a way to open the post, or that it is gone. */
function fillNote(note: HTMLElement, published: PublishedDraft | undefined, open: (published: PublishedDraft) => void): void {
  note.hidden = published === undefined;
  if (published === undefined) {
    note.replaceChildren();
    delete note.dataset['state'];
    return;
  }
  const post = element('code', { text: published.post });
  if (!published.present) {
    // Never a dead link: the post was deleted or renamed by another program since.
    note.dataset['state'] = 'gone';
    note.replaceChildren('Was published as ', post, ' (no longer there)');
    return;
  }
  note.dataset['state'] = 'published';
  const link = element('button', { className: 'published-open', text: 'open it', testId: 'published-open' });
  link.type = 'button';
  link.title = published.inPostsFolder ? `Open ${published.post}` : `Open ${published.post} (switches to the blog's _posts folder)`;
  link.addEventListener('click', () => open(published));
  note.replaceChildren('Published as ', post, ' — ', link);
}

/**
 * Opens the post `published.draft` was exported to: in the posts folder as any
 * post (the unsaved-changes guard asks first); elsewhere after switching to
 * the blog's `_posts` the way the folder controls switch. False when it was
 * not opened (a post gone meanwhile, the switch refused, ...).
 */
async function openPublished(parts: PublishedDraftsParts, published: PublishedDraft): Promise<boolean> {
  if (published.inPostsFolder) {
    const { path } = await parts.bridge.openPublishedPost(published.draft);
    return parts.openPost(path);
  }
  const opened = await parts.switchFolder(() => parts.bridge.openPublishedPost(published.draft));
  if (opened === null) {
    return false;
  }
  parts.switched(opened.workspace);
  return parts.openPost(opened.path);
}

/**
 * Follows the export record of the open folder's drafts (`listPublishedDrafts`,
 * asked apart from the post list, so the list never waits for it). A draft
 * whose post is there gets a badge in the list (`markList`); the form of an
 * exported draft opens with a note (`published-note`, `data-state`
 * `published` or `gone`): "Published as _posts/… — open it" (`published-open`),
 * or, when the record is stale, "Was published as _posts/… (no longer
 * there)". Only the latest answer is shown.
 */
export function createPublishedDrafts(parts: PublishedDraftsParts): PublishedDrafts {
  const note = element('p', { className: 'published-note', testId: 'published-note' });
  note.setAttribute('role', 'status');
  note.hidden = true;
  parts.formPanel.prepend(note);
  let byDraft = new Map<string, PublishedDraft>();
  let asked = 0;
  const open = (published: PublishedDraft): void => {
    openPublished(parts, published)
      .catch((error: unknown) => {
        parts.reportError(error);
        return false;
      })
      .then((opened) => {
        if (!opened) {
          void refresh().catch(parts.reportError); // the post may have gone meanwhile: the note says so now
        }
      }, parts.reportError);
  };
  const show = (): void => {
    const path = parts.openPath();
    fillNote(note, path === null ? undefined : byDraft.get(path), open);
  };
  const refresh = async (): Promise<void> => {
    const ask = ++asked;
    const found = await parts.bridge.listPublishedDrafts();
    if (ask !== asked) {
      return;
    }
    byDraft = new Map(found.map((published) => [published.draft, published]));
    parts.markList(new Map(found.filter((published) => published.present).map((published) => [published.draft, published.post])));
    show();
  };
  return {
    refresh: () => refresh().catch(parts.reportError),
    showFor(path) {
      show();
      if (path !== null && byDraft.has(path)) {
        void refresh().catch(parts.reportError);
      }
    },
  };
}
