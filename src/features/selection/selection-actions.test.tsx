import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { setActiveConnection } from '@/api/connection/active-connection'
import { DEMO_EDITOR_TOKEN } from '@/api/demo-constants'
import type { StoredRecord } from '@/mocks/store'
import { decodeSelection, selectionBuilderPath, type Selection } from '@/lib/selection-url'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

const CMA = 'https://site-api.datocms.com'
const { server, mockContext } = useMockApi({ faults: { jobSpeed: 50 } })

function pageByTitle(title: string): StoredRecord {
  const found = [...mockContext.store.allRecords()].find(
    (record) => (record.attributes.title as Record<string, unknown> | undefined)?.en === title,
  )
  if (!found) throw new Error(`no page ${title}`)
  return found
}

function selectionIn(router: { state: { location: { search: string } } }): Selection | undefined {
  return decodeSelection(new URLSearchParams(router.state.location.search).get('s'))
}

async function openTray(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(screen.getByRole('button', { name: /^Jobs:/ }))
  return screen.findByRole('region', { name: 'Jobs' })
}

const draftPosts: Selection = [
  {
    search: {
      language: 'en',
      filter: [
        'and',
        '',
        [
          ['classes', 'has', 'blog_post'],
          ['status', 'is', 'draft'],
        ],
      ],
    },
  },
]

function draftPostCount(): number {
  const blogPost = mockContext.store.listItemTypes().find((model) => model.apiKey === 'blog_post')
  return mockContext.store
    .recordsOfType(blogPost?.id ?? '')
    .filter((record) => record.meta.status === 'draft').length
}

