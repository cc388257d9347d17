import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

test('when Parley stops, the page says so instead of going blank', async ({ page, parley, library }) => {
  await parley.stop();

  await library.search('anything');
  await expect(page.getByRole('alert').filter({ hasText: 'The library could not be loaded' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Parley is not reachable' })).toBeVisible();
  await expect(page.getByText('Connection to Parley lost')).toBeVisible();
  await saveScreenshot(page, 'server-gone');
});
