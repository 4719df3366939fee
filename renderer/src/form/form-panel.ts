import type { EditorView, ViewUpdate } from '@codemirror/view';
import type { InkpostBridge } from '../../../shared/contract';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { PostKind } from '../../../shared/post';
import { defaultPermalinkPattern } from '../../../shared/blog/permalink';
import { applyFieldEdit, dateProblem, readForm, renamedPostPath, textDifference, withDateKeyDay, type FieldEdit, type FormContext, type FormModel } from './form-model';
import { createLayoutField } from './layout-field';
import { createOtherFields } from './other-fields';
import { createTagsField } from './tags-field';
import { createTextField } from './text-field';
import { fileName } from '../ui/dom';

/** The front matter form beside the editor. */
export interface FormPanel {
  /** Shows the form for the post just opened in the editor. */
  open(post: { readonly path: string; readonly kind: PostKind }): void;
  /** Follows an editor change (typing in the raw front matter, undo, a form edit coming back). */
  editorChanged(update: ViewUpdate): void;
  /** The path the post gets when saved: a published post whose date the user changed; undefined otherwise. */
  renameTarget(): string | undefined;
  /** The post was saved, at `path` (a new path when it was renamed). */
  saved(path: string): void;
  /** The open post's changes were discarded: forgets the date chosen for it. */
  discardDate(): void;
  /** The date the user chose in the form for a draft's export, or undefined to let the export decide (the post's own date, else today). */
  exportDate(): string | undefined;
  /** The window's blog may have changed: reads its layouts, permalink and key order again. */
  blogChanged(): void;
  /** No post is open any more: hides the form. */
  close(): void;
  /** Moves the focus to the form's first field (the `focusForm` command). */
  focus(): void;
}

/**
 * Builds the form in `element` for the post in `view`. Every field edit is
 * spliced into the editor's text by the front matter engine (one undoable
 * change, only that field's lines), and every editor change that touches the
 * front matter refreshes the fields, except the one the user is typing in, so
 * neither side loops or moves the other's cursor. `renamePending` gets the
 * path a save will rename the post to (a published post's new date), or
 * undefined, whenever a post is shown or its date chosen.
 */
