// The open-post model, checked without a DOM: its editor state lives in a plain holder built from
// strings (as CodeMirror tests EditorState), and its saves go to main's real store over temp folders.
import assert from 'node:assert/strict';
import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { EditorState as State } from '@codemirror/state';
import { readPost, recreatePost, savePost } from '../../../main/services/posts/post-store';
import { createOpenPostModel, type DocumentHost, type OpenPostEvent, type OpenPostModel } from '../../../renderer/src/document/open-post';
import { withTempFolder } from '../../harness/temp-folders';

/** Holds an editor state the way an EditorView does, with no DOM. */
function stateHolder(): DocumentHost {
  const holder = {
    state: State.create({ doc: '' }),
    setState(state: EditorState) {
      holder.state = state;
    },
    dispatch(...specs: TransactionSpec[]) {
      holder.state = holder.state.update(...specs).state;
    },
  };
  return holder;
}

interface Fixture {
  readonly folder: string;
  readonly host: DocumentHost;
  readonly model: OpenPostModel;
  readonly events: OpenPostEvent['kind'][];
  /** Reads `name` from the folder and shows it in the model, as the app opens a post. */
  readonly open: (name: string) => Promise<void>;
  readonly type: (text: string) => void;
}

function withModel(run: (fixture: Fixture) => Promise<void>): Promise<void> {
  return withTempFolder('open-post', async (folder) => {
    const host = stateHolder();
    const model = createOpenPostModel(host, { savePost: (request) => savePost(folder, request), recreatePost: (request) => recreatePost(folder, request) }, () => []);
    const events: OpenPostEvent['kind'][] = [];
    model.subscribe((event) => events.push(event.kind));
    await run({
      folder,
      host,
      model,
      events,
      open: async (name) => model.show(await readPost(folder, join(folder, name))),
      type: (text) => host.dispatch({ changes: { from: host.state.doc.length, insert: text } }),
    });
  });
}

const post = '---\ntitle: Moving day\n---\nBody.\n';

