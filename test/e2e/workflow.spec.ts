import { expect, test } from './fixtures';
import { DEMO_PASSWORD } from './constants';
import { EditorPage } from './pages/EditorPage';

test('translator submits, editor rejects with a comment, translator fixes, editor approves: the progress moves', async ({
  demoCopy,
  assign,
  pageAs,
}) => {
  await assign(demoCopy.id, 'translator', 'translator');
  const translatorPage = await pageAs('translator');
  const editorPage = await pageAs('editor');
  const translator = new EditorPage(translatorPage);

  // the translator corrects paragraph 8, but not quite right, and submits it
  await translator.goto(demoCopy.id);
  await expect(translatorPage.getByTestId('signed-in-as')).toContainText('Tari (translator)');
  await expect(translatorPage.getByTestId('signed-in-as')).toContainText('Translator');
  await translator.replaceText(8, 'trotoar', 'batasan');
  await translator.textarea(8).press('Control+Shift+Enter');
  await expect(translator.status(8)).toHaveText(/Submitted/);
  // a translator decides nothing: no approve or reject offered
  await expect(translator.button(8, 'Approve')).toHaveCount(0);
  await expect(translator.button(8, 'Reject')).toHaveCount(0);

  // the editor finds it in the queue with its diff against the MT, and rejects it with a comment
  await editorPage.goto('/queue');
  const card = editorPage.locator('.queue-card').filter({ hasText: demoCopy.title });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('segment 8');
  await expect(card).toContainText('Tari (translator)');
  await expect(card.locator('.diff del')).toHaveText(['trotoar']);
  await expect(card.locator('.diff ins')).toHaveText(['batasan']);
  await card.getByRole('button', { name: /Reject/ }).click();
  await card
    .getByLabel('Why is it rejected? The translator sees this comment.')
    .fill('Use the glossary: "export curbs" is "pembatasan ekspor".');
  await card.locator('.reject-form').getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(card).toHaveCount(0);

  // the translator sees the comment on the segment, fixes the text and submits again
  await translatorPage.reload();
  await expect(translator.status(8)).toHaveText(/Rejected/);
  await expect(translator.segment(8).getByTestId('rejection')).toContainText('Rejected by Edo (editor)');
  await expect(translator.segment(8).getByTestId('rejection')).toContainText('"export curbs" is "pembatasan ekspor"');
  await translator.replaceText(8, 'batasan', 'pembatasan');
  await translator.button(8, 'Submit').click();
  await expect(translator.status(8)).toHaveText(/Submitted/);
  await expect(translator.segment(8).getByTestId('rejection')).toHaveCount(0);

  // the editor approves it from the queue with the keyboard
  await editorPage.reload();
  await expect(card).toHaveCount(1);
  await expect(card.locator('.diff ins')).toHaveText(['pembatasan']);
  await card.focus();
  await editorPage.keyboard.press('a');
  await expect(card).toHaveCount(0);

  // the document's progress bar shows the approval, for the editor and for the translator
  await editorPage.goto('/');
  const progress = editorPage.locator('.document-card').filter({ hasText: demoCopy.title });
  await expect(progress.locator('.progress-approved')).toHaveAttribute('data-count', '1');
  await expect(progress.locator('.progress-untouched')).toHaveAttribute('data-count', '23');
  await translatorPage.goto('/');
  const mine = translatorPage.locator('.document-card').filter({ hasText: demoCopy.title });
  await expect(mine.locator('.progress-approved')).toHaveAttribute('data-count', '1');

  // authors and deciders are recorded by user, and the editor sees the event log
  await new EditorPage(editorPage).goto(demoCopy.id);
  await editorPage.getByText('Activity').click();
  const log = editorPage.locator('.activity-list');
  await expect(log.locator('li[data-type="revision.approved"]')).toContainText('Edo (editor)');
  await expect(log.locator('li[data-type="revision.rejected"]')).toContainText('pembatasan ekspor');
  await expect(log.locator('li[data-type="revision.submitted"]')).toHaveCount(2);
});

