import type { Locator, Page } from 'playwright-core';

/** The save shortcut, Ctrl+S or Cmd+S. */
export const saveShortcut = 'ControlOrMeta+s';

/** The Markdown editor (CodeMirror) and the save status beside it. */
export class Editor {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('[data-testid="editor"]');
  }

  /** The editable content; present once a post is open. */
  get content(): Locator {
    return this.root.locator('.cm-content');
  }

  /** Every rendered line. */
  get lines(): Locator {
    return this.root.locator('.cm-line');
  }

  /** The rendered line number `number` (1-based). */
  line(number: number): Locator {
    return this.lines.nth(number - 1);
  }

  /** The first rendered line holding `text`. */
  lineWith(text: string): Locator {
    return this.root.locator('.cm-line', { hasText: text }).first();
  }

  /** The check's diagnostics marked on line `number` (1-based): CodeMirror lint ranges, `cm-lintRange-error` or `-warning`. */
  diagnosticsOnLine(number: number): Locator {
    return this.line(number).locator('.cm-lintRange, .cm-lintPoint');
  }

  /** The save status (`data-state`: saved, unsaved, saving, error…). */
  get saveStatus(): Locator {
    return this.page.locator('[data-testid="save-status"]');
  }

  /** The save status once it is in `state`. */
  saveState(state: string): Locator {
    return this.page.locator(`[data-testid="save-status"][data-state="${state}"]`);
  }

  /** Waits until a post's text is in the editor. */
  async waitForPost(): Promise<void> {
    await this.content.waitFor();
    // A long post's preview renders its top first and the rest right after the first paint.
    await this.page.locator('[data-testid="preview"]:not([data-rendering="partial"])').waitFor();
  }

  /** The text of the rendered lines, joined by newlines (the whole post when it fits on screen). */
  text(): Promise<string> {
    return this.content.evaluate((content) => Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'));
  }

  /** Puts the cursor at the end of line `number` (1-based). */
  async cursorToEndOfLine(number: number): Promise<void> {
    await this.line(number).click();
    await this.page.keyboard.press('End');
  }

  /**
   * Drops a file on the start of line `number` (1-based) the way a file
   * dragged from the desktop arrives: a `drop` event whose DataTransfer holds
   * a `File` with these bytes, at the line's left edge.
   */
  async dropFile(number: number, file: { name: string; type: string; bytes: Uint8Array }): Promise<void> {
    const line = this.line(number);
    const box = await line.boundingBox();
    if (box === null) {
      throw new Error(`line ${number} is not on screen`);
    }
    const dataTransfer = await this.page.evaluateHandle(({ name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    }, { name: file.name, type: file.type, bytes: [...file.bytes] });
    const at = { clientX: box.x + 1, clientY: box.y + box.height / 2 };
    await this.content.dispatchEvent('dragover', { dataTransfer, ...at });
    await this.content.dispatchEvent('drop', { dataTransfer, ...at });
  }

  /** Pastes a file at the cursor, as a picture copied to the clipboard arrives: a `paste` event whose clipboardData holds it. */
  async pasteFile(file: { name: string; type: string; bytes: Uint8Array }): Promise<void> {
    await this.content.evaluate((content, { name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, { name: file.name, type: file.type, bytes: [...file.bytes] });
  }

  /** The selected text in the editor. */
  selection(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Presses Ctrl/Cmd+S and waits until the status says saved. */
  async save(): Promise<void> {
    await this.page.keyboard.press(saveShortcut);
    await this.saveState('saved').waitFor();
  }
}
