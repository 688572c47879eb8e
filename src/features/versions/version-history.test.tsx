import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { StoredField, StoredRecord } from '@/mocks/store/types'
import { createTestQueryClient, renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'
import { VersionHistoryPanel } from './version-history-panel'

const { mockContext } = useMockApi({ faults: { jobSpeed: 50 } })

/** The value, or a failed test saying what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`)
  return value
}

function blogPostModelId(): string {
  const model = mockContext.store.getItemType('blog_post')
  if (!model) throw new Error('no blog_post model')
  return model.id
}

/** The blog post with the longest history (the seed has records with 20+ versions). */
function longestHistory(): { record: StoredRecord; count: number } {
  let best: { record: StoredRecord; count: number } | undefined
  for (const record of mockContext.store.recordsOfType(blogPostModelId())) {
    const count = mockContext.store.listVersions(record.id).length
    if (!best || count > best.count) best = { record, count }
  }
  if (!best) throw new Error('no blog posts')
  return best
}

/** Version ids newest first, as the CMA lists them. */
function versionIds(recordId: string): string[] {
  return mockContext.store.listVersions(recordId).map((version) => version.id)
}

function items(list: HTMLElement): HTMLElement[] {
  return within(list).getAllByRole('listitem')
}

describe('Version history', () => {
  it('lists versions newest first, with editor, times, badges and changed fields, paged', async () => {
    const { record, count } = longestHistory()
    expect(count).toBeGreaterThanOrEqual(20)
    const { user } = renderRoute(`/records/${record.id}/history`)
    const list = await screen.findByRole('list', { name: 'Version history' })
    expect(items(list)).toHaveLength(15)
    const newest = items(list)[0]
    if (!newest) throw new Error('empty list')
    expect(within(newest).getByRole('heading', { name: `Version ${count}` })).toBeInTheDocument()
    expect(within(newest).getByText('Current')).toBeInTheDocument()
    expect(newest).toHaveTextContent(/by Account \d+/)
    expect(within(newest).getByText(/ago|now/)).toHaveAttribute('datetime')
    expect(newest).toHaveTextContent(/Changed: |No field changed/)
    expect(screen.getByText(`1–15 of ${count}`)).toBeInTheDocument()
    // Every version but the oldest names what changed against the one before it.
    await waitFor(() => expect(items(list).at(-1)).toHaveTextContent(/Changed: |No field changed/))

    await user.click(screen.getByRole('button', { name: 'Older' }))
    await waitFor(() =>
      expect(
        within(must(items(screen.getByRole('list', { name: 'Version history' }))[0])).getByRole(
          'heading',
        ),
      ).toHaveTextContent(`Version ${count - 15}`),
    )
    expect(screen.getByText(`16–${Math.min(30, count)} of ${count}`)).toBeInTheDocument()
    if (count <= 30) {
      const older = screen.getByRole('list', { name: 'Version history' })
      expect(items(older).at(-1)).toHaveTextContent('First version')
      expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled()
    }
  })

  it('shows the published span of the published version', async () => {
    const store = mockContext.store
    const record = store.recordsOfType(blogPostModelId()).find(
      (entry) =>
        entry.meta.publishedVersionId !== null &&
        store
          .listVersions(entry.id)
          .slice(0, 15)
          .some((v) => v.id === entry.meta.publishedVersionId),
    )
    if (!record) throw new Error('no published blog post')
    renderRoute(`/records/${record.id}/history`)
    const list = await screen.findByRole('list', { name: 'Version history' })
    expect(within(list).getByText(/^Published since /)).toBeInTheDocument()
  })

  it('compares any two versions, or a version with the current record', async () => {
    const { record } = longestHistory()
    const ids = versionIds(record.id)
    const [newest, , third, , fifth] = ids
    const { user, router } = renderRoute(`/records/${record.id}/history?a=${fifth}&b=${third}`)
    const table = await screen.findByRole('table', { name: /compared with/ }, { timeout: 5000 })
    const count = ids.length
    expect(table).toHaveAccessibleName(`Version ${count - 4} compared with Version ${count - 2}`)
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue(fifth)
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue(third)
    const changedRows = within(table).getAllByRole('row').length

    const onlyChanged = screen.getByRole('switch', { name: 'Changed fields only' })
    expect(onlyChanged).toBeChecked()
    await user.click(onlyChanged)
    await waitFor(() => expect(router.state.location.search).toContain('fields=all'))
    const all = screen.getByRole('table', { name: /compared with/ })
    expect(within(all).getAllByRole('row').length).toBeGreaterThan(changedRows)
    expect(within(all).getByRole('rowheader', { name: /Featured/ })).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'Current record')
    await waitFor(() => expect(router.state.location.search).toContain('b=current'))
    expect(screen.getByRole('table', { name: /compared with Current record/ })).toBeInTheDocument()

    const list = screen.getByRole('list', { name: 'Version history' })
    await user.click(within(must(items(list)[1])).getByRole('button', { name: 'Compare' }))
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?a=${ids[1]}&b=current&fields=all`),
    )
    expect(newest).toBeDefined()
  })

  it('shows word-level, structured and per-locale differences for every field type', async () => {
    const store = mockContext.store
    const snapshot = store.toSnapshot()
    const modelId = blogPostModelId()
    const model = snapshot.itemTypes.find((entry) => entry.id === modelId)
    if (!model) throw new Error('no model')
    const extra: StoredField[] = [
      ['score', 'Score', 'float'],
      ['review_at', 'Review at', 'date_time'],
      ['settings', 'Settings', 'json'],
    ].map(([apiKey, label, fieldType], index) => ({
      id: `extra-${index}`,
      itemTypeId: modelId,
      label: must(label),
      apiKey: must(apiKey),
      fieldType: fieldType as StoredField['fieldType'],
      localized: false,
      defaultValue: null,
      hint: null,
      validators: {},
      appearance: { editor: must(fieldType), parameters: {}, addons: [] },
      position: 100 + index,
    }))
    snapshot.fields.push(...extra)
    model.fieldIds.push(...extra.map((field) => field.id))
    mockContext.reset(snapshot)

    const posts = mockContext.store.recordsOfType(modelId)
    const [record, categoryA, categoryB] = [
      must(posts[0]),
      ...mockContext.store.recordsOfType(must(mockContext.store.getItemType('category')).id),
    ]
    const tags = mockContext.store.recordsOfType(must(mockContext.store.getItemType('tag')).id)
    const [t1, t2, t3] = [must(tags[0]).id, must(tags[1]).id, must(tags[2]).id]
    const base = {
      title: { en: 'The quick brown fox', it: 'La volpe', nl: 'De vos' },
      slug: { en: 'quick-fox', it: 'volpe', nl: 'vos' },
      excerpt: { en: 'Short intro.', it: null, nl: null },
      body: { en: 'First paragraph.', it: 'Primo.', nl: 'Eerste.' },
      category: must(categoryA).id,
      tags: [t1, t2],
      cover: { upload_id: 'u1', alt: 'A fox', title: null, custom_data: {}, focal_point: null },
      publish_date: '2026-01-10',
      featured: false,
      reading_time: 4,
      score: 1.5,
      review_at: '2026-01-10T10:00:00.000Z',
      settings: '{"layout":"wide","seo":{"title":"Old title"}}',
    }
    mockContext.store.updateRecord(record.id, { attributes: base })
    const before = versionIds(record.id)[0]
    mockContext.store.updateRecord(record.id, {
      attributes: {
        ...base,
        title: { en: 'The slow brown fox', it: 'La volpe', nl: 'De vos' },
        slug: { en: 'slow-fox', it: 'volpe', nl: 'vos' },
        excerpt: { en: 'Short intro.', it: 'Breve.', nl: null },
        body: { en: 'First paragraph, longer.', it: 'Primo.', nl: 'Eerste.' },
        category: must(categoryB).id,
        tags: [t2, t1, t3],
        cover: {
          upload_id: 'u1',
          alt: 'A red fox',
          title: null,
          custom_data: {},
          focal_point: null,
        },
        publish_date: '2026-02-01',
        featured: true,
        reading_time: 6,
        score: 2.25,
        review_at: '2026-03-01T09:30:00.000Z',
        settings: '{ "layout": "wide", "seo": { "title": "New title" }, "theme": "dark" }',
      },
    })

    renderRoute(`/records/${record.id}/history?a=${before}&b=current`)
    const table = await screen.findByRole(
      'table',
      { name: /compared with Current record/ },
      { timeout: 5000 },
    )
    const row = (name: RegExp) => {
      const header = within(table).getByRole('rowheader', { name })
      const tr = header.closest('tr')
      if (!tr) throw new Error(`no row ${name}`)
      const [left, right] = within(tr).getAllByRole('cell')
      return { left: must(left), right: must(right) }
    }
    const removed = (cell: HTMLElement) =>
      Array.from(cell.querySelectorAll('del')).map((node) => node.textContent)
    const added = (cell: HTMLElement) =>
      Array.from(cell.querySelectorAll('ins')).map((node) => node.textContent)

    // Text: word level, per locale; unchanged locales are left out with "changed only".
    const title = row(/^Title EN/)
    expect(removed(title.left)).toEqual(['quick'])
    expect(added(title.right)).toEqual(['slow'])
    expect(title.right).toHaveTextContent('The slow brown fox')
    expect(within(table).queryByRole('rowheader', { name: /^Title IT/ })).not.toBeInTheDocument()
    expect(added(row(/^Excerpt IT/).right)).toEqual(['Breve.'])
    expect(row(/^Excerpt IT/).left).toHaveTextContent('(empty)')
    expect(added(row(/^Body EN/).right)).toEqual([', longer'])
    expect(removed(row(/^Slug EN/).left)).toEqual(['quick'])
    // Links: by title, what came and went, and order.
    const category = row(/^Category/)
    expect(removed(category.left)[0]).toContain(must(categoryA).id)
    expect(added(category.right)[0]).toContain(must(categoryB).id)
    const tagRow = row(/^Tags/)
    expect(added(tagRow.right)).toHaveLength(1)
    expect(added(tagRow.right)[0]).toContain(t3)
    expect(tagRow.right).toHaveTextContent('Order changed')
    await waitFor(() => expect(category.right).toHaveTextContent(/[A-Za-z]+ #/))
    // File and JSON: structured, per path.
    const cover = row(/^Cover image/)
    expect(cover.left).toHaveTextContent('alt:')
    expect(added(cover.right)).toEqual(['red '])
    const settings = row(/^Settings/)
    expect(settings.right).toHaveTextContent('seo.title:')
    expect(added(settings.right)).toEqual(['New', '"dark"'])
    expect(settings.left).toHaveTextContent('theme: (not set)')
    // Scalars: before and after.
    expect(row(/^Featured/).left).toHaveTextContent('No')
    expect(row(/^Featured/).right).toHaveTextContent('Yes')
    expect(row(/^Reading time/).right).toHaveTextContent('6')
    expect(row(/^Score/).right).toHaveTextContent('2.25')
    expect(row(/^Publish date/).right).toHaveTextContent('2026-02-01')
    expect(row(/^Review at/).right).toHaveTextContent('2026')
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('13 fields differ')
  })

  it('restores a version through a job, shows the new current version, and undoes it', async () => {
    const { record } = longestHistory()
    const store = mockContext.store
    const ids = versionIds(record.id)
    const count = ids.length
    const oldest = must(ids.at(-1))
    const oldestAttributes = must(store.getVersionAttributes(oldest))
    const currentAttributes = structuredClone(must(store.getRecord(record.id)).attributes)
    const { user } = renderRoute(`/records/${record.id}/history?a=${oldest}&b=current`)
    await screen.findByRole('table', { name: /compared with Current record/ }, { timeout: 5000 })
    const comparison = screen.getByRole('region', { name: /Comparison of Version 1/ })
    await user.click(within(comparison).getByRole('button', { name: 'Restore this version' }))

    const dialog = await screen.findByRole('alertdialog', { name: /Restore version 1 of ‘.+’\?/ })
    expect(await within(dialog).findByRole('heading', { name: /What changes/ })).toBeInTheDocument()
    expect(
      within(dialog).getByRole('table', { name: /What restoring version 1 changes/ }),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('The record after the restore')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 1' }))

    const restored = await screen.findByText(
      /was restored; it is now version/,
      {},
      { timeout: 8000 },
    )
    expect(restored).toHaveTextContent(`it is now version ${count + 1}`)
    const list = screen.getByRole('list', { name: 'Version history' })
    const newest = must(items(list)[0])
    expect(within(newest).getByRole('heading')).toHaveTextContent(`Version ${count + 1}`)
    expect(within(newest).getByText('Current')).toBeInTheDocument()
    const content = must(store.getRecord(record.id)).attributes
    for (const [key, value] of Object.entries(oldestAttributes)) expect(content[key]).toEqual(value)

    await user.click(screen.getByRole('button', { name: 'Undo restore' }))
    await waitFor(
      () =>
        expect(
          within(must(items(screen.getByRole('list', { name: 'Version history' }))[0])).getByRole(
            'heading',
          ),
        ).toHaveTextContent(`Version ${count + 2}`),
      { timeout: 8000 },
    )
    const undone = must(store.getRecord(record.id)).attributes
    for (const [key, value] of Object.entries(currentAttributes)) expect(undone[key]).toEqual(value)
  })

  it('the record page panel lists versions and opens a comparison on Compare', async () => {
    const { record } = longestHistory()
    const queryClient = createTestQueryClient()
    const user = userEvent.setup()
    function Where() {
      const location = useLocation()
      return <p>At {location.pathname + location.search}</p>
    }
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[`/records/${record.id}`]}>
          <Routes>
            <Route path="/records/:id" element={<VersionHistoryPanel recordId={record.id} />} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    )
    const list = await screen.findByRole('list', { name: 'Version history' })
    const second = must(items(list)[1])
    expect(within(second).getByRole('button', { name: 'Restore this version' })).toBeEnabled()
    await user.click(within(second).getByRole('button', { name: 'Compare' }))
    expect(
      await screen.findByText(
        `At /records/${record.id}/history?a=${versionIds(record.id)[1]}&b=current`,
      ),
    ).toBeInTheDocument()
  })
})
