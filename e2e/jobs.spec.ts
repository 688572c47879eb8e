import { expect, expectAccessible, test } from './support/fixtures'

test('a record duplicate and a slow bulk duplicate survive a reload and finish in the tray with working links', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Jobs at a tenth of the demo's speed, so both are still running when the page reloads.
  await page.goto('records?model=category&mock.jobSpeed=0.1&mock.latency=0&mock.jitter=0')
  const table = page.getByRole('table', { name: 'Records' })
  const firstRow = table.getByRole('row').nth(1)
  const title = ((await firstRow.getByRole('link').first().textContent()) ?? '').trim()
  expect(title).not.toBe('')
  await firstRow.getByRole('button', { name: 'Duplicate' }).click()

  // A bulk duplicate of every author, built in the selection builder.
  await page.getByRole('link', { name: 'Selections' }).click()
  const builder = page.getByRole('region', { name: 'Selection' })
  await builder.getByRole('button', { name: 'Add search' }).click()
  await builder.getByRole('button', { name: 'Add filter' }).click()
  await builder.getByRole('combobox', { name: 'Condition 1: value' }).selectOption('author')
  await builder.getByRole('button', { name: 'Add this entry' }).click()
  const preview = page.getByRole('region', { name: 'Preview' })
  const countText = (await preview.getByText(/^[\d,]+ records$/).textContent()) ?? ''
  const count = Number(countText.replace(/\D/g, ''))
  expect(count).toBeGreaterThan(10)
  await page.getByRole('button', { name: `Duplicate ${count} records` }).click()
  await page
    .getByRole('alertdialog', { name: `Duplicate ${count} records?` })
    .getByRole('button', { name: `Duplicate ${count} records` })
    .click()
  await expect(page.getByRole('button', { name: /^Jobs: 2 running/ })).toBeVisible()

  // Reload while both run: the tray picks them up again and follows them to their end.
  await page.reload()
  await page.getByRole('button', { name: /^Jobs: 2 running/ }).click()
  const tray = page.getByRole('region', { name: 'Jobs' })
  const single = tray.getByRole('listitem').filter({ hasText: `Duplicate ‘${title}’` })
  const bulk = tray.getByRole('listitem').filter({ hasText: `Duplicate ${count} records` })
  await expect(bulk.getByRole('progressbar')).toBeVisible()
  await expectAccessible(page)
  await expect(single.getByText('Done')).toBeVisible({ timeout: 60_000 })
  await expect(bulk.getByText('Done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('button', { name: 'Jobs: 0 running' })).toBeVisible()
  await expectAccessible(page)

  // The links lead to what the jobs made.
  await bulk.getByRole('link', { name: 'Select the copies' }).click()
  await expect(preview.getByText(`${count} records`, { exact: true })).toBeVisible()
  await expect(preview.getByText(/\(duplicate\)/).first()).toBeVisible()
  await single.getByRole('link', { name: 'Open copy' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${title} (duplicate)` })).toBeVisible()
})