test('a translator who disagrees resubmits the rejected text unchanged, with a reply in the comments', async ({
  createDocument,
  assign,
  pageAs,
}) => {
  const document = await createDocument({
    segments: [{ source: 'Export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' }],
  });
  await assign(document.id, 'translator', 'translator');
  const translatorPage = await pageAs('translator');
  const editorPage = await pageAs('editor');
  const translator = new EditorPage(translatorPage);
  const editor = new EditorPage(editorPage);

  await translator.goto(document.id);
  await translator.replaceText(1, 'Trotoar ekspor', 'Pembatasan ekspor');
  await translator.textarea(1).press('Control+Shift+Enter');
  await expect(translator.status(1)).toHaveText(/Submitted/);
  await editor.goto(document.id);
  await editor.open(1);
  await editor.button(1, 'Reject').click();
  await editor.segment(1).getByLabel('Why is it rejected? The translator sees this comment.').fill('Say "kendali ekspor".');
  await editor.segment(1).locator('.reject-form').getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(editor.status(1)).toHaveText(/Rejected/);

  // unchanged, Save stays disabled; Ctrl+Shift+Enter asks for a reply instead of doing nothing
  await translatorPage.reload();
  await expect(translator.status(1)).toHaveText(/Rejected/);
  await translator.open(1);
  await expect(translator.button(1, 'Save')).toBeDisabled();
  await translator.textarea(1).press('Control+Shift+Enter');
  const reply = translator.segment(1).getByLabel('Why the text is right as it is (your reply joins the comments)');
  await expect(reply).toBeFocused();
  // no reply, no resubmission
  await expect(translator.segment(1).getByRole('button', { name: 'Resubmit unchanged' })).toBeDisabled();
  await reply.fill('"Pembatasan ekspor" is the glossary term for export curbs.');
  await translator.segment(1).getByRole('button', { name: 'Resubmit unchanged' }).click();
  await expect(translator.status(1)).toHaveText(/Submitted/);
  await expect(translator.textarea(1)).toHaveValue('Pembatasan ekspor memperlambat kemajuan.');
  await expect(translator.button(1, '1 comment')).toBeVisible();
  await translator.button(1, '1 comment').click();
  await expect(translator.segment(1).locator('.comment-body')).toHaveText('"Pembatasan ekspor" is the glossary term for export curbs.');

  // the editor decides it again, and the log says what happened
  await editorPage.reload();
  await expect(editor.status(1)).toHaveText(/Submitted/);
  await editor.open(1);
  await editor.button(1, 'Approve').click();
  await expect(editor.status(1)).toHaveText(/Approved/);
  await editorPage.getByText('Activity').click();
  await expect(editorPage.locator('.activity-list li[data-type="revision.resubmitted"]')).toContainText(
    'Tari (translator) resubmitted segment 1 unchanged, replying to the rejection',
  );
  await expect(editorPage.locator('.activity-list li[data-type="comment.created"]')).toContainText(
    'Tari (translator) commented on segment 1',
  );
});

test('approving a paragraph with open major or critical findings asks first, in the editor and the queue', async ({
  createDocument,
  page,
  editor,
}) => {
  const document = await createDocument({
    segments: [
      { source: 'The export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' },
      { source: 'Prices rose by 5%.', mt: 'Harga naik 5%.' },
      { source: 'Prices fell by 7%.', mt: 'Harga turun 9%.' },
      { source: 'Rents fell by 4%.', mt: 'Sewa turun 6%.' },
    ],
  });
  await editor.goto(document.id);
  for (const position of [1, 2, 3, 4]) {
    await editor.textarea(position).press('Control+Shift+Enter');
    await expect(editor.status(position)).toHaveText(/Submitted/);
  }
  // paragraph 1 keeps its forbidden rendering: asked, and cancelling approves nothing
  await editor.open(1);
  await editor.button(1, 'Approve').click();
  const guard = page.getByTestId('approval-guard');
  await expect(guard).toContainText('This paragraph still has 1 major or critical finding');
  await expect(guard).toContainText('"Trotoar ekspor" is a forbidden rendering');
  await guard.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.status(1)).toHaveText(/Submitted/);
  await editor.button(1, 'Approve').click();
  await guard.getByRole('button', { name: 'Approve anyway' }).click();
  await expect(editor.status(1)).toHaveText(/Approved/);
  // a clean paragraph is approved at once
  await editor.open(2);
  await editor.button(2, 'Approve').click();
  await expect(editor.status(2)).toHaveText(/Approved/);
  await expect(guard).toHaveCount(0);

  // the queue asks too, for one card (a) and for a selection
  await page.goto('/queue');
  const cards = page.locator('.queue-card').filter({ hasText: document.title });
  await expect(cards).toHaveCount(2);
  await cards.first().focus();
  await page.keyboard.press('a');
  await expect(page.getByTestId('approval-guard')).toContainText('This paragraph still has 1 major or critical finding');
  await page.getByTestId('approval-guard').getByRole('button', { name: 'Cancel' }).click();
  await expect(cards).toHaveCount(2);
  // (selected by their boxes: other tests' cards may stand between them in the queue)
  await cards.nth(0).getByRole('checkbox').check();
  await cards.nth(1).getByRole('checkbox').check();
  await cards.first().focus();
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('approval-guard')).toContainText('2 of the 2 selected paragraphs still have major or critical findings');
  await page.getByTestId('approval-guard').getByRole('button', { name: 'Approve anyway' }).click();
  await expect(cards).toHaveCount(0);
});

