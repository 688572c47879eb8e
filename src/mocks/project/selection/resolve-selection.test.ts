// @vitest-environment node
import '../../testing/node-storage-shim'
import { beforeEach, describe, expect, it } from 'vitest'
import { createProjectFixture, type ProjectFixture } from '../testing/project-fixture'
import { normalizeText } from '../../query'
import { parseTextQuery, tokenize } from './text'
import { resolveSelection, selectionSchemaOf } from './resolve-selection'
import { parseSelection } from './parse-selection'
import { SelectionEntryError } from './types'

let fixture: ProjectFixture
let names: Map<string, string>

beforeEach(() => {
  fixture = createProjectFixture()
  names = new Map(Object.entries(fixture.ids).map(([name, id]) => [id, name]))
})

const id = (name: string) => {
  const value = fixture.ids[name]
  if (value === undefined) throw new Error(`no fixture record ${name}`)
  return value
}

function resolve(selection: unknown[], language?: string): string[] {
  return resolveSelection(fixture.store, selection, { nowMs: fixture.clock.now(), language }).map(
    (recordId) => names.get(recordId) ?? recordId,
  )
}

function search(filter: unknown, extra: Record<string, unknown> = {}): string[] {
  return resolve([{ search: { filter, ...extra } }])
}

function rejection(selection: unknown[]): { entry: number; reason: string } {
  try {
    resolve(selection)
  } catch (error) {
    if (error instanceof SelectionEntryError) return { entry: error.entry, reason: error.reason }
    throw error
  }
  throw new Error('expected the selection to be refused')
}

describe('text queries', () => {
  it.each([
    'Perché panificazione conta più che mai',
    'Waarom brood bakken — belangrijker is dan ooit!',
    'e-mail, SKU-42 & 3.5 kg; “quoted” l’amico straße ÆON naïve',
    'Ελληνικά κείμενα και 日本語 テキスト',
    '  ',
    'COMBINING: cafe\u0301 and café',
  ])('tokenizes %j like the Unicode word regex over the normalized text', (text) => {
    expect(tokenize(text)).toEqual(normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [])
  })

  it('splits + terms, - terms and plain terms into words', () => {
    expect(parseTextQuery('+CMS -coffee 225 e-mail')).toEqual({
      required: [['cms']],
      forbidden: [['coffee']],
      optional: [['225'], ['e', 'mail']],
    })
    expect(parseTextQuery('  + - ')).toBeNull()
  })
})

describe('record and children entries', () => {
  it('unites entries, drops duplicates and keeps first-seen order', () => {
    expect(resolve([id('contact'), { children: id('home') }, id('home'), id('about')])).toEqual([
      'contact',
      'about',
      'blog',
      'home',
    ])
  })

  it('lists the direct children of a record per channel', () => {
    expect(resolve([{ children: id('home') }])).toEqual(['about', 'blog', 'contact'])
    expect(resolve([{ children: id('home'), channel: '__all__' }])).toEqual([
      'about',
      'blog',
      'contact',
    ])
    expect(resolve([{ children: id('home'), channel: 'web' }])).toEqual(['contact', 'about'])
    expect(resolve([{ children: id('home'), channel: 'print' }])).toEqual(['about'])
    expect(resolve([{ children: id('about'), channel: 'print' }])).toEqual(['history'])
    expect(resolve([{ children: id('team') }])).toEqual(['founders'])
  })

  it('orders children by position, title (in the language) or newest update', () => {
    expect(resolve([{ children: id('home'), ordering: '__default__' }])).toEqual([
      'about',
      'blog',
      'contact',
    ])
    expect(resolve([{ children: id('home'), ordering: 'title' }])).toEqual([
      'about',
      'blog',
      'contact',
    ])
    // Italian titles: Blog, Chi siamo, Contatti.
    expect(resolve([{ children: id('home'), ordering: 'title' }], 'it')).toEqual([
      'blog',
      'about',
      'contact',
    ])
    // about and contact were published after blog was created, so they were updated later.
    expect(resolve([{ children: id('home'), ordering: '-updated' }])).toEqual([
      'contact',
      'about',
      'blog',
    ])
  })

  it('applies each entry its own exclude', () => {
    expect(resolve([{ children: id('home'), exclude: [id('blog'), 'no-such-record'] }])).toEqual([
      'about',
      'contact',
    ])
    expect(resolve([{ children: id('home'), exclude: [id('blog')] }, id('blog')])).toEqual([
      'about',
      'contact',
      'blog',
    ])
  })

  it('refuses unknown records, parents and parents outside the channel, naming the entry', () => {
    expect(rejection([id('home'), 'nope'])).toEqual({ entry: 1, reason: 'unknown record "nope"' })
    expect(rejection([{ children: 'nope' }]).entry).toBe(0)
    expect(rejection([id('home'), { children: id('blog'), channel: 'print' }])).toEqual({
      entry: 1,
      reason: `record "${id('blog')}" is not in channel "print"`,
    })
  })
})

