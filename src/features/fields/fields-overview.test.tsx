import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

useMockApi({ faults: { jobSpeed: 50 } })

function rowOf(table: HTMLElement, label: string): HTMLElement {
  const cell = within(table).getByRole('link', { name: label })
  const row = cell.closest('tr')
  if (!row) throw new Error(`no row for ${label}`)
  return row
}

describe('Fields', () => {
  it('lists models with API keys and record counts, and fields in position order', async () => {
    renderRoute('/fields/blog_post')
    const table = await screen.findByRole('table', { name: 'Fields of Blog post' })
    const models = screen.getByRole('navigation', { name: 'Models' })
    const blogPost = within(models).getByRole('link', { name: /Blog post/ })
    expect(blogPost).toHaveAttribute('aria-current', 'page')
    expect(blogPost).toHaveTextContent('blog_post')
    await waitFor(() => expect(blogPost).toHaveTextContent('1,300 records'))
    expect(within(models).getByRole('link', { name: /Product/ })).toHaveTextContent('product')

    const labels = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent)
    expect(labels).toEqual([
      'Title',
      'Slug',
      'Excerpt',
      'Body',
      'Category',
      'Author',
      'Tags',
      'Cover image',
      'Publish date',
      'Featured',
      'Reading time (min)',
    ])
    const title = rowOf(table, 'Title')
    expect(title).toHaveTextContent('title')
    expect(title).toHaveTextContent('Single-line string')
    expect(title).toHaveTextContent('Localized')
    expect(title).toHaveTextContent('required, 3–120 characters')
    expect(rowOf(table, 'Slug')).toHaveTextContent(
      'required, unique, matches ^[a-z0-9]+(?:-[a-z0-9]+)*$, at most 140 characters',
    )
    expect(rowOf(table, 'Category')).toHaveTextContent('Single link')
    const readingTime = rowOf(table, 'Reading time (min)')
    expect(readingTime).toHaveTextContent('between 1 and 60')
    expect(readingTime).toHaveTextContent('Minutes, 1–60.')
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(within(row).getByRole('button', { name: 'Duplicate field' })).toBeEnabled()
    }
  })

  it('opens a field’s detail with appearance, default value per locale and validators', async () => {
    const { user, router } = renderRoute('/fields/product')
    const table = await screen.findByRole('table', { name: 'Fields of Product' })
    await user.click(within(table).getByRole('link', { name: 'Stock' }))
    const sheet = await screen.findByRole('dialog', { name: 'Field: Stock' })
    expect(router.state.location.search).toMatch(/^\?field=/)
    expect(await within(sheet).findByText('at least 0')).toBeInTheDocument()
    expect(within(sheet).getByText('Editor').nextSibling).toHaveTextContent('Integer')
    expect(within(sheet).getByText('Every record').nextSibling).toHaveTextContent('0')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.search).toBe('')

    await user.click(within(table).getByRole('link', { name: 'Name' }))
    const name = await screen.findByRole('dialog', { name: 'Field: Name' })
    expect(within(name).getByText('required')).toBeInTheDocument()
    expect(within(name).getByText('2–80 characters')).toBeInTheDocument()
    // Localized: one default per project locale, in the project's order.
    await waitFor(() =>
      expect(
        within(name)
          .getAllByText(/^(EN|IT|NL)$/)
          .map((node) => node.textContent),
      ).toEqual(['EN', 'IT', 'NL']),
    )
  })

  it('duplicates a field as a job and highlights the copy when it is done', async () => {
    const { user, router } = renderRoute('/fields/blog_post')
    const table = await screen.findByRole('table', { name: 'Fields of Blog post' })
    const button = within(rowOf(table, 'Title')).getByRole('button', { name: 'Duplicate field' })
    await user.click(button)

    const copyLink = await within(table).findByRole(
      'link',
      { name: 'Title (copy #1)' },
      { timeout: 8000 },
    )
    const copy = copyLink.closest('tr')
    if (!copy) throw new Error('no row for the copy')
    expect(copy).toHaveTextContent('title_copy1')
    await waitFor(() => expect(copy).toHaveAttribute('aria-current', 'true'))
    expect(within(copy).getByText('New')).toBeInTheDocument()
    expect(router.state.location.search).toMatch(/highlight=/)
    // Appended last.
    expect(within(table).getAllByRole('row').at(-1)).toBe(copy)
    expect(await screen.findByText('Field ‘Title’ duplicated')).toBeInTheDocument()
  })
})
