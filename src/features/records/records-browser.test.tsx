import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

useMockApi({ faults: { jobSpeed: 50 } })

async function recordsTable() {
  const table = await screen.findByRole('table', { name: 'Records' })
  await waitFor(() => expect(within(table).queryByRole('status')).not.toBeInTheDocument())
  return table
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-hidden') !== 'true')
    .slice(1)
}

function titles(table: HTMLElement): string[] {
  return bodyRows(table).map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '')
}

function location(router: { state: { location: { pathname: string; search: string } } }) {
  return router.state.location.pathname + router.state.location.search
}

describe('Records table', () => {
  it('pages through a model on the server, 30, 100 or 500 at a time', async () => {
    const { user, router } = renderRoute('/records?model=blog_post')
    const table = await recordsTable()
    expect(bodyRows(table)).toHaveLength(30)
    expect(screen.getByText('1–30 of 1,300 records')).toBeInTheDocument()
    const firstPage = titles(table)

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(screen.getByText('31–60 of 1,300 records')).toBeInTheDocument())
    expect(location(router)).toBe('/records?model=blog_post&page=2')
    await waitFor(() => expect(titles(table)).not.toEqual(firstPage))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100')
    await waitFor(() => expect(screen.getByText('1–100 of 1,300 records')).toBeInTheDocument())
    expect(location(router)).toBe('/records?model=blog_post&per=100')
    expect(bodyRows(table)).toHaveLength(100)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '500')
    await waitFor(() => expect(screen.getByText('1–500 of 1,300 records')).toBeInTheDocument())
    // A 500-row page renders only the rows in view; the table still reports all of them.
    expect(table).toHaveAttribute('aria-rowcount', '1301')
    expect(bodyRows(table).length).toBeLessThan(100)
  })
})
