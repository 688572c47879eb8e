import { expect, expectAccessible, test } from './support/fixtures'

test('edit a record twice, compare and restore a version, then duplicate a field', async ({
  page,
}) => {
  // Two edits through the record editor.
  await page.goto('records?model=blog_post')
  await page.getByRole('table').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/console\/records\/[^/?]+$/)
  const recordId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '')
  const title = page.getByRole('textbox', { name: /^Title/ })
  const firstTitle = 'Cycling to work: the first rewrite'
  const secondTitle = 'Cycling to work: the second rewrite'
  await title.fill(firstTitle)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(`Saved ‘${firstTitle}’`)).toBeVisible()
  await title.fill(secondTitle)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(`Saved ‘${secondTitle}’`)).toBeVisible()

  // The history: newest first, the second edit is current.
  await page.goto(`records/${encodeURIComponent(recordId)}/history`)
  const list = page.getByRole('list', { name: 'Version history' })
  const versions = list.getByRole('listitem')
  await expect(versions.first()).toContainText('Current')
  await expect(versions.first()).toContainText('Changed: Title')
  const currentNumber = Number(
    (await versions.first().getByRole('heading').textContent())?.replace(/\D/g, ''),
  )
  await expectAccessible(page)

  // Compare the first edit with the current record: the title differs word by word.
  await versions.nth(1).getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/\?a=[^&]+&b=current/)
  const table = page.getByRole('table', { name: /compared with Current record/ })
  const titleRow = table.getByRole('row', { name: /^Title EN/ })
  await expect(titleRow.locator('del')).toHaveText('first')
  await expect(titleRow.locator('ins')).toHaveText('second')
  await expectAccessible(page)

  // Restore it: the confirmation shows the changes, the job runs, a new current version appears.
  await page
    .getByRole('region', { name: /^Comparison of/ })
    .getByRole('button', { name: 'Restore this version' })
    .click()
  const dialog = page.getByRole('alertdialog', { name: /^Restore version \d+ of ‘/ })
  await expect(dialog.getByRole('heading', { name: /What changes \(1 field\)/ })).toBeVisible()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: /^Restore version \d+$/ }).click()
  await expect(page.getByText(/was restored; it is now version/)).toBeVisible({ timeout: 15_000 })
  await expect(versions.first().getByRole('heading')).toHaveText(`Version ${currentNumber + 1}`)
  await expect(versions.first()).toContainText('Current')
  await expect(page.getByRole('button', { name: 'Undo restore' })).toBeEnabled()
  await expectAccessible(page)

  // The record has the first edit's content again.
  await page.goto(`records/${encodeURIComponent(recordId)}`)
  await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(firstTitle)

  // Duplicate a field: when the job is done, the copy is highlighted.
  await page.goto('fields/blog_post')
  const fields = page.getByRole('table', { name: 'Fields of Blog post' })
  await fields
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Title', exact: true }) })
    .getByRole('button', { name: 'Duplicate field' })
    .click()
  const copy = fields
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Title (copy #1)' }) })
  await expect(copy).toHaveAttribute('aria-current', 'true', { timeout: 15_000 })
  await expect(copy).toContainText('title_copy1')
  await expect(copy).toContainText('New')
  await expect(page).toHaveURL(/highlight=/)
  await expectAccessible(page)
})
