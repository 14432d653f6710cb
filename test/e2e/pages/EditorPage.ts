import type { Locator, Page } from '@playwright/test';

/** Page object for the editor: one place that knows how segments are laid out. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async goto(documentId: number, query = '') {
    await this.page.goto(`/documents/${documentId}${query}`);
    await this.page.locator('.segment').first().waitFor();
  }

  segment(position: number): Locator {
    return this.page.locator(`.segment[data-position="${position}"]`);
  }

  textarea(position: number): Locator {
    return this.segment(position).locator('textarea.segment-editor');
  }

  diff(position: number): Locator {
    return this.segment(position).locator('.segment-diff');
  }

  status(position: number): Locator {
    return this.segment(position).locator('.segment-meta .chip');
  }

  /**
   * Opens a paragraph as a click on it does: only the paragraph being worked on shows its finding
   * list and buttons (the others are folded to their text).
   */
  async open(position: number) {
    await this.segment(position).locator('.segment-number').click();
    await this.segment(position).locator('.segment-actions').waitFor();
  }

  button(position: number, name: string | RegExp): Locator {
    return this.segment(position).locator('.segment-actions').getByRole('button', { name });
  }

  history(position: number): Locator {
    return this.segment(position).locator('.history');
  }

  /** Moves the caret of a segment's working text to `offset` with the keyboard, as a translator does. */
  async caretTo(position: number, offset: number) {
    await this.textarea(position).focus();
    await this.page.keyboard.press('Control+Home');
    for (let k = 0; k < offset; k += 1) await this.page.keyboard.press('ArrowRight');
  }

  /** Replaces a phrase in a segment's working text by typing, as a translator would. */
  async replaceText(position: number, from: string, to: string) {
    const textarea = this.textarea(position);
    const text = await textarea.inputValue();
    const start = text.indexOf(from);
    if (start < 0) throw new Error(`"${from}" not in segment ${position}`);
    await textarea.focus();
    await textarea.evaluate((el: HTMLTextAreaElement, [s, e]) => el.setSelectionRange(s, e), [start, start + from.length] as const);
    await this.page.keyboard.type(to);
  }
}
