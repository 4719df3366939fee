import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { datedPostFileName, isCalendarDate, localDateOf, localTimeOf } from '../../../shared/export/export-date';
import { isSlug, maxSlugLength, slugify, untitledSlug } from '../../../shared/posts/slug';

void describe('slugify', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Tankaar: A New XMPP-powered Game', 'tankaar-a-new-xmpp-powered-game'],
    ['Migrating To Ejabberd: The Gory Details', 'migrating-to-ejabberd-the-gory-details'],
    ['Emacs and Jabber: Happy Together', 'emacs-and-jabber-happy-together'],
    ['Tankaar: A New Game', 'tankaar-a-new-game'],
    ['Café crème à Paris', 'cafe-creme-a-paris'],
    ['Straße und Größe', 'strasse-und-grosse'],
    ['Ærøskøbing Œuvre', 'aeroskobing-oeuvre'],
    ['Łódź, Gdańsk', 'lodz-gdansk'],
    ['Þórsmörk ðe', 'thorsmork-de'],
    ['İstanbul ılık', 'istanbul-ilik'],
    ['ﬁne ﬂowers ① ２０２４', 'fine-flowers-1-2024'],
    ["Don't stop, it's fine", 'dont-stop-its-fine'],
    ['Don’t — stop', 'dont-stop'],
    ['  Leading  and   trailing  ', 'leading-and-trailing'],
    ['C++ & C#: 10 tips!', 'c-c-10-tips'],
    ['already-a-slug', 'already-a-slug'],
    ['snake_case_title', 'snake-case-title'],
    ['Emoji 🎉 party', 'emoji-party'],
    ['日本語のタイトル', untitledSlug],
    ['', untitledSlug],
    ['!!!', untitledSlug],
    ['Ünïcödé', 'unicode'],
    ['2024: a year', '2024-a-year'],
  ];
  for (const [title, slug] of cases) {
    void test(`${JSON.stringify(title)} → ${slug}`, () => {
      assert.equal(slugify(title), slug);
      assert.ok(isSlug(slugify(title)));
    });
  }

  void test('long titles are cut after a whole word', () => {
    const slug = slugify('word '.repeat(60));
    assert.ok(slug.length <= maxSlugLength);
    assert.match(slug, /^word(-word)+$/);
    assert.equal(slugify('x'.repeat(150)).length, maxSlugLength);
  });
});

void describe('dates of exported posts', () => {
  const days: readonly (readonly [string, boolean])[] = [
    ['2024-03-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-3-5', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['24-03-05', false],
  ];
  for (const [text, valid] of days) {
    void test(`${text} is ${valid ? '' : 'not '}a calendar date`, () => {
      assert.equal(isCalendarDate(text), valid);
    });
  }

  void test('local date and time are zero-padded, and the file name too', () => {
    const moment = new Date(2009, 0, 7, 8, 5);
    assert.equal(localDateOf(moment), '2009-01-07');
    assert.equal(localTimeOf(moment), '08:05');
    assert.equal(datedPostFileName(localDateOf(moment), 'emacs', 'markdown'), '2009-01-07-emacs.markdown');
  });
});
