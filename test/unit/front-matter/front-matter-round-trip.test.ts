// Property-based round trips of the front matter engine: a value changed in its own style and
// changed back gives the file back byte for byte (generated posts from
// test/harness/generated-front-matter.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import type { FrontMatterValue } from '../../../shared/front-matter/front-matter-value';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { blockScalarText, isSafePlain } from '../../../shared/front-matter/yaml-scalars';
import { textArb, literalLineArb, postArb, render, sameStyleArb, lines, assertOnlyLinesChanged, renamedItem, runs, type Scalar, type Field } from '../../harness/generated-front-matter';

describe('front matter round trips (generated posts)', () => {
  test('(d) a scalar changed in its own style and back is byte-identical', () => {
    const isCandidate = (field: Field): boolean => field.key !== 'time' && ['string', 'number', 'boolean', 'literal'].includes(field.value.kind);
    const literalArb = fc.array(literalLineArb, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')).chain((text) => fc.constantFrom(text, `${text}\n`)).filter((text) => blockScalarText(text, false, 2) !== null);
    const scalarPosts = postArb
      .filter((post) => post.fields.some(isCandidate))
      .chain((post) =>
        fc.constantFrom(...post.fields.filter(isCandidate)).chain((field) => {
          const value = field.value;
          const next = value.kind === 'literal' ? literalArb : (sameStyleArb(value as Scalar, 'block') as fc.Arbitrary<FrontMatterValue>);
          return next.map((changed) => ({ post, field, next: changed }));
        }),
      );
    fc.assert(
      fc.property(scalarPosts, ({ post, field, next }) => {
        const rendered = render(post);
        fc.pre(next !== rendered.data[field.key]);
        const changed = editFrontMatter(rendered.text, { [field.key]: next });
        assert.notEqual(changed, rendered.text);
        assert.equal(editFrontMatter(changed, { [field.key]: rendered.data[field.key] as FrontMatterValue }), rendered.text);
      }),
      runs,
    );
  });

  test('(d) one value of a nested map changed in its own style changes only its line, and back is byte-identical', () => {
    const isMap = (field: Field): boolean => field.value.kind === 'map' && field.value.entries.some(([, item]) => sameStyleArb(item, 'block') !== null);
    const mapPosts = postArb
      .filter((post) => post.fields.some(isMap))
      .chain((post) =>
        fc.constantFrom(...post.fields.filter(isMap)).chain((field) => {
          const entries = field.value.kind === 'map' ? field.value.entries.filter(([, item]) => sameStyleArb(item, 'block') !== null) : [];
          return fc.constantFrom(...entries).chain(([key, item]) => (sameStyleArb(item, 'block') as fc.Arbitrary<FrontMatterValue>).map((next) => ({ post, field, key, next })));
        }),
      );
    fc.assert(
      fc.property(mapPosts, ({ post, field, key, next }) => {
        const rendered = render(post);
        const original = rendered.data[field.key] as Record<string, FrontMatterValue>;
        const changed = editFrontMatter(rendered.text, { [field.key]: { ...original, [key]: next } });
        const entryLine = (rendered.spans.get(field.key)?.[0] ?? 0) + 1 + Object.keys(original).indexOf(key);
        assertOnlyLinesChanged(rendered.text, changed, entryLine, entryLine);
        assert.equal(lines(changed).length, lines(rendered.text).length);
        assert.equal(editFrontMatter(changed, { [field.key]: original }), rendered.text);
      }),
      runs,
    );
  });

  test('(d) a list item renamed in its own style and back, or an item added and removed, is byte-identical', () => {
    const isList = (field: Field): boolean => (field.value.kind === 'flow' && field.value.items.length > 0) || field.value.kind === 'block';
    const listPosts = postArb
      .filter((post) => post.fields.some(isList))
      .chain((post) => fc.record({ post: fc.constant(post), field: fc.constantFrom(...post.fields.filter(isList)), pick: fc.nat(), candidate: textArb, rename: fc.boolean() }));
    fc.assert(
      fc.property(listPosts, ({ post, field, pick, candidate, rename }) => {
        const rendered = render(post);
        const items = rendered.data[field.key] as FrontMatterValue[];
        const styled = field.value.kind === 'flow' ? field.value.items : field.value.kind === 'block' ? field.value.items.map((entry) => entry.item) : [];
        const index = pick % items.length;
        const renamed = rename ? renamedItem(styled[index] as Scalar, candidate, field.value.kind === 'flow' ? 'flow' : 'block') : null;
        const changedList = renamed === null ? [...items.slice(0, index), candidate, ...items.slice(index)] : items.map((item, at) => (at === index ? renamed : item));
        const changed = editFrontMatter(rendered.text, { [field.key]: changedList });
        assert.deepStrictEqual(parsePost(changed).data[field.key], changedList);
        assert.equal(editFrontMatter(changed, { [field.key]: items }), rendered.text);
      }),
      runs,
    );
  });

  test('(d) renaming a tag of a flow list of plain tags and back is byte-identical (fixture style)', () => {
    const tagArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/).filter((tag) => isSafePlain(tag, 'flow'));
    fc.assert(
      fc.property(fc.uniqueArray(tagArb, { minLength: 1, maxLength: 8 }), fc.nat(), tagArb, (tags, pick, renamed) => {
        const text = `---\nlayout: post\ntitle: "A: B"\ntags: [${tags.join(', ')}]\ntime: "10:51"\n---\n\nBody\n`;
        const index = pick % tags.length;
        const changed = editFrontMatter(text, { tags: tags.map((tag, at) => (at === index ? renamed : tag)) });
        assert.equal(lines(changed).filter((line, at) => line !== lines(text)[at]).length, renamed === tags[index] ? 0 : 1);
        assert.equal(editFrontMatter(changed, { tags }), text);
      }),
      runs,
    );
  });
});
