/**
 * Every page fits the screen: at 390 × 844 (a phone), 1024 × 768 (a tablet) and 1280 × 800, in
 * each interface language, nothing makes the page scroll sideways (wide tables scroll inside their own box), and
 * on a phone the header folds into a menu that still reaches everything; at 1440 × 900 the editor
 * shows the demo's first four paragraphs whole (only the paragraph worked on unfolds its findings
 * list and buttons).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LANGUAGES = ['en', 'id', 'zh-CN'] as const;

/** How far the page reaches past the screen's right edge, in CSS pixels (0: it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function useLanguage(page: Page, language: string) {
  await page.addInitScript((code) => localStorage.setItem('tilik:language', code), language);
}

for (const language of LANGUAGES) {
  test.describe(`at 390 × 844 in ${language}`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('every page fits the width of a phone', async ({ page, demoCopy }) => {
      await useLanguage(page, language);
      const pages = [
        '/',
        `/documents/${demoCopy.id}`,
        `/documents/${demoCopy.id}/compare`,
        `/documents/${demoCopy.id}/quality`,
        '/queue',
        '/glossary',
        '/people',
      ];
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator('main')).toBeVisible();
        // (the editor's rows, the glossary's terms and the charts come after the page itself)
        await page.waitForLoadState('networkidle');
        expect({ path, overflow: await sidewaysOverflow(page) }).toEqual({ path, overflow: 0 });
      }
    });

    test('the header folds into a menu that reaches every page and signing out', async ({ page }) => {
      await useLanguage(page, language);
      await page.goto('/');
      const toggle = page.locator('.menu-toggle');
      const nav = page.locator('.app-nav');
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(nav.locator('a')).toHaveCount(4);
      await expect(page.locator('.language-switcher select')).toBeVisible();
      await expect(page.locator('.user-menu button')).toHaveCount(3);
      // a link taken closes the menu; Escape closes it too
      await nav.locator('a[href="/glossary"]').click();
      await expect(page).toHaveURL(/\/glossary$/);
      await expect(nav).toBeHidden();
      await toggle.click();
      await page.locator('.language-switcher select').press('Escape');
      await expect(nav).toBeHidden();
    });
  });

  test.describe(`at 1280 × 800 in ${language}`, () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test('the editor with every finding list open fits, and the header is one line', async ({ page, demoCopy }) => {
      await useLanguage(page, language);
      // the setting that opens every paragraph's findings and buttons, not only the active one's
      await page.addInitScript(() => localStorage.setItem('tilik:editor:everyRowOpen', 'true'));
      await page.goto(`/documents/${demoCopy.id}`);
      await expect(page.locator('.segment .finding-item').first()).toBeVisible();
      await page.locator('.findings-summary summary').click();
      await page.waitForLoadState('networkidle');
      expect(await sidewaysOverflow(page)).toBe(0);
      // each finding's message keeps a readable width beside its buttons
      const widths = await page
        .locator('.segment .finding-item')
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().width));
      expect(Math.min(...widths)).toBeGreaterThan(250);
      await expect(page.locator('.menu-toggle')).toBeHidden();
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThan(70);
    });
  });

  test.describe(`at 1440 × 900 in ${language}`, () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('the first four paragraphs of the demo show whole without scrolling; a paragraph opens its findings and buttons when worked on', async ({
      page,
      demoCopy,
    }) => {
      await useLanguage(page, language);
      await page.goto(`/documents/${demoCopy.id}`);
      // the findings are in (counted beside each number), so every row has its full height
      await expect(page.locator('.segment[data-position="4"] [data-testid="finding-count"]')).toBeVisible();
      const bottoms = () =>
        page.locator('.segment').evaluateAll((rows) => rows.slice(0, 5).map((row) => row.getBoundingClientRect().bottom));
      const folded = await bottoms();
      expect(folded).toHaveLength(5);
      for (const bottom of folded.slice(0, 4)) expect(bottom).toBeLessThanOrEqual(900);
      // folded paragraphs show no finding list and no buttons, their findings underlined in the text
      await expect(page.locator('.segment .finding-list')).toHaveCount(0);
      await expect(page.locator('.segment .segment-actions')).toHaveCount(0);
      await expect(page.locator('.segment[data-position="3"] .segment-work .finding').first()).toBeVisible();

      // the caret in a paragraph opens it: its findings listed, its buttons under them
      const third = page.locator('.segment[data-position="3"]');
      await third.locator('textarea').focus();
      await expect(third.locator('.finding-list .finding-item')).toHaveCount(3);
      await expect(third.locator('.segment-actions button').first()).toBeVisible();
      // a click on the next one opens it and folds this one again
      const fourth = page.locator('.segment[data-position="4"]');
      await fourth.locator('.segment-source').click();
      await expect(fourth.locator('.segment-actions')).toBeVisible();
      await expect(third.locator('.segment-actions')).toHaveCount(0);
      await expect(page.locator('.segment .segment-actions')).toHaveCount(1);
    });

    test('a folded paragraph counts its comments beside its number, and the setting opens every paragraph', async ({ page, demoCopy }) => {
      await useLanguage(page, language);
      await page.goto(`/documents/${demoCopy.id}`);
      const first = page.locator('.segment[data-position="1"]');
      await first.locator('.segment-number').click();
      await first.locator('.segment-actions button[aria-controls$="-review"]').click();
      await first.locator('.comment-form textarea').fill('A note for the badge.');
      await first.locator('.comment-form button[type="submit"]').click();
      await expect(first.locator('.comment')).toHaveCount(1);
      // closed again and another paragraph worked on: the first is folded, its comment counted
      await first.locator('.segment-actions button[aria-controls$="-review"]').click();
      await page.locator('.segment[data-position="2"] textarea').focus();
      const badge = first.getByTestId('review-badge');
      await expect(badge).toHaveText(/1/);
      await badge.click();
      await expect(first.locator('.comment')).toHaveCount(1);

      await page.locator('.shortcuts-button').click();
      await page.locator('.shortcut-setting input').nth(1).check();
      await page.keyboard.press('Escape');
      await expect(page.locator('.segment[data-position="4"] .segment-actions')).toBeVisible();
      await expect(page.locator('.segment[data-position="3"] .finding-list .finding-item')).toHaveCount(3);
    });
  });

  test.describe(`at 1024 × 768 in ${language}`, () => {
    test.use({ viewport: { width: 1024, height: 768 } });

    test('the header folds into the menu and the editor, its findings in numbers open, fits', async ({ page, demoCopy }) => {
      await useLanguage(page, language);
      await page.goto(`/documents/${demoCopy.id}`);
      await expect(page.locator('.segment [data-testid="finding-count"]').first()).toBeVisible();
      await page.locator('.findings-summary summary').click();
      await expect(page.locator('.findings-summary .summary-table')).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      await expect(page.locator('.menu-toggle')).toBeVisible();
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThan(70);
    });
  });
}
