import type { APIRequestContext, Page } from '@playwright/test';
import { startRelay } from '../helpers/relay';
import { expect, signIn, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';

const SENTENCE = 'Perusahaan besar mengandalkan pengguna di seluruh dunia.';

/** Corrects a segment's text and approves it through the API, as the admin the test's request is signed in as. */
async function approveCorrection(request: APIRequestContext, documentId: number, position: number, from: string, to: string) {
  const { csrfToken } = (await (await request.get('/api/session')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const segments = (await (await request.get(`/api/documents/${documentId}/segments?limit=500`)).json()) as {
    items: Array<{ id: number; position: number; version: number; mt: string }>;
  };
  const segment = segments.items.find((candidate) => candidate.position === position);
  if (!segment?.mt.includes(from)) throw new Error(`"${from}" is not in segment ${position}`);
  const text = segment.mt.replace(from, to);
  const saved = await request.post(`/api/segments/${segment.id}/revisions`, { data: { text, baseVersion: segment.version }, headers });
  expect(saved.status()).toBe(201);
  const { revision } = (await saved.json()) as { revision: { id: number } };
  for (const action of ['submit', 'approve']) {
    const response = await request.post(`/api/revisions/${revision.id}/${action}`, { headers });
    expect(response.status(), await response.text()).toBe(200);
  }
}

/** Two people with the same document open on the same paragraph. */
async function twoEditors(pageAs: (role: 'translator' | 'editor') => Promise<Page>, documentId: number) {
  const first = new EditorPage(await pageAs('translator'));
  const second = new EditorPage(await pageAs('editor'));
  await first.goto(documentId);
  await second.goto(documentId);
  // each sees the other arrive
  await expect(first.page.getByTestId('presence')).toContainText('Edo (editor)');
  await expect(second.page.getByTestId('presence')).toContainText('Tari (translator)');
  return { first, second };
}

test.describe('editing one paragraph together', () => {
  test('edits to different words merge cleanly, and the first view follows live', async ({ createDocument, assign, pageAs }) => {
    const document = await createDocument({ segments: [{ source: 'Big companies rely on users worldwide.', mt: SENTENCE }] });
    await assign(document.id, 'translator', 'translator');
    const { first, second } = await twoEditors(pageAs, document.id);

    // both start from the machine translation
    await first.replaceText(1, 'besar', 'raksasa');
    await second.replaceText(1, 'seluruh dunia', 'berbagai negara');

    await first.textarea(1).press('Control+Enter');
    await expect(first.status(1)).toHaveText(/Draft/);
    // the second person keeps their text and is told the paragraph moved on under them
    await expect(second.segment(1).getByTestId('moved-on')).toContainText('Tari (translator)');
    await expect(second.textarea(1)).toHaveValue('Perusahaan besar mengandalkan pengguna di berbagai negara.');

    await second.textarea(1).press('Control+Enter');
    const merge = second.segment(1).getByTestId('merge');
    await expect(merge).toHaveAttribute('data-merge', 'clean');
    await expect(merge).toContainText('Tari (translator) saved this paragraph while you were editing.');
    // shown against what the first person saved: only the second person's change is new
    await expect(merge.locator('.diff del')).toHaveText(['seluruh dunia']);
    await expect(merge.locator('.diff ins')).toHaveText(['berbagai negara']);
    await merge.getByRole('button', { name: 'Save the merged text' }).click();
    await expect(merge).toHaveCount(0);
    const merged = 'Perusahaan raksasa mengandalkan pengguna di berbagai negara.';
    await expect(second.textarea(1)).toHaveValue(merged);

    // the first view takes the merged text from the live feed, without a reload
    const navigations: string[] = [];
    first.page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await expect(first.textarea(1)).toHaveValue(merged);
    expect(navigations).toEqual([]);

    // both saves are in the history: nothing acknowledged was lost
    await first.button(1, 'History').click();
    await expect(first.history(1).locator('.history-item')).toHaveCount(3);
    await expect(first.history(1).locator('.history-item').first()).toContainText('Edo (editor)');
  });

  test('edits to the same words show the conflict side by side to choose from', async ({ createDocument, assign, pageAs }) => {
    const document = await createDocument({ segments: [{ source: 'Big companies rely on users worldwide.', mt: SENTENCE }] });
    await assign(document.id, 'translator', 'translator');
    const { first, second } = await twoEditors(pageAs, document.id);

    await first.replaceText(1, 'besar', 'raksasa');
    await second.replaceText(1, 'besar', 'terkemuka');
    await first.textarea(1).press('Control+Enter');
    await expect(first.status(1)).toHaveText(/Draft/);
    await second.textarea(1).press('Control+Enter');

    const merge = second.segment(1).getByTestId('merge');
    await expect(merge).toHaveAttribute('data-merge', 'conflict');
    await expect(merge).toContainText('You both changed the same words in one place.');
    const choice = merge.locator('.merge-choice');
    await expect(choice.getByLabel('Yours:')).toBeChecked();
    await expect(choice.locator('label').nth(0)).toContainText('terkemuka');
    await expect(choice.locator('label').nth(1)).toContainText('raksasa');

    // choosing theirs for the one conflict gives back their text: nothing to save on top
    await choice.getByLabel("Tari (translator)'s:").check();
    await expect(merge.locator('.diff ins')).toHaveCount(0);
    await choice.getByLabel('Yours:').check();
    await expect(merge.locator('.diff del')).toHaveText(['raksasa']);
    await expect(merge.locator('.diff ins')).toHaveText(['terkemuka']);
    await merge.getByRole('button', { name: 'Save this version' }).click();
    await expect(merge).toHaveCount(0);
    await expect(first.textarea(1)).toHaveValue('Perusahaan terkemuka mengandalkan pengguna di seluruh dunia.');
  });

  test('a view whose network dropped reconnects and catches up on what it missed', async ({
    browser,
    createDocument,
    assign,
    pageAs,
  }, testInfo) => {
    const document = await createDocument({ segments: [{ source: 'Big companies rely on users worldwide.', mt: SENTENCE }] });
    await assign(document.id, 'translator', 'translator');
    // the first person reaches the server through a relay the test can cut
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    const relay = await startRelay(new URL(baseURL ?? ''));
    const context = await browser.newContext({ baseURL: relay.url, locale, timezoneId });
    try {
      await signIn(context, 'translator');
      const first = new EditorPage(await context.newPage());
      const second = new EditorPage(await pageAs('editor'));
      await first.goto(document.id);
      await second.goto(document.id);
      await expect(first.page.getByTestId('presence')).toContainText('Edo (editor)');

      relay.cut();
      await expect(first.page.getByTestId('presence')).toHaveAttribute('data-connected', 'false');
      await second.replaceText(1, 'besar', 'raksasa');
      await second.textarea(1).press('Control+Enter');
      await expect(second.status(1)).toHaveText(/Draft/);
      await second.page.getByRole('button', { name: '0 comments' }).click();
      await second.segment(1).getByLabel('Write a comment').fill('Changed while you were away.');
      await second.segment(1).getByRole('button', { name: 'Post' }).click();
      await expect(second.segment(1).locator('.comment')).toHaveCount(1);
      await expect(first.textarea(1)).toHaveValue(SENTENCE);

      relay.restore();
      await expect(first.page.getByTestId('presence')).toHaveAttribute('data-connected', 'true', { timeout: 15_000 });
      await expect(first.textarea(1)).toHaveValue('Perusahaan raksasa mengandalkan pengguna di seluruh dunia.');
      await first.open(1);
      await expect(first.button(1, '1 comment')).toBeVisible();
    } finally {
      await context.close();
      await relay.close();
    }
  });

  test('a comment appears in the other open view', async ({ createDocument, assign, pageAs }) => {
    const document = await createDocument({ segments: [{ source: 'Big companies rely on users worldwide.', mt: SENTENCE }] });
    await assign(document.id, 'translator', 'translator');
    const { first, second } = await twoEditors(pageAs, document.id);

    await second.open(1);
    await second.button(1, '0 comments').click();
    await second.segment(1).getByLabel('Write a comment').fill('Is "besar" strong enough here?');
    await second.segment(1).getByRole('button', { name: 'Post' }).click();
    await expect(second.segment(1).locator('.comment')).toHaveCount(1);

    await first.open(1);
    await expect(first.button(1, '1 comment')).toBeVisible();
    await first.button(1, '1 comment').click();
    await expect(first.segment(1).locator('.comment')).toContainText('Edo (editor)');
    await expect(first.segment(1).locator('.comment-body')).toHaveText('Is "besar" strong enough here?');
  });
});

test('a reviewer compares the MT with the approved text, records an error, and the score changes', async ({
  demoCopy,
  request,
  pageAs,
}) => {
  await approveCorrection(request, demoCopy.id, 8, 'trotoar ekspor', 'pembatasan ekspor');

  const reviewer = await pageAs('reviewer');
  await reviewer.goto(`/documents/${demoCopy.id}/compare?from=mt&to=approved`);
  await expect(reviewer.getByTestId('compare-summary')).toContainText('1 of 24 paragraphs changed');
  // the others were never approved: they have no approved text, so they are counted apart
  await expect(reviewer.getByTestId('not-approved')).toHaveText('23 paragraphs not approved yet (not compared)');
  const rows = reviewer.getByTestId('compare-row');
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toHaveAttribute('data-position', '8');
  await expect(row.locator('.diff del')).toHaveText(['trotoar']);
  await expect(row.locator('.diff ins')).toHaveText(['pembatasan']);
  const score = reviewer.getByTestId('quality-score');
  await expect(score).toContainText('Quality: 0 per 1,000 words from 0 errors');

  // the URL holds the comparison: a reload (or a colleague with the link) sees the same
  // (the view lives in the URL, which updates a moment after the click: click, then wait for it)
  await reviewer.getByLabel('Side by side').click();
  await expect(reviewer.getByLabel('Side by side')).toBeChecked();
  await expect(reviewer).toHaveURL(/from=mt&to=approved.*view=side|view=side.*from=mt&to=approved/);
  await reviewer.reload();
  await expect(row.locator('.side-text[data-side="from"] del')).toHaveText(['trotoar']);

  // select the mistranslation in the MT side and record it
  await row.locator('.side-text[data-side="from"] del').selectText();
  await row.locator('.side-text[data-side="from"]').dispatchEvent('mouseup');
  await row.getByRole('button', { name: 'Record error' }).click();
  await expect(row.getByLabel('Text with the error')).toHaveValue('trotoar');
  await row.getByLabel('Text with the error').fill('trotoar ekspor');
  await row.getByLabel('Category').selectOption({ label: 'Terminology' });
  await row.getByLabel('Major').check();
  await row.getByRole('button', { name: 'Record error' }).last().click();
  await expect(row.locator('.annotation-form')).toHaveCount(0);
  await expect(score).toContainText('from 1 error');
  await expect(score).not.toContainText('Quality: 0 per');

  // the quality page breaks it down, per category and per paragraph
  await reviewer.getByRole('link', { name: 'Quality and effort' }).click();
  await expect(reviewer.locator('.score-figure')).toContainText('penalty points per 1,000 source words');
  await expect(reviewer.locator('tr[data-category="terminology"]')).toContainText('5');
  // where the errors were recorded is a table of its own; the chart has a y axis from 0 to its top
  await expect(reviewer.getByTestId('by-version').locator('tbody tr')).toHaveCount(2);
  await expect(reviewer.getByTestId('by-version')).toContainText('On the machine translation');
  await expect(reviewer.getByTestId('chart-y').first().locator('span').last()).toHaveText('0');
  await expect(reviewer.locator('.annotation-item')).toContainText('trotoar ekspor');
  await expect(reviewer.locator('.annotation-item')).toContainText('Terminology');
  const figure = Number((await reviewer.locator('.score-figure strong').textContent())?.replace(',', '.'));
  expect(figure).toBeGreaterThan(0);
});

test('time spent editing a paragraph is counted for the person who edited it', async ({ createDocument, assign, pageAs, request }) => {
  const document = await createDocument({ segments: [{ source: 'Big companies rely on users worldwide.', mt: SENTENCE }] });
  await assign(document.id, 'translator', 'translator');
  const translator = new EditorPage(await pageAs('translator'));
  await translator.goto(document.id);

  // about two seconds of typing, a key every 200 ms, then the editor loses focus
  await translator.textarea(1).focus();
  await translator.textarea(1).press('End');
  for (let i = 0; i < 10; i += 1) {
    await translator.page.keyboard.type('x');
    await translator.page.waitForTimeout(200);
  }
  await translator.page.keyboard.press('Tab');

  await expect
    .poll(async () => {
      const effort = (await (await request.get(`/api/documents/${document.id}/effort`)).json()) as {
        people: Array<{ user: { username?: string; name: string }; ms: number }>;
        segments: Array<{ position: number; ms: number }>;
      };
      return effort.people.find((person) => person.user.name === 'Tari (translator)')?.ms ?? 0;
    })
    .toBeGreaterThanOrEqual(1800);
  const effort = (await (await request.get(`/api/documents/${document.id}/effort`)).json()) as {
    segments: Array<{ position: number; ms: number }>;
  };
  // counted from the first key to the last (and a little after), not the whole time the page was open
  expect(effort.segments[0]?.ms).toBeLessThan(10_000);
});

test('a chart bar leads to its paragraph, or says why it is not listed', async ({ demoCopy, request, page }) => {
  await approveCorrection(request, demoCopy.id, 8, 'trotoar ekspor', 'pembatasan ekspor');
  await page.goto(`/documents/${demoCopy.id}/compare?from=mt&to=current`);
  await expect(page.getByTestId('compare-row')).toHaveCount(1);
  const bar = (position: number) => page.locator('.chart-bar').nth(position - 1);
  await bar(8).click();
  await expect(page.locator('#compare-8')).toBeFocused();
  await expect(page.getByTestId('bar-note')).toHaveCount(0);
  await bar(3).click();
  await expect(page.getByTestId('bar-note')).toContainText('Paragraph 3 is the same at both points.');
  await page.getByTestId('bar-note').getByRole('button', { name: 'Show unchanged paragraphs too' }).click();
  await expect(page.getByTestId('compare-row')).toHaveCount(24);
  await bar(3).click();
  await expect(page.locator('#compare-3')).toBeFocused();

  // against the approved text, a paragraph never approved is named so, and its bar is marked
  await page.goto(`/documents/${demoCopy.id}/compare?from=approved&to=current&all=1`);
  await expect(page.locator('#compare-3')).toHaveAttribute('data-not-approved', 'from');
  await expect(page.locator('#compare-3')).toContainText('Not approved yet: no approved text to compare');
  await expect(bar(3)).toHaveClass(/is-missing/);
  await expect(bar(3)).toHaveAttribute('aria-label', 'Paragraph 3: not approved yet, nothing to compare.');
  await expect(page.locator('#compare-8')).not.toHaveAttribute('data-not-approved', /./);
});
