import { expect, expectAccessible, test } from './support/fixtures'

test('search a record, edit and save it, publish it, duplicate it, open the copy from the tray, delete the copy', async ({
  page,
}) => {
  await page.goto('records?model=product&status=draft')
  const table = page.getByRole('table', { name: 'Records' })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expectAccessible(page)

  // Search for the first draft product by its name.
  const firstLink = table.getByRole('row').nth(1).getByRole('link').first()
  const name = (await firstLink.textContent())?.trim() ?? ''
  expect(name).not.toBe('')
  await page.getByRole('searchbox', { name: 'Search records' }).fill(name)
  await page.getByRole('searchbox', { name: 'Search records' }).press('Enter')
  await expect(page).toHaveURL(/[?&]q=/)
  const found = table.getByRole('link', { name, exact: true })
  await expect(found.first()).toBeVisible()
  await found.first().click()

  // Edit and save.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expectAccessible(page)
  const edited = `${name} — e2e`
  const nameField = page.getByRole('textbox', { name: /^Name/ })
  await nameField.fill(edited)
  await expect(page.getByText('Unsaved changes')).toBeVisible()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('All changes saved')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible()

  // Publish: the status badge follows.
  const header = page.locator('main')
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(header.getByText('Published', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible()

  // Duplicate: a second click while it runs does not start another job.
  const duplicate = page.getByRole('button', { name: 'Duplicate' })
  await duplicate.click()
  await duplicate.click()
  const tray = page.getByRole('region', { name: 'Jobs' })
  await page.getByRole('button', { name: /^Jobs:/ }).click()
  await expect(tray).toBeVisible()
  await expect(tray.getByText(`Duplicate ‘${edited}’`)).toHaveCount(1)
  const openCopy = tray.getByRole('link', { name: 'Open copy' })
  await expect(openCopy).toBeVisible({ timeout: 20_000 })
  await expectAccessible(page)
  await openCopy.click()

  const copyName = `${edited} (duplicate)`
  await expect(page.getByRole('heading', { level: 1, name: copyName })).toBeVisible()
  await expect(header.getByText('Draft', { exact: true })).toBeVisible()
  if (await tray.isVisible()) await page.getByRole('button', { name: 'Close jobs' }).click()

  // Delete the copy after a confirmation that names it.
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('alertdialog', { name: `Delete ‘${copyName}’?` })
  await expect(dialog).toBeVisible()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Delete 1 record' }).click()
  await expect(page).toHaveURL(/\/console\/records\?model=product$/)
  await expect(page.getByText(`‘${copyName}’ deleted`)).toBeVisible({ timeout: 20_000 })
  await page.getByRole('searchbox', { name: 'Search records' }).fill(edited)
  await page.getByRole('searchbox', { name: 'Search records' }).press('Enter')
  await expect(table.getByRole('link', { name: edited, exact: true })).toBeVisible()
  await expect(table.getByRole('link', { name: copyName, exact: true })).toHaveCount(0)
  await expectAccessible(page)
})
