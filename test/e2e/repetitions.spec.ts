/**
 * Repetitions in the editor: a paragraph whose source is repeated says so; approving it offers to
 * put its translation into the others, which become drafts with that text.
 */
import { expect, test } from './fixtures';

test('a repeated source or sentence is marked, and approving a repeated paragraph offers to use the translation in the repetitions', async ({
  editor,
  createDocument,
}) => {
  const warning = 'Do not touch the heating plate.';
  const doc = await createDocument({
    segments: [
      { source: warning, mt: 'Jangan sentuh piring pemanas.' },
      { source: 'Unplug the device after use.', mt: 'Cabut perangkat setelah digunakan.' },
      { source: warning, mt: 'Jangan menyentuh pelat.' },
      { source: warning, mt: 'Jangan sentuh pelat pemanas.' },
      { source: `Unplug the device after use. ${warning}`, mt: 'x' },
    ],
  });
  await editor.page.goto(`/documents/${doc.id}`);
  await expect(editor.segment(1).getByTestId('repeats')).toHaveText('↻ repeated 2×');
  await expect(editor.segment(2).getByTestId('repeats')).toHaveCount(0);
  // paragraph 2 is a sentence of paragraph 5, whose two sentences both stand elsewhere
  await expect(editor.segment(2).getByTestId('repeated-sentences')).toHaveText('↻ a sentence repeated');
  await expect(editor.segment(5).getByTestId('repeated-sentences')).toHaveText('↻ 2 sentences repeated');

  await editor.textarea(1).fill('Jangan sentuh pelat pemanas.');
  await editor.textarea(1).press('Control+Shift+Enter');
  await expect(editor.status(1)).toHaveText(/Submitted/);
  await editor.button(1, 'Approve').click();
  await expect(editor.status(1)).toHaveText(/Approved/);
  const offer = editor.segment(1).getByTestId('propagate-offer');
  await expect(offer).toContainText('This source is repeated in 2 other paragraphs. Use this translation there too?');
  await offer.getByRole('button', { name: 'Use it there' }).click();
  // the third paragraph gets a draft; the fourth already read so
  await expect(editor.segment(1).getByTestId('propagated')).toContainText('Saved in 1 paragraph as a draft. 1 left as it was');
  await expect(editor.textarea(3)).toHaveValue('Jangan sentuh pelat pemanas.');
  await expect(editor.status(3)).toHaveText(/Draft/);
  await expect(editor.status(4)).toHaveText(/Untouched/);
});
