// Property-based tests of the front matter engine: front matter in many styles is generated
// together with the data it must read as (test/harness/generated-front-matter.ts), then read,
// left alone, and edited field by field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import type { FrontMatterValue } from '../../../shared/front-matter/front-matter-value';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { keyArb, timeArb, postArb, render, newValueArb, lines, assertOnlyLinesChanged, assertPureInsertion, assertLineEndings, runs, type Field } from '../../harness/generated-front-matter';

describe('front matter properties (generated posts)', () => {
  test('(a) parsePost reads the generated data, body and body line', () => {
    fc.assert(
      fc.property(postArb, (post) => {
        const rendered = render(post);
        const parsed = parsePost(rendered.text);
        assert.equal(parsed.format, 'yaml');
        assert.deepStrictEqual(parsed.data, rendered.data);
        assert.equal(parsed.body, rendered.body);
        assert.equal(parsed.bodyStartLine, rendered.bodyStartLine);
      }),
      runs,
    );
  });

  test('(b) editing nothing, or every field to its current value, returns the text byte for byte', () => {
    fc.assert(
      fc.property(postArb, (post) => {
        const rendered = render(post);
        assert.equal(editFrontMatter(rendered.text, {}), rendered.text);
        assert.equal(editFrontMatter(rendered.text, rendered.data as Record<string, FrontMatterValue>), rendered.text);
      }),
      runs,
    );
  });

  test('(c) changing one field changes only that field, only its lines, in the file\'s line endings', () => {
    fc.assert(
      fc.property(postArb, fc.nat(), newValueArb, timeArb, (post, pick, newValue, newTime) => {
        const rendered = render(post);
        const field = post.fields[pick % post.fields.length] as Field;
        const value = field.key === 'time' ? newTime : newValue;
        const edited = editFrontMatter(rendered.text, { [field.key]: value });
        assert.deepStrictEqual(parsePost(edited).data, { ...rendered.data, [field.key]: value });
        const [first, last] = rendered.spans.get(field.key) ?? [0, 0];
        assertOnlyLinesChanged(rendered.text, edited, first, last);
        assert.ok(edited.endsWith(rendered.body));
        // The field's own comments stay too (a list item's only go when the list's length changes and the item with them).
        const itemComments = field.value.kind === 'block' && (!Array.isArray(value) || value.length === field.value.items.length) ? field.value.items.flatMap((entry) => [entry.comment, entry.commentBefore]) : [];
        for (const comment of [field.trailingComment, ...itemComments]) {
          assert.ok(comment === null || edited.includes(`# ${comment}`), `the comment "${String(comment)}" was lost`);
        }
        assertLineEndings(edited, post.eol);
      }),
      runs,
    );
  });

  test('(c) deleting one field removes exactly its lines', () => {
    fc.assert(
      fc.property(postArb, fc.nat(), (post, pick) => {
        const rendered = render(post);
        const field = post.fields[pick % post.fields.length] as Field;
        const edited = editFrontMatter(rendered.text, { [field.key]: undefined });
        const expected: Record<string, unknown> = { ...rendered.data };
        delete expected[field.key];
        assert.deepStrictEqual(parsePost(edited).data, expected);
        const [first, last] = rendered.spans.get(field.key) ?? [0, 0];
        assert.deepEqual(lines(edited), [...lines(rendered.text).slice(0, first), ...lines(rendered.text).slice(last + 1)]);
      }),
      runs,
    );
  });

  test('(c) adding a key inserts its lines and changes no existing line', () => {
    fc.assert(
      fc.property(postArb, keyArb, newValueArb, fc.shuffledSubarray(['layout', 'title', 'date', 'time', 'tags', 'new_key'], { minLength: 0 }), (post, key, value, keyOrder) => {
        const rendered = render(post);
        fc.pre(!Object.hasOwn(rendered.data, key));
        const edited = editFrontMatter(rendered.text, { [key]: value }, { keyOrder: [...keyOrder, key] });
        assert.deepStrictEqual(parsePost(edited).data, { ...rendered.data, [key]: value });
        assertPureInsertion(rendered.text, edited);
        assertLineEndings(edited, post.eol);
      }),
      runs,
    );
  });

  test('(c) several changes at once: the data is exactly the requested one, and every other line stays in order', () => {
    const changesArb = postArb.chain((post) =>
      fc.record({
        post: fc.constant(post),
        edits: fc.array(fc.tuple(fc.nat(), fc.option(newValueArb, { nil: undefined, freq: 4 }), timeArb), { maxLength: 4 }),
        added: fc.dictionary(keyArb, newValueArb, { maxKeys: 2, noNullPrototype: true }),
      }),
    );
    fc.assert(
      fc.property(changesArb, ({ post, edits, added }) => {
        const rendered = render(post);
        const changes: Record<string, FrontMatterValue | undefined> = {};
        for (const [key, value] of Object.entries(added)) {
          if (!Object.hasOwn(rendered.data, key)) {
            changes[key] = value;
          }
        }
        for (const [pick, value, time] of edits) {
          const field = post.fields[pick % post.fields.length] as Field;
          changes[field.key] = field.key === 'time' && value !== undefined ? time : value;
        }
        const edited = editFrontMatter(rendered.text, changes, { keyOrder: Object.keys(changes) });
        const expected: Record<string, unknown> = { ...rendered.data };
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) {
            delete expected[key];
          } else {
            expected[key] = value;
          }
        }
        assert.deepStrictEqual(parsePost(edited).data, expected);
        const touched = new Set<number>();
        for (const key of Object.keys(changes)) {
          const [first, last] = rendered.spans.get(key) ?? [1, 0];
          for (let line = first; line <= last; line += 1) {
            touched.add(line);
          }
        }
        const kept = lines(rendered.text).filter((_, index) => !touched.has(index));
        let found = 0;
        for (const line of lines(edited)) {
          if (found < kept.length && line === kept[found]) {
            found += 1;
          }
        }
        assert.equal(found, kept.length, 'a line outside the changed fields changed or moved');
      }),
      runs,
    );
  });
});
