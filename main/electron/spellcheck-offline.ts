/** The part of Electron's `Session` that decides whether Chromium's spellchecker may fetch dictionaries. */
export interface SpellcheckSession {
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/**
 * Keeps Chromium's own spellchecker from reaching the network: on Linux and
 * Windows it downloads Hunspell dictionaries (`<language>.bdic`) from
 * Google's servers as soon as a language is set, even with the window's
 * `spellcheck` preference off. The editor checks spelling itself with a
 * dictionary packaged with the app (renderer/src/editor/prose-spellcheck.ts),
 * so Chromium's checker is switched off, and its download URL points at
 * `localFolder`, a `file:` URL of a folder of the app that holds no `.bdic`:
 * should Chromium still try, the attempt fails on the user's own disk.
 * Electron-free, so unit-tested on a stand-in.
 */
export function keepSpellcheckOffline(session: SpellcheckSession, localFolder: string): void {
  const url = new URL(localFolder);
  if (url.protocol !== 'file:') {
    throw new Error(`the spellchecker's dictionary folder must be a local file: URL, not ${localFolder}`);
  }
  session.setSpellCheckerDictionaryDownloadURL(url.href.endsWith('/') ? url.href : `${url.href}/`);
  session.setSpellCheckerEnabled(false);
}
