import type { EditorView, ViewUpdate } from '@codemirror/view';
import type { InkpostBridge } from '../../../shared/contract';
import { locateFrontMatter } from '../../../shared/front-matter/locate-front-matter';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import type { PostKind } from '../../../shared/post';
import { defaultPermalinkPattern } from '../../../shared/blog/permalink';
import { applyFieldEdit, dateProblem, readForm, renamedPostPath, textDifference, withDateKeyDay, type FieldEdit, type FormContext, type FormModel } from './form-model';
import { createLayoutField, type LayoutField } from './layout-field';
import { createOtherFields, type OtherFields } from './other-fields';
import { categoriesKind, createTagsField, type TagsField } from './tags-field';
import { createTextField, type TextField } from './text-field';
import { setAvailable } from '../ui/disabled-reason';
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

/** The form's parts the panel fills in. */
interface FormView {
  readonly message: HTMLElement;
  readonly fields: HTMLFieldSetElement;
  readonly title: TextField;
  readonly date: TextField;
  readonly time: TextField;
  readonly tags: TagsField;
  readonly categories: TagsField;
  readonly layout: LayoutField;
  readonly marker: TextField;
  readonly others: OtherFields;
  readonly slug: HTMLElement;
  readonly permalink: HTMLElement;
}

/** What the form's fields do when edited: each returns an error to show, or null. */
interface FormEdits {
  edit(edit: FieldEdit): string | null;
  chooseDate(value: string): string | null;
  markerKey(): FormModel['markerKey'];
}

/** Builds the form's fields into `element`: title, date and time, tags, categories, layout, marker, the address, and the other keys. */
function buildFormView(element: HTMLElement, edits: FormEdits): FormView {
  const message = document.createElement('p');
  message.className = 'form-message';
  message.dataset['testid'] = 'form-message';
  message.setAttribute('role', 'status');
  message.hidden = true;
  const fields = document.createElement('fieldset');
  fields.className = 'form-fields';
  const legend = document.createElement('legend');
  legend.textContent = 'Front matter';
  const title = createTextField({ testId: 'form-title', label: 'Title', edit: (value) => edits.edit({ field: 'title', value }) });
  const date = createTextField({ testId: 'form-date', label: 'Date', placeholder: 'YYYY-MM-DD', inputMode: 'numeric', edit: (value) => edits.chooseDate(value) });
  const time = createTextField({ testId: 'form-time', label: 'Time', placeholder: 'HH:MM', inputMode: 'numeric', edit: (value) => edits.edit({ field: 'time', value }) });
  const tags = createTagsField((value) => edits.edit({ field: 'tags', value }));
  const categories = createTagsField((value) => edits.edit({ field: 'categories', value }), categoriesKind);
  const layout = createLayoutField((value) => edits.edit({ field: 'layout', value }));
  const marker = createTextField({ testId: 'form-extended', label: 'Excerpt marker', placeholder: ':EXTENDED:', edit: (value) => edits.edit({ field: 'marker', key: edits.markerKey(), value }) });
  const others = createOtherFields((key, text) => edits.edit({ field: 'other', key, text }));
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
  fields.append(legend, title.row.element, dateAndTime, tags.row.element, categories.row.element, layout.row.element, marker.row.element, address, others.element);
  element.replaceChildren(message, fields);
  return { message, fields, title, date, time, tags, categories, layout, marker, others, slug, permalink };
}

/** The hint under the date: where it comes from, and what saving or exporting does with it. */
function dateHint(model: FormModel, renameTarget: string | undefined): string {
  switch (model.dateSource) {
    case 'now':
      return 'Today: used at export unless changed';
    case 'chosen':
      return renameTarget === undefined ? 'Used when exporting' : `Saving renames the file to ${fileName(renameTarget)}`;
    case 'file-name':
      return 'From the file name; changing it renames the file on save';
    case 'date-key':
      return 'From the date key';
  }
}

/** Shows why the form cannot show the post's front matter, and disables the fields. */
function showProblem(view: FormView, message: string): void {
  view.message.textContent = message;
  view.message.hidden = false;
  setAvailable(view.fields, message);
}

/** Shows `model` in the form's fields (a field the user is typing in keeps its text: see `TextField.show`). */
function showModel(view: FormView, model: FormModel, renameTarget: string | undefined): void {
  setAvailable(view.fields, model.editable ? null : 'This front matter is TOML or JSON: edit it in the editor.');
  view.message.hidden = model.editable;
  view.message.textContent = model.editable ? '' : 'This front matter is TOML or JSON: edit it in the editor.';
  view.title.show(model.title);
  view.date.show(model.date);
  view.date.input.dataset['default'] = String(model.dateSource === 'now');
  view.date.row.setHint(dateHint(model, renameTarget));
  view.time.show(model.time);
  view.time.input.dataset['default'] = String(model.timeIsDefault);
  view.time.row.setHint(model.timeIsDefault ? 'Now: used at export unless changed' : '');
  view.tags.show(model.tags);
  view.categories.show(model.categories);
  view.layout.show(model.layout);
  view.marker.show(model.marker);
  view.others.show(model.others);
  view.slug.textContent = model.slug;
  view.permalink.textContent = model.permalink ?? 'set by the blog\'s _config.yml in a way Inkpost does not follow';
}

/** Where the body of `text` starts, or -1 when its front matter cannot be located. */
function bodyStartOf(text: string): number {
  try {
    return locateFrontMatter(text).bodyStart;
  } catch {
    return -1;
  }
}

