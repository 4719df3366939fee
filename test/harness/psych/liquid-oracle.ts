import { askRuby } from './ruby-lines';

/** Whether Jekyll's Liquid parses a text, and its error when it does not. */
export type LiquidAnswer = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Parses every text with Jekyll's Liquid (Jekyll's tags registered, error_mode warn), in one Ruby process. */
export function parseAsJekyll(texts: readonly string[]): Promise<LiquidAnswer[]> {
  return askRuby<LiquidAnswer>('liquid-parse.rb', 'Liquid oracle', texts.map((text) => ({ text })));
}
