import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setActiveConnection } from '@/api/connection/active-connection'
import { decodeSelection } from '@/lib/selection-url'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

const { mockContext } = useMockApi({ faults: { jobSpeed: 50 } })

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

  it('sorts on the server by the column header, both ways', async () => {
    const { user, router } = renderRoute('/records?model=product')
    const table = await recordsTable()
    await user.click(within(table).getByRole('button', { name: 'Title' }))
    await waitFor(() => expect(location(router)).toBe('/records?model=product&sort=name'))
    await waitFor(() => {
      const shown = titles(table)
      expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)))
    })
    expect(within(table).getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await user.click(within(table).getByRole('button', { name: 'Title' }))
    await waitFor(() => expect(location(router)).toBe('/records?model=product&sort=-name'))
    await waitFor(() => {
      const shown = titles(table)
      expect(shown).toEqual([...shown].sort((a, b) => b.localeCompare(a)))
    })
  })

  it('filters by status and by a field with the operators its type allows', async () => {
    const { user, router } = renderRoute('/records?model=product')
    const table = await recordsTable()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'draft')
    await waitFor(() => expect(location(router)).toBe('/records?model=product&status=draft'))
    await waitFor(() => bodyRows(table).forEach((row) => expect(row).toHaveTextContent('Draft')))

    await user.click(screen.getByRole('button', { name: 'Filters' }))
    await user.click(await screen.findByRole('button', { name: 'Add filter' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter 1: field' }), 'stock')
    const condition = screen.getByRole('combobox', { name: 'Filter 1: condition' })
    expect(within(condition).queryByRole('option', { name: 'contains' })).not.toBeInTheDocument()
    await user.selectOptions(condition, 'gte')
    const value = screen.getByRole('textbox', { name: 'Filter 1: value' })
    await user.type(value, 'many')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(value).toHaveAccessibleDescription('Enter a number, like 12 or 4.5.')
    expect(location(router)).toBe('/records?model=product&status=draft')

    await user.clear(value)
    await user.type(value, '100')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() =>
      expect(location(router)).toBe('/records?model=product&status=draft&f=stock%3Agte%3A100'),
    )
    const itemType = mockContext.store.getItemType('product')
    const expected = mockContext.store
      .recordsOfType(itemType?.id ?? '')
      .filter(
        (record) => record.meta.status === 'draft' && Number(record.attributes.stock) >= 100,
      ).length
    await waitFor(() =>
      expect(
        screen.getByText(new RegExp(`of ${expected.toLocaleString('en')} records$`)),
      ).toBeInTheDocument(),
    )
  })

  it('searches full text in the chosen language', async () => {
    const { user, router } = renderRoute('/records?model=blog_post')
    const table = await recordsTable()
    const record = mockContext.store.recordsOfType(
      mockContext.store.getItemType('blog_post')?.id ?? '',
    )[5]
    const italianTitle = (record?.attributes.title as Record<string, string>).it ?? ''
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'it')
    await user.type(
      screen.getByRole('searchbox', { name: 'Search records' }),
      `${italianTitle}{Enter}`,
    )
    await waitFor(() =>
      expect(location(router)).toBe(
        `/records?model=blog_post&${new URLSearchParams({ q: italianTitle, locale: 'it' }).toString()}`,
      ),
    )
    await waitFor(() => expect(titles(table)).toContain(italianTitle))
    // Titles show in the search language.
    expect(titles(table).every((title) => title !== '')).toBe(true)
  })

  it('reproduces a view from its URL, and back and forward move between views', async () => {
    const url =
      '/records?model=product&q=a&status=published&sort=-price&page=2&per=100&f=stock%3Agt%3A5&cols=name%2C_status%2Cprice&density=compact'
    const { user, router } = renderRoute(url)
    const table = await recordsTable()
    expect(screen.getByRole('searchbox', { name: 'Search records' })).toHaveValue('a')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('published')
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('100')
    expect(screen.getByRole('combobox', { name: 'Row density' })).toHaveValue('compact')
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument()
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
    expect(headers).toEqual(['', 'Title', 'Status', 'Price (EUR)▼', 'Actions'])
    expect(await screen.findByText(/^Page 2 of/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Previous page' }))
    await waitFor(() => expect(screen.getByText(/^Page 1 of/)).toBeInTheDocument())
    act(() => router.navigate(-1))
    await waitFor(() => expect(screen.getByText(/^Page 2 of/)).toBeInTheDocument())
    expect(location(router)).toBe(url)
  })

  it('selects ranges with shift-click, keeps the selection across pages and sorts, and hands it to the builder', async () => {
    const { user, router } = renderRoute('/records?model=blog_post')
    const table = await recordsTable()
    const rows = bodyRows(table)
    const boxes = rows.map((row) => within(row).getByRole('checkbox'))
    await user.click(boxes[2] as HTMLElement)
    await user.keyboard('{Shift>}')
    await user.click(boxes[6] as HTMLElement)
    await user.keyboard('{/Shift}')
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual(
      rows.map((_, index) => index >= 2 && index <= 6),
    )
    const bar = screen.getByRole('region', { name: 'Selected records' })
    expect(bar).toHaveTextContent('5 records selected')
    const pickedIds = rows
      .slice(2, 7)
      .map((row) => within(row).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop())

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(screen.getByText(/^31–60 of/)).toBeInTheDocument())
    await user.click(within(table).getByRole('button', { name: 'Updated' }))
    await waitFor(() => expect(location(router)).toContain('sort=_updated_at'))
    expect(bar).toHaveTextContent('5 records selected')

    // The builder opens as a drawer over the table; "Open as a page" carries the same selection.
    await user.click(within(bar).getByRole('button', { name: 'Open in selection builder' }))
    const drawer = await screen.findByRole('dialog', { name: 'Selection builder' })
    expect(within(drawer).getByRole('region', { name: 'Selection' })).toBeInTheDocument()
    await user.click(within(drawer).getByRole('link', { name: 'Open as a page' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/selections'))
    const selection = decodeSelection(new URLSearchParams(router.state.location.search).get('s'))
    expect(selection).toEqual(pickedIds)
  })

  it('selects all records matching the search as a search entry, not a list of ids', async () => {
    const { user, router } = renderRoute('/records?model=blog_post&status=published')
    const table = await recordsTable()
    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all records on this page' }),
    )
    const bar = screen.getByRole('region', { name: 'Selected records' })
    expect(bar).toHaveTextContent('30 records selected')
    const total = screen.getByText(/^1–30 of/).textContent?.match(/of ([\d,]+)/)?.[1] ?? ''
    await user.click(within(bar).getByRole('button', { name: `Select all ${total} matching` }))
    expect(bar).toHaveTextContent(`All ${total} matching records selected`)
    // Unticking a row leaves it out of the search.
    const first = bodyRows(table)[0] as HTMLElement
    const firstId = within(first).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop()
    await user.click(within(first).getByRole('checkbox'))
    expect(bar).toHaveTextContent('1 left out')
    await user.click(within(bar).getByRole('button', { name: 'Open in selection builder' }))
    const drawer = await screen.findByRole('dialog', { name: 'Selection builder' })
    await user.click(within(drawer).getByRole('link', { name: 'Open as a page' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/selections'))
    const selection = decodeSelection(new URLSearchParams(router.state.location.search).get('s'))
    expect(selection).toEqual([
      {
        search: {
          language: 'en',
          filter: [
            'and',
            '',
            [
              ['classes', 'has', 'blog_post'],
              ['status', 'is', 'published'],
            ],
          ],
        },
        exclude: [firstId],
      },
    ])
  })

  it('moves with j/k and selects with x', async () => {
    const { user } = renderRoute('/records?model=author')
    const table = await recordsTable()
    await user.keyboard('jjx')
    const second = bodyRows(table)[1] as HTMLElement
    expect(second).toHaveAttribute('data-active', 'true')
    expect(within(second).getByRole('checkbox')).toBeChecked()
    await user.keyboard('k')
    expect(bodyRows(table)[0]).toHaveAttribute('data-active', 'true')
  })

  it('duplicates once however often the button is clicked, and the copy appears', async () => {
    const { user } = renderRoute('/records?model=tag&sort=name')
    const table = await recordsTable()
    const itemType = mockContext.store.getItemType('tag')
    const before = mockContext.store.recordsOfType(itemType?.id ?? '').length
    const row = bodyRows(table)[0] as HTMLElement
    const original = titles(table)[0]
    const duplicate = within(row).getByRole('button', { name: 'Duplicate' })
    await user.click(duplicate)
    await user.click(duplicate)
    await waitFor(
      () => expect(screen.getByText(`Copy of ‘${original}’ created`)).toBeInTheDocument(),
      {
        timeout: 8000,
      },
    )
    expect(mockContext.store.recordsOfType(itemType?.id ?? '').length).toBe(before + 1)
    await waitFor(() =>
      expect(screen.getByText(new RegExp(`of ${before + 1} records$`))).toBeInTheDocument(),
    )
  })

  it('turns every change off with the viewer token, and says why', async () => {
    setActiveConnection({ kind: 'demo', role: 'viewer' })
    renderRoute('/records?model=author')
    const table = await recordsTable()
    expect(screen.getByText('Read-only: changes are turned off')).toBeInTheDocument()
    const row = bodyRows(table)[0] as HTMLElement
    for (const name of [/^(Publish|Unpublish)$/, /^Duplicate$/, /^Delete$/]) {
      const button = within(row).getByRole('button', { name })
      expect(button).toBeDisabled()
      expect(button).toHaveAttribute('title', expect.stringMatching(/viewer token/))
    }
    expect(screen.getByRole('button', { name: 'New author' })).toBeDisabled()
  })
})
