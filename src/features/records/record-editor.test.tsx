import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setActiveConnection } from '@/api/connection/active-connection'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

const { mockContext } = useMockApi({ faults: { jobSpeed: 50 } })

function firstRecordOf(modelApiKey: string) {
  const itemType = mockContext.store.getItemType(modelApiKey)
  if (!itemType) throw new Error(`no model ${modelApiKey}`)
  const record = mockContext.store.recordsOfType(itemType.id)[0]
  if (!record) throw new Error(`no ${modelApiKey} record`)
  return record
}

function localized(value: unknown, locale = 'en'): unknown {
  return (value as Record<string, unknown>)[locale]
}

async function openEditor(id: string) {
  const view = renderRoute(`/records/${id}`)
  const save = await screen.findByRole('button', { name: 'Save' })
  return { ...view, save }
}

describe('Record editor', () => {
  it('renders fields by type with locale tabs and required markers, and saves a change', async () => {
    const record = firstRecordOf('blog_post')
    const { user, save } = await openEditor(record.id)
    const title = screen.getByRole('textbox', { name: /^Title/ })
    expect(title).toHaveAttribute('aria-required', 'true')
    expect(title).toHaveValue(localized(record.attributes.title) as string)
    expect(screen.getByRole('checkbox', { name: 'Featured' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: /EN/ })).toHaveAttribute('aria-selected', 'true')
    // Links show the linked record's title, not its id.
    const authors = screen.getByRole('list', { name: 'Author: linked records' })
    await waitFor(() => expect(authors).not.toHaveTextContent('Loading'))
    expect(authors).not.toHaveTextContent(String(record.attributes.author))

    await user.clear(title)
    await user.type(title, 'A calmer harvest')
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()
    await user.click(save)
    await screen.findByText('All changes saved')
    expect(localized(mockContext.store.getRecord(record.id)?.attributes.title)).toBe(
      'A calmer harvest',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A calmer harvest')

    // The Italian tab edits the Italian value only.
    await user.click(screen.getByRole('tab', { name: /IT/ }))
    const italian = screen.getByRole('textbox', { name: /^Title/ })
    await user.clear(italian)
    await user.type(italian, 'Un raccolto calmo')
    await user.click(save)
    await screen.findByText('All changes saved')
    const saved = mockContext.store.getRecord(record.id)?.attributes.title
    expect(localized(saved, 'it')).toBe('Un raccolto calmo')
    expect(localized(saved, 'en')).toBe('A calmer harvest')
  })

  it('explains bad input at the field and keeps what was typed', async () => {
    const product = firstRecordOf('product')
    const { user, save } = await openEditor(product.id)
    const stock = screen.getByRole('textbox', { name: /^Stock/ })
    await user.clear(stock)
    await user.type(stock, '12a')
    expect(stock).toHaveValue('12a')
    expect(stock).toHaveAccessibleDescription(
      '“12a” is not a number. Enter a whole number, like 12.',
    )
    const name = screen.getByRole('textbox', { name: /^Name/ })
    await user.clear(name)
    await user.type(name, 'x'.repeat(85))
    expect(name).toHaveAccessibleDescription(
      'Too long: 85 characters, at most 80 allowed. Shorten it by 5.',
    )
    await user.click(save)
    expect(await screen.findByRole('alert')).toHaveTextContent('2 fields need attention')
    // Nothing was sent, and nothing typed is lost.
    expect(mockContext.store.getRecord(product.id)?.attributes.stock).toBe(product.attributes.stock)
    expect(stock).toHaveValue('12a')
    expect(name).toHaveValue('x'.repeat(85))
  })

  it('shows 422 validation errors on their fields in plain words', async () => {
    const product = firstRecordOf('product')
    const { user, save } = await openEditor(product.id)
    const sku = screen.getByRole('textbox', { name: /^SKU/ })
    await user.clear(sku)
    await user.type(sku, 'not a sku')
    await user.click(save)
    await waitFor(() =>
      expect(sku).toHaveAccessibleDescription(
        'Does not have the required format (^[A-Z]{3}-[0-9]{5}$).',
      ),
    )
    expect(sku).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs attention')
    expect(sku).toHaveValue('not a sku')
  })

  it('on a stale version shows both versions side by side and reapplies the editor’s changes', async () => {
    const product = firstRecordOf('product')
    const { user, save } = await openEditor(product.id)
    const stock = screen.getByRole('textbox', { name: /^Stock/ })
    await user.clear(stock)
    await user.type(stock, '42')
    // Someone else saves a new price meanwhile.
    mockContext.store.updateRecord(product.id, { attributes: { price: 999.5 } })
    await user.click(save)

    const conflict = await screen.findByRole('region', {
      name: 'Someone saved a newer version while you were editing',
    })
    const rows = within(conflict).getAllByRole('row')
    const stockRow = rows.find((row) => row.textContent?.startsWith('Stock'))
    expect(stockRow).toHaveTextContent('42')
    expect(rows.find((row) => row.textContent?.startsWith('Price'))).toHaveTextContent(
      '999.5(changed by them)',
    )
    expect(stock).toHaveValue('42')
    expect(save).toBeDisabled()

    await user.click(within(conflict).getByRole('button', { name: /Reapply my changes/ }))
    expect(screen.queryByRole('region', { name: /newer version/ })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Price/ })).toHaveValue('999.5')
    await user.click(save)
    await screen.findByText('All changes saved')
    const saved = mockContext.store.getRecord(product.id)?.attributes
    expect(saved?.stock).toBe(42)
    expect(saved?.price).toBe(999.5)
  })

  it('creates a record and opens it', async () => {
    const { user, router } = renderRoute('/records/new?model=tag')
    const name = await screen.findByRole('textbox', { name: /^Name/ })
    await user.type(name, 'slow-food')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/records\/(?!new)/))
    const id = router.state.location.pathname.split('/').pop() ?? ''
    expect(mockContext.store.getRecord(id)?.attributes.name).toBe('slow-food')
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('slow-food')
  })

  it('publishes and unpublishes with the status badge following', async () => {
    const record = firstRecordOf('product')
    mockContext.store.unpublishRecord(record.id)
    const { user } = await openEditor(record.id)
    const heading = screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement
    expect(heading).toHaveTextContent('Draft')
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    await waitFor(() => expect(heading).toHaveTextContent('Published'))
    await user.click(screen.getByRole('button', { name: 'Unpublish' }))
    await waitFor(() => expect(heading).toHaveTextContent('Draft'))
  })

  it('is read-only with the viewer token, and says why', async () => {
    setActiveConnection({ kind: 'demo', role: 'viewer' })
    const record = firstRecordOf('blog_post')
    const { save } = await openEditor(record.id)
    expect(save).toBeDisabled()
    expect(screen.getByText('Read-only: this record cannot be changed')).toBeInTheDocument()
    expect(screen.getByText(/demo viewer token, which can read but not change/)).toBeInTheDocument()
    for (const name of ['Publish', 'Duplicate', 'Delete'])
      expect(screen.getByRole('button', { name })).toBeDisabled()
    expect(screen.getByRole('textbox', { name: /^Title/ })).toBeDisabled()
  })
})
