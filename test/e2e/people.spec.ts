import { expect, test } from './fixtures';

test('an admin adds a person, gives them a document, and resets their password', async ({ page, createDocument, browser }, testInfo) => {
  const document = await createDocument();
  const username = `nadia-${testInfo.workerIndex}-${Date.now()}`;

  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  const add = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Add a person' }) });
  await add.getByLabel('Username').fill(username);
  await add.getByLabel('Name shown').fill('Nadia');
  await add.getByLabel('Global role').selectOption('');
  await add.getByRole('button', { name: 'Add' }).click();
  // no password given: one is generated and shown once
  const shown = page.getByTestId('new-password');
  await expect(shown).toContainText(`Password for ${username}, shown this once:`);
  const password = await shown.locator('code').innerText();
  expect(password.length).toBeGreaterThanOrEqual(16);
  await expect(page.locator(`tr[data-user="${username}"]`)).toContainText('Nadia');

  // a role on one document
  const members = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Roles on a document' }) });
  await members.getByLabel('Document', { exact: true }).selectOption({ label: document.title });
  await members.getByLabel('Choose a person…').selectOption({ label: `Nadia (${username})` });
  await members.getByLabel('Role on the document').selectOption('translator');
  await members.getByRole('button', { name: 'Give the role' }).click();
  await expect(members.locator(`tr[data-member="${username}"]`)).toBeVisible();

  // Nadia signs in and sees that document and no other
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const nadia = await context.newPage();
  await nadia.goto('/');
  await nadia.getByLabel('Username').fill(username);
  await nadia.getByLabel('Password').fill(password);
  await nadia.getByRole('button', { name: 'Sign in' }).click();
  await expect(nadia.getByTestId('signed-in-as')).toContainText('Nadia');
  await expect(nadia.locator('.document-card')).toHaveCount(1);
  await expect(nadia.locator('.document-card')).toContainText(document.title);

  // a reset gives a new password and ends Nadia's session
  await page.locator(`tr[data-user="${username}"]`).getByRole('button', { name: 'New password' }).click();
  await expect(shown).toContainText(`Password for ${username}`);
  await expect(shown.locator('code')).not.toHaveText(password);
  await nadia.reload();
  await expect(nadia.getByRole('heading', { level: 1 })).toHaveText('Sign in to Tilik');
  await context.close();
});

test('a weak password is refused with its reason, in each interface language', async ({ page }, testInfo) => {
  await page.goto('/people');
  const add = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Add a person' }) });
  await add.getByLabel('Username').fill(`weak-${testInfo.workerIndex}-${Date.now()}`);
  await add.getByLabel('Password').fill('12345678');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByRole('alert')).toContainText('That password is refused: it is one of the most common or leaked passwords.');

  // changing one's own password: refused before the current password is even checked
  const change = async (dialogTitle: string, current: string, next: string, submit: string) => {
    await page.getByRole('button', { name: dialogTitle }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(current).fill('e2e demo password');
    await dialog.getByLabel(next).fill('admin2026');
    await dialog.getByRole('button', { name: submit }).click();
    return dialog.getByRole('alert');
  };
  await page.getByLabel('Interface language').selectOption('id');
  await expect(
    await change('Ganti kata sandi', 'Kata sandi saat ini', 'Kata sandi baru (minimal 8 karakter)', 'Ganti kata sandi'),
  ).toContainText('Kata sandi itu ditolak: isinya memuat nama pengguna atau nama Anda.');
  await page.keyboard.press('Escape');
  await page.getByLabel('Bahasa antarmuka').selectOption('zh-CN');
  await expect(await change('修改密码', '当前密码', '新密码（至少 8 个字符）', '修改密码')).toContainText(
    '该密码不可用：它包含您的用户名或姓名。',
  );
  await page.keyboard.press('Escape');
  await page.getByLabel('界面语言').selectOption('en');
});

test('the username field checks the server’s rule in the browser and says it', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /pattern/i.test(message.text())) problems.push(message.text());
  });
  await page.goto('/people');
  const add = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Add a person' }) });
  const field = add.getByLabel('Username');
  const rule = '2 to 40 characters: letters a–z, digits, dots, dashes and underscores, starting with a letter or digit';
  await expect(add.locator('#username-rule')).toContainText(rule);
  await expect(field).toHaveAttribute('title', rule);

  const mismatch = () => field.evaluate((input: HTMLInputElement) => input.validity.patternMismatch);
  await field.fill('Bad Name!');
  expect(await mismatch()).toBe(true);
  await field.fill('-dash-first');
  expect(await mismatch()).toBe(true);
  await field.fill('Nadia.K-2_x');
  expect(await mismatch()).toBe(false);
  // a refused name is not sent: the browser stops the form and the list is unchanged
  await field.fill('no spaces');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/users')) requests.push(request.url());
  });
  await add.getByRole('button', { name: 'Add' }).click();
  expect(await field.evaluate((input: HTMLInputElement) => input.validationMessage)).toContain(rule);
  expect(requests).toEqual([]);
  // (an invalid pattern is reported on the console and silently ignored by the browser)
  expect(problems).toEqual([]);
});

test('a document gets a new title, a deadline, a project memory and an assignee, is archived and brought back', async ({
  page,
  createDocument,
}) => {
  const document = await createDocument();
  await page.goto('/');
  const card = page.locator(`.document-card[data-document-id="${document.id}"]`);
  await card.getByRole('button', { name: 'Details…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(`${document.title} (renamed)`);
  await dialog.getByLabel('Deadline').fill('2020-01-31');
  await dialog.getByLabel('Project memory').fill('Harbour works');
  await dialog.getByLabel('Assigned to').selectOption({ label: 'Tari (translator) (translator)' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.locator('h2')).toHaveText(`${document.title} (renamed)`);
  // a deadline that has passed says so
  await expect(card.getByTestId('due-line')).toHaveText('Overdue since January 31, 2020 · Assigned to Tari (translator)');
  await expect(card.getByTestId('due-line')).toHaveClass(/is-late/);
  await expect(card.getByTestId('project-memory')).toHaveText('project memory “Harbour works”');

  // archived: out of the list, into the archive, and back
  page.once('dialog', (question) => void question.accept());
  await card.getByRole('button', { name: 'Details…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(card).toHaveCount(0);
  await page.locator('.archive-panel summary').click();
  const archivedCard = page.getByTestId('archived-documents').locator(`.document-card[data-document-id="${document.id}"]`);
  await expect(archivedCard).toBeVisible();
  await archivedCard.getByRole('button', { name: 'Bring back' }).click();
  await expect(archivedCard).toHaveCount(0);
  await expect(card).toBeVisible();
});

test('a person creates a personal API token, a script uses it, and it is revoked', async ({ page, playwright }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'API tokens' }).click();
  const dialog = page.getByRole('dialog', { name: 'Personal API tokens' });
  const name = `export ${testInfo.workerIndex}-${Date.now()}`;
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create a token' }).click();
  const token = (await dialog.getByTestId('new-token').locator('code').innerText()).trim();
  expect(token).toMatch(/^tilik_/);
  const row = dialog.locator(`tr[data-token="${name}"]`);
  await expect(row).toContainText('never');

  // a script: no cookie, no CSRF header, only the token
  const script = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  expect((await script.get('/api/documents')).status()).toBe(200);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'API tokens' }).click();
  await expect(row).not.toContainText('never');

  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('revoked');
  expect((await script.get('/api/documents')).status()).toBe(401);
  await script.dispose();
});