export function createFormPanel(element: HTMLElement, bridge: InkpostBridge, view: EditorView, renamePending: (target: string | undefined) => void): FormPanel {
  let context: FormContext | null = null;
  let chosenDate: string | undefined;
  /** Dates chosen for posts opened before, so switching posts and back keeps them. */
  const chosenDates = new Map<string, string>();
  let keyOrder: readonly string[] = [];
  let pattern: string | null = defaultPermalinkPattern;
  /** Where the body started at the last refresh: an edit only after it leaves the form as it is. */
  let bodyStart = -1;

  const editText = (edit: FieldEdit): string | null => {
    const text = view.state.doc.toString();
    const result = applyFieldEdit(text, edit, keyOrder);
    if (!result.ok) {
      return result.message;
    }
    replaceText(text, result.text);
    return null;
  };
  const replaceText = (text: string, next: string): void => {
    if (next !== text) {
      view.dispatch({ changes: textDifference(text, next), userEvent: 'input.form' });
    } else {
      refresh();
    }
  };

  const message = document.createElement('p');
  message.className = 'form-message';
  message.dataset['testid'] = 'form-message';
  message.setAttribute('role', 'status');
  message.hidden = true;
  const fields = document.createElement('fieldset');
  fields.className = 'form-fields';
  const legend = document.createElement('legend');
  legend.textContent = 'Front matter';
  const title = createTextField({ testId: 'form-title', label: 'Title', edit: (value) => editText({ field: 'title', value }) });
  const date = createTextField({
    testId: 'form-date',
    label: 'Date',
    placeholder: 'YYYY-MM-DD',
    inputMode: 'numeric',
    edit: (value) => chooseDate(value),
  });
  const time = createTextField({ testId: 'form-time', label: 'Time', placeholder: 'HH:MM', inputMode: 'numeric', edit: (value) => editText({ field: 'time', value }) });
  const tags = createTagsField((value) => editText({ field: 'tags', value }));
  const layout = createLayoutField((value) => editText({ field: 'layout', value }));
  let markerKey: FormModel['markerKey'] = 'extended';
  const marker = createTextField({ testId: 'form-extended', label: 'Excerpt marker', placeholder: ':EXTENDED:', edit: (value) => editText({ field: 'marker', key: markerKey, value }) });
  const others = createOtherFields((key, text) => editText({ field: 'other', key, text }));
  const address = document.createElement('dl');
  address.className = 'form-address';
  const slug = document.createElement('dd');
  slug.dataset['testid'] = 'form-slug';
  const permalink = document.createElement('dd');
  permalink.dataset['testid'] = 'form-permalink';
  const term = (text: string): HTMLElement => Object.assign(document.createElement('dt'), { textContent: text });
  address.append(term('Slug'), slug, term('Permalink'), permalink);
  const dateAndTime = document.createElement('div');
  dateAndTime.className = 'form-pair';
  dateAndTime.append(date.row.element, time.row.element);
  fields.append(legend, title.row.element, dateAndTime, tags.row.element, layout.row.element, marker.row.element, address, others.element);
  element.replaceChildren(message, fields);

  const chooseDate = (value: string): string | null => {
    const post = context;
    if (post === null) {
      return null;
    }
    const fileNameDate = parsePostFileName(fileName(post.path)).date;
    if (value === '' && post.kind === 'draft') {
      chosenDate = undefined;
      remember(post.path);
      refresh();
      return null;
    }
    const problem = dateProblem(value);
    if (problem !== null) {
      return problem;
    }
    const renames = post.kind === 'published' && fileNameDate !== null;
    chosenDate = renames && value === fileNameDate ? undefined : value;
    remember(post.path);
    const text = view.state.doc.toString();
    replaceText(text, withDateKeyDay(text, value));
    if (renames) {
      renamePending(renameTarget());
    }
    return null;
  };

  const remember = (path: string): void => {
    if (chosenDate === undefined) {
      chosenDates.delete(path);
    } else {
      chosenDates.set(path, chosenDate);
    }
  };

  const dateHint = (model: FormModel): string => {
    switch (model.dateSource) {
      case 'now':
        return 'Today: used at export unless changed';
      case 'chosen': {
        const target = renameTarget();
        return target === undefined ? 'Used when exporting' : `Saving renames the file to ${fileName(target)}`;
      }
      case 'file-name':
        return 'From the file name; changing it renames the file on save';
      case 'date-key':
        return 'From the date key';
    }
  };

  const renameTarget = (): string | undefined => {
    if (context === null || chosenDate === undefined || context.kind !== 'published') {
      return undefined;
    }
    return renamedPostPath(context.path, chosenDate) ?? undefined;
  };

  const refresh = (): void => {
    if (context === null) {
      return;
    }
    const text = view.state.doc.toString();
    try {
      bodyStart = locateFrontMatter(text).bodyStart;
    } catch {
      bodyStart = -1;
    }
    const reading = readForm(text, { ...context, chosenDate, permalinkPattern: pattern });
    element.dataset['frontMatter'] = reading.ok ? 'ok' : 'broken';
    if (!reading.ok) {
      // Every edit refreshes the form until the block is whole again.
      bodyStart = -1;
      message.textContent = reading.message;
      message.hidden = false;
      fields.disabled = true;
      return;
    }
    const model = reading.model;
    fields.disabled = !model.editable;
    message.hidden = model.editable;
    message.textContent = model.editable ? '' : 'This front matter is TOML or JSON: edit it in the editor.';
    title.show(model.title);
    date.show(model.date);
    date.input.dataset['default'] = String(model.dateSource === 'now');
    date.row.setHint(dateHint(model));
    time.show(model.time);
    time.input.dataset['default'] = String(model.timeIsDefault);
    time.row.setHint(model.timeIsDefault ? 'Now: used at export unless changed' : '');
    tags.show(model.tags);
    layout.show(model.layout);
    markerKey = model.markerKey;
    marker.show(model.marker);
    others.show(model.others);
    slug.textContent = model.slug;
    permalink.textContent = model.permalink ?? 'set by the blog\'s _config.yml in a way Inkpost does not follow';
  };

  return {
    open(post) {
      context = { path: post.path, kind: post.kind, now: new Date(), permalinkPattern: pattern };
      chosenDate = chosenDates.get(post.path);
      element.hidden = false;
      refresh();
      renamePending(renameTarget());
      bridge
        .listTags()
        .then((catalogue) => tags.setCatalogue(catalogue))
        .catch(() => tags.setCatalogue([]));
    },
    editorChanged(update) {
      if (update.docChanged && (bodyStart < 0 || update.changes.touchesRange(0, bodyStart))) {
        refresh();
      }
    },
    renameTarget,
    saved(path) {
      if (context !== null && path !== context.path) {
        chosenDates.delete(context.path);
        context = { ...context, path };
        chosenDate = undefined;
      }
      refresh();
    },
    discardDate() {
      if (context !== null) {
        chosenDate = undefined;
        chosenDates.delete(context.path);
        refresh();
      }
    },
    exportDate() {
      return context?.kind === 'draft' ? chosenDate : undefined;
    },
    blogChanged() {
      bridge
        .getBlogInfo()
        .then((info) => {
          keyOrder = info.keyOrder;
          pattern = info.permalink;
          layout.setLayouts(info.layouts);
          refresh();
        })
        .catch((error: unknown) => {
          message.hidden = false;
          message.textContent = `Could not read the blog's layouts and settings: ${error instanceof Error ? error.message : String(error)}`;
        });
    },
    close() {
      context = null;
      chosenDate = undefined;
      element.hidden = true;
    },
    focus() {
      const first = [title.input, date.input, time.input].find((input) => !input.disabled);
      (first ?? element).focus();
    },
  };
}
