/**
 * Corrections that teach the checker, in the browser: an editor's approved correction appears on
 * the glossary page as a learned term with its evidence; accepting it adds a glossary term marked
 * "learned", and an editor open on the document flags the same mistranslation in another paragraph
 * at once (the live feed).
 * (Its own language pair, so no other test's approvals reach these proposals.)
 */
import { approveText, expect, test } from './fixtures';

test('an approved correction is proposed as a learned term; accepted, it flags the same mistranslation at once in an open editor', async ({
  page,
  pageAs,
  request,
  createDocument,
}) => {
  const doc = await createDocument({
    targetLang: 'nl',
    segments: [
      { source: 'Replace the fuse before driving.', mt: 'Vervang de lont voor het rijden.' },
      { source: 'A blown fuse stops the pump.', mt: 'Een doorgebrande lont stopt de pomp.' },
    ],
  });
  await approveText(request, doc.id, 1, 'Vervang de zekering voor het rijden.');

  // an editor has the document open meanwhile
  const watcher = await pageAs('editor');
  await watcher.goto(`/documents/${doc.id}`);
  const flagged = watcher.locator('.segment').nth(1).locator('.segment-mt mark[data-rule="glossary.forbidden"]');
  await expect(watcher.locator('.segment').nth(1).locator('.segment-mt')).toContainText('lont');
  await expect(flagged).toHaveCount(0);

  await page.goto('/glossary?source=en&target=nl');
  const proposal = page.locator('.proposal[data-proposal="fuse"]');
  await expect(proposal.locator('.proposal-term')).toHaveText('fuse → zekering');
  await expect(proposal.locator('del.forbidden')).toHaveText('lont');
  await expect(proposal.locator('.tag')).toHaveText('corrected once');
  // the evidence: the correction as a word diff, where and by whom
  await expect(proposal.locator('.proposal-diff del')).toHaveText('lont');
  await expect(proposal.locator('.proposal-diff ins')).toHaveText('zekering');
  await expect(proposal.locator('.proposal-who')).toContainText(`${doc.title}, paragraph 1: approved by`);

  // edited before it is accepted: one more forbidden rendering
  await proposal.getByRole('button', { name: 'Edit…' }).click();
  await proposal.getByLabel('Forbidden renderings').fill('lont | draad');
  await proposal.getByRole('button', { name: 'Accept as edited' }).click();
  await expect(page.locator('.proposal')).toHaveCount(0);
  await expect(page.getByText('No learned term is waiting.')).toBeVisible();
  const term = page.locator('tr[data-term="fuse"]');
  await expect(term.locator('.tag-learned')).toHaveText('learned');
  await expect(term.locator('del.forbidden')).toHaveText(['lont', 'draad']);

  // the open editor flags the second paragraph's "lont" now, through the live feed (no reload)
  await expect(flagged).toHaveText('lont');
});