void describe('the open-post model', () => {
  void test('is dirty when the text differs from the saved text, and clean again when undone by hand', () =>
    withModel(async ({ folder, model, open, type, host }) => {
      await writeFile(join(folder, 'a.md'), post);
      await open('a.md');
      assert.equal(model.isDirty(), false);
      type('More.\n');
      assert.equal(model.isDirty(), true);
      assert.equal(model.hasUnsavedText(), true);
      host.dispatch({ changes: { from: post.length, to: host.state.doc.length } });
      assert.equal(model.isDirty(), false);
    }));

  void test('a pending rename alone is unsaved, and saving it renames the file byte for byte', () =>
    withModel(async ({ folder, model, open }) => {
      const from = join(folder, '2009-01-07-moving-day.md');
      const to = join(folder, '2010-02-03-moving-day.md');
      await writeFile(from, post);
      await open('2009-01-07-moving-day.md');
      model.setPendingRename(to);
      assert.equal(model.isDirty(), true, 'a new date is a change to save');
      assert.equal(model.hasUnsavedText(), false, 'but no words for the journal');
      assert.equal(model.isDirty(from), true, 'asked by path too, as the sidebar does');
      const outcome = await model.save();
      assert.deepEqual(outcome.status === 'saved' && [outcome.from, outcome.path, outcome.clean], [from, to, true]);
      assert.deepEqual(await readdir(folder), ['2010-02-03-moving-day.md']);
      assert.equal(await readFile(to, 'utf8'), post);
      assert.equal(model.isDirty(), false);
      assert.equal(model.current()?.path, to);
    }));

  void test('revert puts the saved text back as one undoable edit and drops the pending rename', () =>
    withModel(async ({ folder, model, open, type, events }) => {
      await writeFile(join(folder, '2009-01-07-a.md'), post);
      await open('2009-01-07-a.md');
      type('Gone soon.\n');
      model.setPendingRename(join(folder, '2010-01-01-a.md'));
      model.revert();
      assert.equal(model.text(), post);
      assert.equal(model.isDirty(), false);
      assert.equal(events.at(-1), 'reverted');
    }));

  void test('the per-post cache keeps unsaved edits across switches while the file is unchanged, and not after', () =>
    withModel(async ({ folder, model, open, type }) => {
      await writeFile(join(folder, 'a.md'), post);
      await writeFile(join(folder, 'b.md'), post.replace('Moving', 'Other'));
      await open('a.md');
      type('Typed in a.\n');
      await open('b.md');
      assert.equal(model.isDirty(join(folder, 'a.md')), true, 'a keeps its edit while b is open');
      assert.equal(model.isDirty(), false);
      await open('a.md');
      assert.equal(model.text(), `${post}Typed in a.\n`);
      await open('b.md');
      await writeFile(join(folder, 'a.md'), `${post}Changed elsewhere.\n`);
      await open('a.md');
      assert.equal(model.text(), `${post}Changed elsewhere.\n`, 'a changed file is read afresh');
      model.renamed(join(folder, 'a.md'), join(folder, 'c.md'));
      assert.equal(model.current()?.path, join(folder, 'c.md'));
      model.forget(join(folder, 'c.md'));
      assert.equal(model.current(), null);
    }));

  void test('a save made from an old version is a conflict; adopt takes the disk text, rebase then saves over it', () =>
    withModel(async ({ folder, model, open, type }) => {
      const path = join(folder, 'a.md');
      await writeFile(path, post);
      await open('a.md');
      await writeFile(path, `${post}Theirs.\n`);
      type('Mine.\n');
      const outcome = await model.save();
      assert.equal(outcome.status, 'conflict');
      assert.equal(await readFile(path, 'utf8'), `${post}Theirs.\n`, 'nothing written');
      if (outcome.status !== 'conflict') {
        return;
      }
      model.rebase(outcome.diskVersion);
      assert.equal((await model.save()).status, 'saved');
      assert.equal(await readFile(path, 'utf8'), `${post}Mine.\n`);
      await writeFile(path, `${post}Theirs again.\n`);
      type('More of mine.\n');
      const third = await model.save();
      assert.equal(third.status, 'conflict');
      if (third.status === 'conflict') {
        model.adopt(third.diskText, third.diskVersion);
      }
      assert.equal(model.text(), `${post}Theirs again.\n`);
      assert.equal(model.isDirty(), false);
    }));

  void test('restore makes a journaled text an unsaved edit of the version it was made from', () =>
    withModel(async ({ folder, model, open }) => {
      await writeFile(join(folder, 'a.md'), post);
      await open('a.md');
      const version = model.current()?.version ?? '';
      model.restore(`${post}From the journal.\n`, version);
      assert.equal(model.isDirty(), true);
      assert.equal((await model.save()).status, 'saved');
      assert.equal(await readFile(join(folder, 'a.md'), 'utf8'), `${post}From the journal.\n`);
    }));

  void test('a deleted post cannot be saved (not-found), and is written again where it was, or under another name', () =>
    withModel(async ({ folder, model, open, type, events }) => {
      const path = join(folder, 'a.md');
      await writeFile(path, post);
      await open('a.md');
      await unlink(path);
      type('Typed after the delete.\n');
      await assert.rejects(model.save(), (error: { code?: string }) => error.code === 'not-found');
      assert.equal(events.at(-1), 'failed');
      assert.equal((await model.recreate()).status, 'saved');
      assert.equal(await readFile(path, 'utf8'), `${post}Typed after the delete.\n`);
      assert.equal(model.isDirty(), false);
      await assert.rejects(model.recreate(), /already exists/, 'never over an existing file');
      type('More.\n');
      const other = join(folder, 'b.md');
      const outcome = await model.recreate(other);
      assert.deepEqual(outcome.status === 'saved' && [outcome.from, outcome.path], [path, other]);
      assert.equal(model.current()?.path, other);
      await rm(folder, { recursive: true });
      type('After the folder went.\n');
      await assert.rejects(model.save(), /the posts folder .* no longer exists/);
      assert.equal((await model.recreate()).status, 'saved', 'the folder is made again');
      assert.match(await readFile(other, 'utf8'), /After the folder went\.\n$/);
    }));
});