describe('search entries', () => {
  it('matches + terms, - terms and plain terms on words, case-insensitively', () => {
    expect(resolve([{ search: { q: '+cms' } }])).toEqual(
      ['post-cms', 'post-release', 'founders', 'tag-cms'].sort(byFixtureOrder),
    )
    expect(resolve([{ search: { q: '+CMS -release' } }])).toEqual(
      ['founders', 'tag-cms', 'post-cms'].sort(byFixtureOrder),
    )
    expect(resolve([{ search: { q: 'coffee 225' } }])).toEqual(['post-release', 'post-coffee'])
    expect(resolve([{ search: { q: '+cms 225' } }])).toEqual([
      'founders',
      'tag-cms',
      'post-cms',
      'post-release',
    ])
    // "Terms match words": a part of a word is not a match.
    expect(resolve([{ search: { q: 'cof' } }])).toEqual([])
  })

  it('searches the text of the given language', () => {
    expect(resolve([{ search: { language: 'nl', q: 'koffie' } }])).toEqual(['post-coffee'])
    expect(resolve([{ search: { language: 'en', q: 'koffie' } }])).toEqual([])
  })

  it('filters by classes, definition and status', () => {
    expect(search(['classes', 'has', 'product'])).toEqual([
      'product-mug',
      'product-shirt',
      'product-poster',
    ])
    expect(search(['definition', 'is', 'm-product'])).toEqual([
      'product-mug',
      'product-shirt',
      'product-poster',
    ])
    expect(search(['definition', 'is', 'product'])).toEqual([
      'product-mug',
      'product-shirt',
      'product-poster',
    ])
    expect(
      search([
        'and',
        '',
        [
          ['definition', 'is_not', 'page'],
          ['definition', 'is_not', 'blog_post'],
          ['definition', 'is_not', 'product'],
        ],
      ]),
    ).toEqual(['tag-cms', 'tag-news'])
    expect(search(['status', 'is', 'updated'])).toEqual(['post-release'])
    expect(
      search([
        'and',
        '',
        [
          ['classes', 'has', 'blog_post'],
          ['status', 'is_not', 'draft'],
        ],
      ]),
    ).toEqual(['post-cms', 'post-release'])
  })

  it('filters by updated_on relative to now and between two instants', () => {
    const now = fixture.clock.now()
    const lastUpdated = fixture.store.getRecord(id('post-release'))?.meta.updatedAt ?? 0
    // The fixture ends one day after its last change.
    expect(search(['updated_on', '>', [2, 'days']])).toEqual(['post-release'])
    expect(
      search([
        'and',
        '',
        [
          ['classes', 'has', 'page'],
          ['updated_on', '<', [2, 'days']],
        ],
      ]),
    ).toEqual(['home', 'about', 'blog', 'contact', 'team', 'history', 'founders'])
    expect(search(['updated_on', 'between', [(lastUpdated - 1000) / 1000, now / 1000]])).toEqual([
      'post-release',
    ])
  })

  it('filters by validation state in the search language', () => {
    // Required title empty in Italian: only the untitled draft.
    expect(search(['validation', 'is_empty'], { language: 'it' })).toEqual(['post-draft'])
    expect(search(['validation', 'is_empty'], { language: 'en' })).toEqual([])
    expect(
      search(
        [
          'and',
          '',
          [
            ['classes', 'has', 'page'],
            ['validation', 'not_translated'],
          ],
        ],
        { language: 'nl' },
      ),
    ).toEqual(['home', 'about', 'blog', 'contact', 'team', 'history', 'founders'])
    expect(
      search(
        [
          'and',
          '',
          [
            ['classes', 'has', 'blog_post'],
            ['validation', 'any'],
          ],
        ],
        { language: 'nl' },
      ),
    ).toEqual(['post-release', 'post-draft'])
  })

  it('filters on field values with every operator', () => {
    expect(search(['fields.sku', 'is', 'MUG-1'])).toEqual(['product-mug'])
    expect(
      search([
        'and',
        '',
        [
          ['classes', 'has', 'product'],
          ['fields.sku', 'is_not', 'MUG-1'],
        ],
      ]),
    ).toEqual(['product-shirt', 'product-poster'])
    expect(search(['fields.title', 'contains', 'NOTES'])).toEqual(['post-release'])
    expect(search(['fields.tags', 'contains', id('tag-news')])).toEqual([
      'post-release',
      'post-draft',
    ])
    expect(search(['fields.price', '<', 15])).toEqual(['product-mug'])
    expect(search(['fields.price', '>', '14.5'])).toEqual(['product-shirt', 'product-poster'])
    expect(search(['fields.publish_date', '<', '2026-04-01'])).toEqual(['post-cms'])
    expect(search(['fields.reading_time', 'is', 12])).toEqual(['post-coffee'])
    expect(search(['fields.reading_time', 'is_empty'])).toEqual(['post-draft'])
    expect(search(['fields.featured', 'is_true'])).toEqual(['post-cms'])
    expect(search(['fields.featured', 'is_false'])).toEqual([
      'post-release',
      'post-coffee',
      'post-draft',
    ])
    expect(search(['fields.body', 'is_empty'], { language: 'nl' })).toEqual([
      'home',
      'about',
      'blog',
      'contact',
      'team',
      'history',
      'founders',
      'post-release',
      'post-draft',
    ])
  })

  it('combines filters with and, or and not, nested, and with q', () => {
    expect(
      search([
        'or',
        '',
        [
          ['fields.sku', 'is', 'MUG-1'],
          ['fields.stock', 'is', 0],
        ],
      ]),
    ).toEqual(['product-mug', 'product-shirt'])
    expect(
      search([
        'and',
        '',
        [
          ['classes', 'has', 'product'],
          ['not', '', ['fields.stock', '>', 10]],
        ],
      ]),
    ).toEqual(['product-shirt', 'product-poster'])
    expect(
      search([
        'not',
        '',
        [
          'or',
          '',
          [
            ['classes', 'has', 'page'],
            ['classes', 'has', 'blog_post'],
            ['classes', 'has', 'tag'],
          ],
        ],
      ]),
    ).toEqual(['product-mug', 'product-shirt', 'product-poster'])
    expect(resolve([{ search: { q: 'editors', filter: ['fields.featured', 'is_true'] } }])).toEqual(
      ['post-cms'],
    )
  })

  it('applies exclude to search results and selects nothing for a q without words', () => {
    expect(
      resolve([
        { search: { filter: ['classes', 'has', 'product'] }, exclude: [id('product-shirt')] },
      ]),
    ).toEqual(['product-mug', 'product-poster'])
    expect(resolve([{ search: { q: '   ' } }])).toEqual([])
  })
})

