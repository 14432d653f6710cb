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
