import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '@/mocks/store'
import { decodeSelection, selectionBuilderPath, type Selection } from '@/lib/selection-url'
import { renderRoute } from '@/testing/render-route'
import { useMockApi } from '@/testing/mock-api'

const { mockContext } = useMockApi({ faults: { jobSpeed: 50 } })

function records(): StoredRecord[] {
  return [...mockContext.store.allRecords()]
}

function pageByTitle(title: string): StoredRecord {
  const found = records().find(
    (record) => (record.attributes.title as Record<string, unknown> | undefined)?.en === title,
  )
  if (!found) throw new Error(`no page ${title}`)
  return found
}

function webChildren(parentId: string): string[] {
  return mockContext.store.channelChildrenOf('web', parentId).map((record) => record.id)
}

function selectionIn(router: { state: { location: { search: string } } }): Selection | undefined {
  return decodeSelection(new URLSearchParams(router.state.location.search).get('s'))
}

async function previewTotal(count: number) {
  const preview = await screen.findByRole('region', { name: 'Preview' })
  await waitFor(() =>
    expect(
      within(preview).getByText(new RegExp(`^${count.toLocaleString('en-US')} records?$`)),
    ).toBeInTheDocument(),
  )
  return preview
}

describe('Selection builder: entries', () => {
  it('builds children of a page in the web channel, and says entries are united', async () => {
    const magazine = pageByTitle('Magazine')
    const { user, router } = renderRoute('/selections')
    const builder = await screen.findByRole('region', { name: 'Selection' })
    expect(within(builder).getByText(/united/)).toBeInTheDocument()

    await user.click(within(builder).getByRole('button', { name: 'Add children' }))
    await user.type(
      within(builder).getByRole('searchbox', { name: 'Find the parent record' }),
      'Magazine',
    )
    const choose = await within(builder).findAllByRole('button', { name: 'Choose ‘Magazine’' })
    await user.click(choose[0] as HTMLElement)
    await user.selectOptions(within(builder).getByRole('combobox', { name: 'Channel' }), 'web')
    await user.selectOptions(within(builder).getByRole('combobox', { name: 'Ordering' }), 'title')
    await user.click(within(builder).getByRole('button', { name: 'Add this entry' }))

    expect(selectionIn(router)).toEqual([
      { children: magazine.id, channel: 'web', ordering: 'title' },
    ])
    const expected = webChildren(magazine.id).length
    const preview = await previewTotal(expected)
    const entries = within(builder).getByRole('list', { name: 'Entries' })
    await waitFor(() => expect(entries).toHaveTextContent(`Matches ${expected}, all new`))
    expect(entries).toHaveTextContent('Children of ‘Magazine’ in the web channel, by title')
    const table = within(preview).getByRole('table')
    await waitFor(() =>
      expect(within(table).getAllByText('Entry 1 · children')).toHaveLength(expected),
    )
    expect(within(preview).getByRole('list', { name: 'Records per model' })).toHaveTextContent(
      `Page: ${expected}`,
    )
  })

  it('adds records by pasted ids and by search, once each, and reorders and removes entries', async () => {
    const [first, second] = records().filter(
      (record) => record.itemTypeId === records()[0]?.itemTypeId,
    )
    const { user, router } = renderRoute('/selections')
    const builder = await screen.findByRole('region', { name: 'Selection' })
    await user.click(within(builder).getByRole('button', { name: 'Add records' }))
    await user.type(
      within(builder).getByRole('textbox', { name: 'Paste record ids' }),
      `${first?.id}, ${second?.id}\n${first?.id}`,
    )
    await user.click(within(builder).getByRole('button', { name: 'Add 2 pasted ids' }))
    expect(selectionIn(router)).toEqual([first?.id, second?.id])
    await previewTotal(2)

    await user.click(within(builder).getByRole('button', { name: 'Move entry 2 up' }))
    expect(selectionIn(router)).toEqual([second?.id, first?.id])
    await user.click(within(builder).getByRole('button', { name: 'Remove entry 1' }))
    expect(selectionIn(router)).toEqual([first?.id])
    await previewTotal(1)
  })

  it('builds a search with terms, a filter group and an exclusion made from the preview', async () => {
    const { user, router } = renderRoute('/selections')
    const builder = await screen.findByRole('region', { name: 'Selection' })
    await user.click(within(builder).getByRole('button', { name: 'Add search' }))
    await user.type(within(builder).getByRole('textbox', { name: 'Search terms' }), '+coffee -tea')
    expect(
      within(builder).getByText(/must contain “coffee”; must not contain “tea”/),
    ).toBeInTheDocument()
    await user.click(within(builder).getByRole('button', { name: 'Add filter' }))
    await user.selectOptions(
      within(builder).getByRole('combobox', { name: 'Condition 1: value' }),
      'blog_post',
    )
    await user.click(within(builder).getByRole('button', { name: 'Add condition' }))
    await user.selectOptions(
      within(builder).getByRole('combobox', { name: 'Condition 2: property' }),
      'status',
    )
    await user.selectOptions(
      within(builder).getByRole('combobox', { name: 'Condition 2: operator' }),
      'is_not',
    )
    await user.selectOptions(
      within(builder).getByRole('combobox', { name: 'Condition 2: value' }),
      'draft',
    )
    await user.click(within(builder).getByRole('button', { name: 'Add this entry' }))
    const entry = {
      search: {
        language: 'en',
        q: '+coffee -tea',
        filter: [
          'and',
          '',
          [
            ['classes', 'has', 'blog_post'],
            ['status', 'is_not', 'draft'],
          ],
        ],
      },
    }
    expect(selectionIn(router)).toEqual([entry])

    const preview = await screen.findByRole('region', { name: 'Preview' })
    const table = await within(preview).findByRole('table')
    const before = Number(
      /^([\d,]+) records?$/
        .exec(within(preview).getByText(/^[\d,]+ records?$/).textContent ?? '')?.[1]
        ?.replace(/,/g, ''),
    )
    expect(before).toBeGreaterThan(1)
    const excludeButtons = await within(table).findAllByRole('button', { name: /^Exclude ‘/ })
    await waitFor(() => expect(excludeButtons[0]).toBeEnabled())
    const row = excludeButtons[0]?.closest('tr') as HTMLElement
    const gid = within(row).getAllByRole('cell')[0]?.querySelector('span + span')?.textContent
    await user.click(excludeButtons[0] as HTMLElement)
    expect(selectionIn(router)).toEqual([{ ...entry, exclude: [gid] }])
    await previewTotal(before - 1)
    expect(within(builder).getByRole('list', { name: 'Entries' })).toHaveTextContent(
      'except 1 excluded',
    )
  })

  it('shows the server refusing an entry (1006) on that entry', async () => {
    const magazine = pageByTitle('Magazine')
    renderRoute(
      selectionBuilderPath([
        magazine.id,
        { children: magazine.id, channel: 'web' },
        'no-such-record',
      ]),
    )
    const builder = await screen.findByRole('region', { name: 'Selection' })
    const entries = within(builder).getByRole('list', { name: 'Entries' })
    await waitFor(() => {
      const third = within(entries).getAllByRole('listitem')[2] as HTMLElement
      expect(third).toHaveAttribute('aria-invalid', 'true')
      expect(third).toHaveTextContent(/The server refused this: unknown record "no-such-record"/)
    })
    expect(within(entries).getAllByRole('listitem')[0]).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('button', { name: 'Duplicate records' })).toBeDisabled()
  })
})