test('bulk approval of a selection from the queue, with the keyboard', async ({ createDocument, assign, pageAs, page }) => {
  const document = await createDocument();
  await assign(document.id, 'translator', 'translator');
  const translatorPage = await pageAs('translator');
  const translator = new EditorPage(translatorPage);
  await translator.goto(document.id);
  for (const position of [1, 2, 3]) {
    await translator.textarea(position).fill(`Revisi ${position}.`);
    await translator.textarea(position).press('Control+Shift+Enter');
    await expect(translator.status(position)).toHaveText(/Submitted/);
  }

  await page.goto('/queue');
  const cards = page.locator('.queue-card').filter({ hasText: document.title });
  await expect(cards).toHaveCount(3);
  // newest first
  await expect(cards.first()).toContainText('segment 3');
  await cards.nth(0).focus();
  await page.keyboard.press('x');
  // j moves to the next card of the queue (which may be another test's, submitted meanwhile)
  const all = page.locator('.queue-card');
  const first = await all.evaluateAll(
    (elements, title) => elements.findIndex((element) => element.textContent?.includes(title)),
    document.title,
  );
  await page.keyboard.press('j');
  await expect(all.nth(first + 1)).toBeFocused();
  // (so the second of ours is focused by hand before x selects it)
  await cards.nth(1).focus();
  await page.keyboard.press('x');
  await expect(page.getByRole('button', { name: 'Approve 2 selected' })).toBeEnabled();
  await page.keyboard.press('Shift+A');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('segment 1');

  await new EditorPage(page).goto(document.id);
  await expect(new EditorPage(page).status(2)).toHaveText(/Approved/);
  await expect(new EditorPage(page).status(3)).toHaveText(/Approved/);
  await expect(new EditorPage(page).status(1)).toHaveText(/Submitted/);
});

test.describe('as a reviewer', () => {
  test.use({ role: 'reviewer' });

  test('reads everything but is offered no way to change text or state', async ({ page, demoCopy }) => {
    const editor = new EditorPage(page);
    await editor.goto(demoCopy.id);
    await expect(page.getByTestId('signed-in-as')).toContainText('Rina (reviewer)');
    await expect(editor.textarea(8)).toHaveAttribute('readonly', '');
    await expect(editor.button(8, 'Save')).toHaveCount(0);
    await expect(editor.button(8, 'Submit')).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Queue' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'People' })).toHaveCount(0);
    // the server refuses what the interface hides
    const status = await page.evaluate(async () => {
      const session = await (await fetch('/api/session')).json();
      const segments = await (await fetch(location.pathname.replace('/documents/', '/api/documents/') + '/segments?limit=1')).json();
      const response = await fetch(`/api/segments/${segments.items[0].id}/revisions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify({ text: 'x', baseVersion: 0 }),
      });
      return response.status;
    });
    expect(status).toBe(403);
  });
});

test.describe('signed out', () => {
  test('a page opened before signing in logs nothing on the console, and asks for no data', async ({ browser }, testInfo) => {
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, locale, timezoneId });
    const page = await context.newPage();
    const console: string[] = [];
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    for (const path of ['/', '/documents/1', '/documents/1/compare', '/queue']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Tilik');
    }
    // signed in, a direct load of the editor is quiet too
    await page.getByLabel('Username').fill('editor');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.goto('/documents/1');
    await expect(page.locator('.segment').first()).toBeVisible();
    expect(console).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  test('signs in with the form, rejects a wrong password, and signs out', async ({ browser }, testInfo) => {
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, locale, timezoneId });
    const page = await context.newPage();
    // a deep link: the page asked for appears once signed in
    await page.goto('/queue');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Tilik');
    await page.getByLabel('Username').fill('editor');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The username or the password is wrong.');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Queue');
    await expect(page.getByTestId('signed-in-as')).toContainText('Edo (editor)');
    expect((await context.cookies()).find((cookie) => cookie.name === 'tilik_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Tilik');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Tilik');
    expect((await page.request.get('/api/session')).status()).toBe(401);
    await context.close();
  });
});
