import { expect, test } from './fixtures';

/**
 * A long document: only the rows on screen are in the page, wherever one goes in it; going to a
 * segment by number, F8 to the next finding (asked of the server, far beyond what is loaded) and
 * typing deep inside it work as they do at its top.
 */
const LENGTH = 3000;
/** Every 500th segment's translation changes a number: a finding the server stores. */
const withFinding = (position: number) => position % 500 === 0;

test('a 3,000-segment document: rows on screen only, go to a number, F8 through the server, typing far down', async ({
  page,
  editor,
  createDocument,
}) => {
  const document = await createDocument({
    title: 'Long report',
    segments: Array.from({ length: LENGTH }, (_, k) => {
      const position = k + 1;
      return {
        source: `Segment ${position} of the long report: prices rose by 15 percent.`,
        mt: `Segmen ${position} dari laporan panjang: harga naik ${withFinding(position) ? 51 : 15} persen.`,
      };
    }),
  });
  // checking 3,000 segments in the background takes a while on a busy machine: waited for, not timed
  test.setTimeout(180_000);
  const rows = page.locator('.segment');
  await editor.goto(document.id);
  await expect(editor.segment(1)).toBeVisible();
  // the summary says how many are still being checked, and then what was found
  await expect(page.locator('.findings-summary')).toContainText('6 findings in 6 of 3,000 segments', { timeout: 150_000 });
  await expect(page.locator('.summary-pending')).toHaveCount(0);
  const inPage = async () => rows.count();
  expect(await inPage()).toBeLessThan(60);

  // to the end of the page and back: the rows in the page stay few
  await page.evaluate(() => window.scrollTo(0, window.document.documentElement.scrollHeight));
  await expect(editor.segment(LENGTH)).toBeVisible();
  expect(await inPage()).toBeLessThan(60);
  await expect(editor.segment(1)).toHaveCount(0);

  // go to a number
  const goTo = page.getByRole('spinbutton', { name: 'Go to segment #' });
  await goTo.fill('2345');
  await goTo.press('Enter');
  await expect(editor.textarea(2345)).toBeFocused();
  await expect(editor.segment(2345)).toBeInViewport();

  // the very last one too (the page cannot put it at the top: it stays rendered and focused)
  await goTo.fill(String(LENGTH));
  await goTo.press('Enter');
  await expect(editor.textarea(LENGTH)).toBeFocused();
  await expect(editor.segment(LENGTH)).toBeInViewport();
  await goTo.fill('2345');
  await goTo.press('Enter');
  await expect(editor.textarea(2345)).toBeFocused();

  // F8 finds the next segment with findings on the server, loaded or not
  await page.keyboard.press('F8');
  await expect(editor.textarea(2500)).toBeFocused();
  await expect(editor.segment(2500)).toBeInViewport();
  await expect(editor.segment(2500).getByTestId('finding-count')).toBeVisible();
  await expect(editor.segment(2345).getByTestId('finding-count')).toHaveCount(0);
  await page.keyboard.press('Shift+F8');
  await expect(editor.textarea(2000)).toBeFocused();
  await page.keyboard.press('Shift+F8');
  await expect(editor.textarea(1500)).toBeFocused();
  expect(await inPage()).toBeLessThan(60);

  // typing deep in the document shows its diff at once, and saves
  await editor.replaceText(1500, '51', '15');
  await expect(editor.diff(1500)).toContainText('15');
  await expect(editor.diff(1500).locator('ins').first()).toBeVisible();
  await editor.textarea(1500).press('Control+Enter');
  await expect(editor.segment(1500).locator('.segment-state')).toContainText('Saved by');
  // the saved text has no finding left
  await expect(editor.segment(1500).getByTestId('finding-count')).toHaveCount(0);
});