/** Offers the blog's tags (none when they cannot be listed) as the tags field's suggestions. */
function loadCatalogue(bridge: InkpostBridge, tags: TagsField): void {
  bridge
    .listTags()
    .then((catalogue) => tags.setCatalogue(catalogue))
    .catch(() => tags.setCatalogue([]));
}

/** The dates chosen in the form that are not in the text yet (a published post's new file-name date, a draft's export date), per post. */
interface DateChoice {
  /** The date chosen for `path`, if any: kept across post switches. */
  of(path: string): string | undefined;
  /** The user typed `value` in the date field of `post`; returns the error to show, or null when it was taken. */
  choose(post: FormContext, value: string): string | null;
  /** Forgets the date chosen for `path`: it was saved into the post's name, or discarded. */
  forget(path: string): void;
  /** The path `post` gets when saved: a published post whose date the user changed; undefined otherwise. */
  renameTarget(post: FormContext | null): string | undefined;
}

/**
 * Keeps the chosen dates. A chosen date goes into the text's `date:` key
 * (`replaceText`); for a published post it also renames the file on save
 * (`renamePending`), unless it is the file name's own date again. Clearing a
 * draft's date goes back to the default (`refresh`).
 */
function createDateChoice(view: EditorView, replaceText: (text: string, next: string) => void, refresh: () => void, renamePending: () => void): DateChoice {
  const chosen = new Map<string, string>();
  const remember = (path: string, date: string | undefined): void => {
    if (date === undefined) {
      chosen.delete(path);
    } else {
      chosen.set(path, date);
    }
  };
  return {
    of: (path) => chosen.get(path),
    choose(post, value) {
      if (value === '' && post.kind === 'draft') {
        remember(post.path, undefined);
        refresh();
        return null;
      }
      const problem = dateProblem(value);
      if (problem !== null) {
        return problem;
      }
      const fileNameDate = parsePostFileName(fileName(post.path)).date;
      const renames = post.kind === 'published' && fileNameDate !== null;
      remember(post.path, renames && value === fileNameDate ? undefined : value);
      const text = view.state.doc.toString();
      replaceText(text, withDateKeyDay(text, value));
      if (renames) {
        renamePending();
      }
      return null;
    },
    forget: (path) => chosen.delete(path),
    renameTarget(post) {
      const date = post === null ? undefined : chosen.get(post.path);
      if (post === null || date === undefined || post.kind !== 'published') {
        return undefined;
      }
      return renamedPostPath(post.path, date) ?? undefined;
    },
  };
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
  let keyOrder: readonly string[] = [];
  let pattern: string | null = defaultPermalinkPattern;
  let markerKey: FormModel['markerKey'] = 'extended';
  /** Where the body started at the last refresh: an edit only after it leaves the form as it is. */
  let bodyStart = -1;

  const replaceText = (text: string, next: string): void => {
    if (next !== text) {
      view.dispatch({ changes: textDifference(text, next), userEvent: 'input.form' });
    } else {
      refresh();
    }
  };
  const editText = (edit: FieldEdit): string | null => {
    const text = view.state.doc.toString();
    const result = applyFieldEdit(text, edit, keyOrder);
    if (!result.ok) {
      return result.message;
    }
    replaceText(text, result.text);
    return null;
  };
  const dates = createDateChoice(view, replaceText, () => refresh(), () => renamePending(renameTarget()));
  const chosenDate = (): string | undefined => (context === null ? undefined : dates.of(context.path));
  const form = buildFormView(element, {
    edit: editText,
    chooseDate: (value) => (context === null ? null : dates.choose(context, value)),
    markerKey: () => markerKey,
  });

  const renameTarget = (): string | undefined => dates.renameTarget(context);

  const refresh = (): void => {
    if (context === null) {
      return;
    }
    const text = view.state.doc.toString();
    const reading = readForm(text, { ...context, chosenDate: chosenDate(), permalinkPattern: pattern });
    element.dataset['frontMatter'] = reading.ok ? 'ok' : 'broken';
    // While the front matter is broken, every edit refreshes the form until the block is whole again.
    bodyStart = reading.ok ? bodyStartOf(text) : -1;
    if (!reading.ok) {
      showProblem(form, reading.message);
      return;
    }
    markerKey = reading.model.markerKey;
    showModel(form, reading.model, renameTarget());
  };

  return {
    open(post) {
      context = { path: post.path, kind: post.kind, now: new Date(), permalinkPattern: pattern };
      element.hidden = false;
      refresh();
      renamePending(renameTarget());
      loadCatalogue(bridge, form.tags);
    },
    editorChanged(update) {
      if (update.docChanged && (bodyStart < 0 || update.changes.touchesRange(0, bodyStart))) {
        refresh();
      }
    },
    renameTarget,
    saved(path) {
      if (context !== null && path !== context.path) {
        dates.forget(context.path);
        context = { ...context, path };
      }
      refresh();
    },
    discardDate() {
      if (context !== null) {
        dates.forget(context.path);
        refresh();
      }
    },
    exportDate() {
      return context?.kind === 'draft' ? chosenDate() : undefined;
    },
    blogChanged() {
      bridge
        .getBlogInfo()
        .then((info) => {
          keyOrder = info.keyOrder;
          pattern = info.permalink;
          form.layout.setLayouts(info.layouts);
          refresh();
        })
        .catch((error: unknown) => {
          form.message.hidden = false;
          form.message.textContent = `Could not read the blog's layouts and settings: ${error instanceof Error ? error.message : String(error)}`;
        });
    },
    close() {
      context = null;
      element.hidden = true;
    },
    focus() {
      const first = [form.title.input, form.date.input, form.time.input].find((input) => !input.disabled);
      (first ?? element).focus();
    },
  };
}
