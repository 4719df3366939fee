/**
 * Post slugs: the part of a post's file name (and URL) after the date. Pure
 * functions, so the renderer can show the name a post will be exported under.
 */

/** The slug of a post whose title gives no letters or digits at all. */
export const untitledSlug = 'untitled';

/** The longest slug {@link slugify} makes; longer ones are cut at a word boundary. */
export const maxSlugLength = 100;

/**
 * Letters that Unicode decomposition does not take apart into a base letter
 * and marks, spelled in ASCII the way German, Scandinavian, French, Polish,
 * Icelandic and Turkish writers do.
 */
const asciiSpellings: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  å: 'a',
  Å: 'a',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ŋ: 'ng',
  Ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
};

/** Apostrophes inside a word (don't, l'été) join its parts rather than split them. */
const apostrophes = /['\u2019\u02bc]/g;
const combiningMarks = /\p{M}/gu;
const nonWord = /[^a-z0-9]+/;

/**
 * The slug of a title: lowercase ASCII words joined by `-` and nothing else.
 * Letters are folded to ASCII (é → e, ß → ss, ø → o, ﬁ → fi) by Unicode
 * compatibility decomposition, dropping the marks, plus a small table for
 * letters that do not decompose; apostrophes are dropped (don't → dont);
 * every other character separates words. A title with no ASCII letter or
 * digit left (say one in Japanese) gives {@link untitledSlug}. At most
 * {@link maxSlugLength} characters, cut after a whole word.
 */
export function slugify(title: string): string {
  const spelled = [...title].map((character) => asciiSpellings[character] ?? character).join('');
  const folded = spelled.normalize('NFKD').replace(combiningMarks, '');
  const spelledAgain = [...folded].map((character) => asciiSpellings[character] ?? character).join('');
  const words = spelledAgain.toLowerCase().replace(apostrophes, '').split(nonWord).filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxSlugLength) {
      slug = slug === '' ? word.slice(0, maxSlugLength) : slug;
      break;
    }
    slug = next;
  }
  return slug === '' ? untitledSlug : slug;
}

/** True when `text` is already a slug as {@link slugify} makes them: lowercase ASCII words joined by single `-`. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) && text.length <= maxSlugLength;
}
