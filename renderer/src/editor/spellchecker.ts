import type { SpellRequest, SpellResponse } from './spell-messages';

/** The editor's side of the spellchecker worker: asks it, one promise per question. */
export interface Spellchecker {
  /** The words of `words` that are misspelled. Rejects when the dictionary cannot load. */
  misspelled(words: readonly string[]): Promise<ReadonlySet<string>>;
  /** Up to five spellings close to `word`, best first. */
  suggest(word: string): Promise<readonly string[]>;
}

/** Starts the spellchecker's worker on first use (it loads the packaged dictionary: nothing from the network). */
export function createSpellchecker(): Spellchecker {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, (response: SpellResponse) => void>();
  const ask = (request: SpellRequest): Promise<SpellResponse> => {
    if (worker === null) {
      worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<SpellResponse>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      });
    }
    return new Promise((resolve) => {
      waiting.set(request.id, resolve);
      worker?.postMessage(request);
    });
  };
  return {
    async misspelled(words) {
      const response = await ask({ id: nextId++, kind: 'check', words });
      if (response.kind === 'error') {
        throw new Error(response.message);
      }
      return new Set(response.kind === 'check' ? response.misspelled : []);
    },
    async suggest(word) {
      const response = await ask({ id: nextId++, kind: 'suggest', word });
      return response.kind === 'suggest' ? response.suggestions : [];
    },
  };
}