describe('validation', () => {
  const schema = () => selectionSchemaOf(fixture.store)
  const refuse = (selection: unknown[]) => {
    try {
      parseSelection(selection, schema())
    } catch (error) {
      if (error instanceof SelectionEntryError) return error
      throw error
    }
    throw new Error('expected a SelectionEntryError')
  }

  it.each([
    [[42], /an entry is a gid/],
    [[''], /must not be empty/],
    [[{ children: 'x', channel: 'mobile' }], /unknown channel "mobile"/],
    [[{ children: 'x', ordering: 'random' }], /unknown ordering "random"/],
    [[{ children: 'x', colour: 'red' }], /unknown key "colour"/],
    [[{ children: 'x', exclude: 'y' }], /exclude must be a list/],
    [[{ search: {} }], /at least one of q and filter/],
    [[{ search: { q: 3 } }], /q must be a string/],
    [[{ search: { language: 'fr', q: 'x' } }], /unknown language "fr"/],
    [[{ search: { filter: ['classes', 'has', 'nope'] } }], /unknown class "nope"/],
    [[{ search: { filter: ['classes', 'is', 'page'] } }], /classes supports only "has"/],
    [[{ search: { filter: ['definition', 'is', 'nope'] } }], /unknown definition/],
    [[{ search: { filter: ['status', 'is', 'archived'] } }], /status must be one of/],
    [[{ search: { filter: ['updated_on', '<', [3, 'fortnights']] } }], /needs \[n, "days"\]/],
    [[{ search: { filter: ['updated_on', 'between', ['a', 2]] } }], /UNIX seconds/],
    [[{ search: { filter: ['validation', 'is_wrong'] } }], /validation supports/],
    [[{ search: { filter: ['fields.nope', 'is', 1] } }], /unknown field "nope"/],
    [[{ search: { filter: ['fields.price', 'like', 1] } }], /unknown operator "like"/],
    [[{ search: { filter: ['fields.price', 'is_true'] } }], /does not fit field "price"/],
    [[{ search: { filter: ['fields.price', 'contains', 'x'] } }], /does not fit field "price"/],
    [[{ search: { filter: ['fields.sku', 'is'] } }], /needs a string, number or boolean operand/],
    [[{ search: { filter: ['and', '', []] } }], /needs a non-empty list/],
    [[{ search: { filter: ['shape', 'is', 'round'] } }], /unknown property "shape"/],
    [[{ search: { filter: 'classes' } }], /must be a triplet/],
    [[{ search: { q: 'x' }, also: 1 }], /unknown key "also"/],
    [[{ neither: 1 }], /needs "children" or "search"/],
  ])('refuses %j', (selection, reason) => {
    expect(refuse(selection).reason).toMatch(reason)
  })

  it('refuses a filter nested absurdly deep instead of overflowing the stack', () => {
    let filter: unknown = ['classes', 'has', 'page']
    for (let level = 0; level < 10_000; level++) filter = ['not', '', filter]
    expect(refuse([{ search: { filter } }]).reason).toMatch(/nested more than 32 levels/)
  })

  it('names the index of the entry at fault', () => {
    const error = refuse([
      'a',
      'b',
      {
        search: {
          filter: [
            'and',
            '',
            [
              ['classes', 'has', 'page'],
              ['status', 'is', 'gone'],
            ],
          ],
        },
      },
    ])
    expect(error.entry).toBe(2)
    expect(error.reason).toMatch(/^filter\[2\]\[1\]: status must be one of/)
  })
})

function byFixtureOrder(a: string, b: string): number {
  const order = Object.keys(fixture.ids)
  return order.indexOf(a) - order.indexOf(b)
}
