import { expect, expectAccessible, test } from './support/fixtures'

test('a deep link under the sub-path survives a reload, themes switch, settings open', async ({
  page,
  consoleLog,
}) => {
  await page.goto('fields/blog_post')
  await expect(page.getByRole('heading', { name: 'Fields', level: 1 })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Fields of Blog post' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Connection: Demo · editor/ })).toBeVisible()
  await expectAccessible(page)

  await page.reload()
  await expect(page).toHaveURL(/\/console\/fields\/blog_post$/)
  await expect(page.getByRole('table', { name: 'Fields of Blog post' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expectAccessible(page)
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light')
  await expect(page.locator('html')).not.toHaveClass(/dark/)

  await page.getByRole('link', { name: /Open connection settings/ }).click()
  await expect(page).toHaveURL(/\/console\/settings$/)
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible()
  await expectAccessible(page)
  expect(consoleLog.lines.join('\n')).not.toContain('demo-editor-token')
})

test('a wrong token gets the 401 message and is kept out of storage, URL and console', async ({
  page,
  consoleLog,
}) => {
  const wrongToken = 'wrong-token-7f3a9c'
  await page.goto('settings')
  await page.getByRole('radio', { name: /Connect to DatoCMS/ }).check()
  await page.getByLabel('API token', { exact: true }).fill(wrongToken)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('The API token was refused')
  await expectAccessible(page)

  // A refused connection is not saved, and the token appears nowhere it could leak.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
  expect(stored).not.toContain(wrongToken)
  expect(page.url()).not.toContain(wrongToken)
  expect(consoleLog.lines.join('\n')).not.toContain(wrongToken)
  await expect(page.getByRole('link', { name: /Connection: Demo · editor/ })).toBeVisible()
})

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await page.goto('no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Go to Records' }).click()
  await expect(page.getByRole('heading', { name: 'Records', level: 1 })).toBeVisible()
})
