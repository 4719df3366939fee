/**
 * The spellchecker, in a worker of its own (building it from the dictionary
 * takes about a second): nspell with the English Hunspell dictionary of the
 * `dictionary-en` package, which the build copies into the renderer's own
 * files, so it loads from the app and nothing leaves the machine.
 */
import nspell, { type NSpell } from 'nspell';
import type { SpellRequest, SpellResponse } from './spell-messages';

/** The dictionary's files; Vite copies them into the built renderer (vite.config.mts adds the dictionary's licence beside them). */
const affixes = new URL('../../../node_modules/dictionary-en/index.aff', import.meta.url);
const words = new URL('../../../node_modules/dictionary-en/index.dic', import.meta.url);

async function load(): Promise<NSpell> {
  const [aff, dic] = await Promise.all([affixes, words].map(async (url) => {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`could not load the spelling dictionary ${url.pathname}: ${response.status}`);
    }
    return response.text();
  }));
  return nspell(aff ?? '', dic ?? '');
}

let checker: Promise<NSpell> | null = null;

self.addEventListener('message', (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  checker ??= load();
  checker
    .then((spell): SpellResponse => request.kind === 'check'
      ? { id: request.id, kind: 'check', misspelled: request.words.filter((word) => !spell.correct(word)) }
      : { id: request.id, kind: 'suggest', suggestions: spell.suggest(request.word).slice(0, 5) })
    .catch((error: unknown): SpellResponse => ({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }))
    .then((response) => self.postMessage(response))
    .catch(() => undefined);
});
