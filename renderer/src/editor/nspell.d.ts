/** The part of `nspell` (a Hunspell-compatible spellchecker in plain JavaScript) the editor uses. */
declare module 'nspell' {
  export interface NSpell {
    /** True when `word` is spelled right. */
    correct(word: string): boolean;
    /** Spellings close to `word`, best first. */
    suggest(word: string): string[];
  }
  /** A checker for the Hunspell dictionary given by its affix and word list files' texts. */
  function nspell(aff: string, dic: string): NSpell;
  export default nspell;
}
