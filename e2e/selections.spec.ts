import { expect, expectAccessible, test } from './support/fixtures'

test('build children in the web channel plus a filtered search with two exclusions, duplicate, select the copies, unpublish them', async ({
  page,
}) => {
  // Jobs run 20 times faster than the calm demo, so the journey does not wait for real time.
  await page.goto('selections?mock.jobSpeed=20&mock.latency=0&mock.jitter=0')
  const builder = page.getByRole('region', { name: 'Selection' })
  await expect(builder.getByText(/Entries are united/)).toBeVisible()
  await expectAccessible(page)

  // Children of the Magazine page, in the web channel.
  await builder.getByRole('button', { name: 'Add children' }).click()
  await builder.getByRole('searchbox', { name: 'Find the parent record' }).fill('Magazine')
  await builder.getByRole('button', { name: 'Choose ‘Magazine’' }).first().click()
  await builder.getByRole('combobox', { name: 'Channel' }).selectOption('web')
  await builder.getByRole('button', { name: 'Add this entry' }).click()

  // A search with a filter: every category.
  await builder.getByRole('button', { name: 'Add search' }).click()
  await builder.getByRole('button', { name: 'Add filter' }).click()
  await builder.getByRole('combobox', { name: 'Condition 1: value' }).selectOption('category')
  await expectAccessible(page)
  await builder.getByRole('button', { name: 'Add this entry' }).click()

  const preview = page.getByRole('region', { name: 'Preview' })
  const entries = builder.getByRole('list', { name: 'Entries' })
  await expect(entries.getByRole('listitem')).toHaveCount(2)
  await expect(entries.getByRole('listitem').nth(1)).toContainText(/Matches \d+/)
  const countOf = async () =>
    Number(((await preview.getByText(/^[\d,]+ records$/).textContent()) ?? '').replace(/\D/g, ''))
  await expect(preview.getByText(/^[\d,]+ records$/)).toBeVisible()
  const before = await countOf()

  // Two records brought in by the search, excluded from it with one click each.
  for (let excluded = 1; excluded <= 2; excluded++) {
    const row = preview.getByRole('row').filter({ hasText: 'Entry 2 · search' }).first()
    await row.getByRole('button', { name: /^Exclude ‘/ }).click()
    await expect(preview.getByText(`${before - excluded} records`, { exact: true })).toBeVisible()
  }
  await expect(entries.getByRole('listitem').nth(1)).toContainText('except 2 excluded')
  const count = before - 2
  await expect(preview.getByRole('list', { name: 'Records per model' })).toContainText('Page:')
  await expectAccessible(page)

  // Duplicate exactly what the preview counted.
  await page.getByRole('button', { name: `Duplicate ${count} records` }).click()
  const confirm = page.getByRole('alertdialog', { name: `Duplicate ${count} records?` })
  await expect(confirm).toContainText(`the preview counted exactly ${count} records`)
  await expectAccessible(page)
  await confirm.getByRole('button', { name: `Duplicate ${count} records` }).click()

  await page.getByRole('button', { name: /^Jobs: 1 running/ }).click()
  const tray = page.getByRole('region', { name: 'Jobs' })
  await expect(tray.getByText(`Duplicate ${count} records`)).toBeVisible()
  await expectAccessible(page)
  await tray.getByRole('link', { name: 'Select the copies' }).click({ timeout: 30_000 })

  // The copies become a selection of their own, and are unpublished.
  await expect(page).toHaveURL(/\/console\/selections\?s=/)
  await expect(preview.getByText(`${count} records`, { exact: true })).toBeVisible()
  await expect(preview.getByText(/\(duplicate\)/).first()).toBeVisible()
  await expectAccessible(page)
  // The tray lies over the page: close it to reach the actions, open it again to follow.
  await tray.getByRole('button', { name: 'Close jobs' }).click()
  await page.getByRole('button', { name: `Unpublish ${count} records` }).click()
  await page
    .getByRole('alertdialog', { name: `Unpublish ${count} records?` })
    .getByRole('button', { name: `Unpublish ${count} records` })
    .click()
  await page.getByRole('button', { name: /^Jobs:/ }).click()
  const unpublish = tray.getByRole('listitem').filter({ hasText: `Unpublish ${count} records` })
  await expect(unpublish.getByText('Done')).toBeVisible({ timeout: 30_000 })
  await expectAccessible(page)
})
