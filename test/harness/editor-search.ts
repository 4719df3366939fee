/**
 * Moving the editor's cursor the way a user does, with its search panel
 * (Ctrl/Cmd+F), so it reaches text far outside the editor's viewport. Used
 * by e2e specs and by the benchmarks; nothing here runs in the page, so the
 * benchmarks' Node-only type check can import it.
 */
import type { Page } from 'playwright-core';

/** Selects the `occurrence`th match (1 = first) of `text` in the post, counting from its start. */
export async function selectText(page: Page, text: string, occurrence = 1): Promise<void> {
  await page.locator('[data-testid="editor"] .cm-content').focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+f');
  const field = page.locator('[data-testid="editor"] .cm-search input[name="search"]');
  await field.waitFor();
  await field.fill('');
  await field.pressSequentially(text); // key by key: the panel takes its query on keyup
  for (let match = 0; match < occurrence; match += 1) {
    await field.press('Enter');
  }
  await field.press('Escape');
}

/** Puts the cursor right after the first `text` in the post. */
export async function placeCursorAfter(page: Page, text: string): Promise<void> {
  await selectText(page, text);
  await page.keyboard.press('ArrowRight');
}
