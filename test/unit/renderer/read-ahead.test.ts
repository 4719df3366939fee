// A press on a post in the list starts reading it; the click that follows takes that read, once, while
// it is fresh, and only for the same post.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createReadAhead } from '../../../renderer/src/document/read-ahead';
import type { PostDocument } from '../../../shared/post';

/** Reads that answer with the path and how many reads were made, on a clock the test moves. */
function reader(): { read: (path: string) => Promise<PostDocument>; reads: string[]; clock: { now: number } } {
  const reads: string[] = [];
  const read = (path: string): Promise<PostDocument> => {
    reads.push(path);
    return path.includes('missing') ? Promise.reject(new Error(`no ${path}`)) : Promise.resolve({ path, text: `read ${reads.length}` } as unknown as PostDocument);
  };
  return { read, reads, clock: { now: 0 } };
}

void test('the click takes the read its press started, once, for the same post only', async () => {
  const { read, reads, clock } = reader();
  const ahead = createReadAhead(read, () => clock.now);
  ahead.start('/blog/_posts/a.md');
  assert.deepEqual(reads, ['/blog/_posts/a.md'], 'the read starts at the press');
  clock.now = 120;
  assert.equal(ahead.take('/blog/_posts/b.md'), null, 'another post: no read to take');
  ahead.start('/blog/_posts/a.md');
  const taken = ahead.take('/blog/_posts/a.md');
  assert.ok(taken !== null);
  assert.equal((await taken).text, 'read 2');
  assert.equal(ahead.take('/blog/_posts/a.md'), null, 'taken once');
});

void test('a read older than two seconds, or from before posts changed on disk, is not taken', () => {
  const { read, clock } = reader();
  const ahead = createReadAhead(read, () => clock.now);
  ahead.start('/blog/_posts/a.md');
  clock.now = 2_001;
  assert.equal(ahead.take('/blog/_posts/a.md'), null);
  ahead.start('/blog/_posts/a.md');
  ahead.clear();
  assert.equal(ahead.take('/blog/_posts/a.md'), null);
});

void test('a read that fails and is never taken raises nothing; taken, it fails as the read did', async () => {
  const { read } = reader();
  const ahead = createReadAhead(read);
  ahead.start('/blog/_posts/missing-1.md'); // not taken: no unhandled rejection ends the test run
  ahead.start('/blog/_posts/missing-2.md');
  await assert.rejects(ahead.take('/blog/_posts/missing-2.md') ?? Promise.resolve(), /no \/blog\/_posts\/missing-2.md/);
});
