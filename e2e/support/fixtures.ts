import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

/** Fails on serious or critical accessibility violations of what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  expect(
    blocking.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([])
}

interface ConsoleLog {
  /** Every console line the page printed, to check that secrets never appear in it. */
  lines: string[]
}

/**
 * Every journey fails on a page error, a console error or a CSP violation, so regressions that
 * users would only see in the devtools still break the build.
 */
export const test = base.extend<{ consoleLog: ConsoleLog }>({
  consoleLog: async ({ page }, use) => {
    const log: ConsoleLog = { lines: [] }
    const problems: string[] = []
    page.on('console', (message) => {
      log.lines.push(message.text())
      if (message.type() === 'error' && !isExpectedNetworkNoise(message.text())) {
        problems.push(`console.error: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await use(log)
    expect(problems).toEqual([])
  },
})

// Chromium logs failed HTTP responses (such as the 401 a journey provokes on purpose) as errors.
function isExpectedNetworkNoise(text: string): boolean {
  return /^Failed to load resource: the server responded with a status of \d+/.test(text)
}

export { expect }