describe('Selection builder: JSON view', () => {
  it('validates as one types, points at the entry, keeps invalid text, applies valid text', async () => {
    const magazine = pageByTitle('Magazine')
    const { user, router } = renderRoute(selectionBuilderPath([magazine.id]))
    await previewTotal(1)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const editor = screen.getByRole('textbox', { name: 'Selection JSON' })
    expect(JSON.parse((editor as HTMLTextAreaElement).value)).toEqual([magazine.id])

    const broken = `[\n  "${magazine.id}",\n  {"children": "${magazine.id}", "channel": "tv"}\n]`
    await user.clear(editor)
    await user.click(editor)
    await user.paste(broken)
    expect(await screen.findByText(/^Entry 2: Unknown channel/)).toBeInTheDocument()
    expect(editor).toHaveValue(broken)
    expect(editor).toHaveAttribute('aria-invalid', 'true')

    // Leaving the view and coming back keeps the text.
    await user.click(screen.getByRole('tab', { name: 'Entries' }))
    await user.click(screen.getByRole('tab', { name: 'JSON (has errors)' }))
    expect(screen.getByRole('textbox', { name: 'Selection JSON' })).toHaveValue(broken)

    const syntax = broken.replace('"channel"', ',"channel"')
    await user.clear(screen.getByRole('textbox', { name: 'Selection JSON' }))
    await user.paste(syntax)
    expect(await screen.findByText(/^Entry 2: Not valid JSON at line 3/)).toBeInTheDocument()

    const fixed = broken.replace('"tv"', '"web"')
    await user.clear(screen.getByRole('textbox', { name: 'Selection JSON' }))
    await user.paste(fixed)
    await waitFor(() =>
      expect(selectionIn(router)).toEqual([magazine.id, { children: magazine.id, channel: 'web' }]),
    )
    await previewTotal(1 + webChildren(magazine.id).length)
  })
})