describe('Bulk actions on a selection', () => {
  it('duplicates through the Project API, follows the tray to done, then selects the copies', async () => {
    const magazine = pageByTitle('Magazine')
    const children = mockContext.store.channelChildrenOf('web', magazine.id)
    const before = mockContext.store.recordCount
    const { user, router } = renderRoute(
      selectionBuilderPath([{ children: magazine.id, channel: 'web' }]),
    )
    const count = children.length
    // The first render of the file also loads the page module: give it time.
    const button = await screen.findByRole(
      'button',
      { name: `Duplicate ${count} records` },
      { timeout: 8000 },
    )
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)
    const dialog = await screen.findByRole('alertdialog', { name: `Duplicate ${count} records?` })
    expect(dialog).toHaveTextContent(`the preview counted exactly ${count} records`)
    expect(dialog).toHaveTextContent('Children of ‘Magazine’ in the web channel')
    await user.click(within(dialog).getByRole('button', { name: `Duplicate ${count} records` }))

    const tray = await openTray(user)
    const link = await within(tray).findByRole(
      'link',
      { name: 'Select the copies' },
      { timeout: 8000 },
    )
    expect(within(tray).getByText('Done')).toBeInTheDocument()
    expect(mockContext.store.recordCount).toBe(before + count)
    await user.click(link)
    const copies = selectionIn(router) ?? []
    expect(copies).toHaveLength(count)
    expect(
      copies.every((id) => typeof id === 'string' && !children.some((child) => child.id === id)),
    ).toBe(true)
    const preview = await screen.findByRole('region', { name: 'Preview' })
    await waitFor(() => expect(within(preview).getByText(`${count} records`)).toBeInTheDocument())
  })

  it('publishes in chunks of 200, reports a failed chunk per record, and retries only those', async () => {
    const total = draftPostCount()
    expect(total).toBeGreaterThan(200)
    const bulkCalls: number[] = []
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/items/bulk/publish')) {
        const body = (await request.clone().json()) as {
          data: { relationships: { items: { data: unknown[] } } }
        }
        bulkCalls.push(body.data.relationships.items.data.length)
      }
    })
    server.use(
      http.post(
        `${CMA}/items/bulk/publish`,
        () =>
          HttpResponse.json(
            {
              data: [
                {
                  id: 'e1',
                  type: 'api_error',
                  attributes: {
                    code: 'INVALID_FIELD',
                    details: { field: 'items', code: 'VALIDATION_LENGTH' },
                  },
                },
              ],
            },
            { status: 422 },
          ),
        { once: true },
      ),
    )
    const { user } = renderRoute(selectionBuilderPath(draftPosts))
    const button = await screen.findByRole('button', { name: `Publish ${total} records` })
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)
    const dialog = await screen.findByRole('alertdialog')
    await user.click(within(dialog).getByRole('button', { name: `Publish ${total} records` }))

    const tray = await openTray(user)
    await waitFor(() => expect(within(tray).getByText('Failed')).toBeInTheDocument(), {
      timeout: 10_000,
    })
    expect(
      within(tray).getByText(new RegExp(`^200 of ${total} records could not be published`)),
    ).toBeInTheDocument()
    expect(bulkCalls).toEqual([200, total - 200])
    expect(draftPostCount()).toBe(200)

    await user.click(within(tray).getByRole('button', { name: 'Retry failed' }))
    await waitFor(() => expect(draftPostCount()).toBe(0), { timeout: 10_000 })
    expect(bulkCalls).toEqual([200, total - 200, 200])
    await waitFor(() =>
      expect(
        within(tray).getByText('Publish 200 records again (the failed ones)'),
      ).toBeInTheDocument(),
    )
  })

  it('asks for the count to be typed before deleting more than 50 records', async () => {
    const total = draftPostCount()
    const { user } = renderRoute(selectionBuilderPath(draftPosts))
    const button = await screen.findByRole('button', { name: `Delete ${total} records` })
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)
    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${total} records?` })
    const confirm = within(dialog).getByRole('button', { name: `Delete ${total} records` })
    expect(confirm).toBeDisabled()
    const typed = within(dialog).getByRole('textbox', {
      name: `Type ${total} to delete ${total} records`,
    })
    await user.type(typed, String(total - 1))
    expect(confirm).toBeDisabled()
    await user.clear(typed)
    await user.type(typed, String(total))
    expect(confirm).toBeEnabled()
    await user.click(confirm)
    await waitFor(() => expect(draftPostCount()).toBe(0), { timeout: 10_000 })
  })
})

describe('Against a DatoCMS project without the Project API', () => {
  function connectWithoutProjectApi() {
    setActiveConnection({
      kind: 'datocms',
      token: DEMO_EDITOR_TOKEN,
      environment: 'main',
      cmaBaseUrl: CMA,
      projectApiBaseUrl: '',
      projectGid: '',
      rememberToken: false,
    })
  }

  it('resolves the selection with CMA list queries and duplicates record by record', async () => {
    connectWithoutProjectApi()
    const magazine = pageByTitle('Magazine')
    const children = mockContext.store.childrenOf(magazine.id)
    const before = mockContext.store.recordCount
    const { user, router } = renderRoute(selectionBuilderPath([{ children: magazine.id }]))
    const preview = await screen.findByRole('region', { name: 'Preview' })
    await waitFor(() =>
      expect(within(preview).getByText(`${children.length} records`)).toBeInTheDocument(),
    )
    expect(
      within(preview).getByText(/Resolved in this browser with DatoCMS list queries/),
    ).toBeInTheDocument()
    const button = screen.getByRole('button', { name: `Duplicate ${children.length} records` })
    await user.click(button)
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog).toHaveTextContent(/one by one/)
    await user.click(
      within(dialog).getByRole('button', { name: `Duplicate ${children.length} records` }),
    )

    const tray = await openTray(user)
    const link = await within(tray).findByRole(
      'link',
      { name: 'Select the copies' },
      { timeout: 10_000 },
    )
    expect(mockContext.store.recordCount).toBe(before + children.length)
    await user.click(link)
    expect(selectionIn(router)).toHaveLength(children.length)
  })

  it('says which entry DatoCMS cannot resolve (a channel of the Project API)', async () => {
    connectWithoutProjectApi()
    const magazine = pageByTitle('Magazine')
    renderRoute(selectionBuilderPath([magazine.id, { children: magazine.id, channel: 'web' }]))
    const entries = await screen.findByRole('list', { name: 'Entries' })
    await waitFor(() =>
      expect(within(entries).getAllByRole('listitem')[1]).toHaveTextContent(
        /The "web" channel exists only in the Project API/,
      ),
    )
  })

  it('can be cancelled part-way from the tray', async () => {
    connectWithoutProjectApi()
    const before = mockContext.store.recordCount
    const { user } = renderRoute(selectionBuilderPath(draftPosts))
    const total = draftPostCount()
    const button = await screen.findByRole(
      'button',
      { name: `Duplicate ${total} records` },
      { timeout: 10_000 },
    )
    await user.click(button)
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: `Duplicate ${total} records`,
      }),
    )
    const tray = await openTray(user)
    await user.click(await within(tray).findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(within(tray).getByText('Cancelled.')).toBeInTheDocument())
    const copied = mockContext.store.recordCount - before
    expect(copied).toBeLessThan(total)
  })
})
