/** What the editor asks the spellchecker's worker (spell-worker.ts). */
export type SpellRequest =
  | { readonly id: number; readonly kind: 'check'; readonly words: readonly string[] }
  | { readonly id: number; readonly kind: 'suggest'; readonly word: string };

/** What the worker answers: the misspelled words among those asked, suggestions for one word, or why it cannot check. */
export type SpellResponse =
  | { readonly id: number; readonly kind: 'check'; readonly misspelled: readonly string[] }
  | { readonly id: number; readonly kind: 'suggest'; readonly suggestions: readonly string[] }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
