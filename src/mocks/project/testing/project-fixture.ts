import { createTestClock, type TestClock } from '../../clock'
import {
  ContentStore,
  type FieldType,
  type FieldValidators,
  type RecordAttributes,
  type StoreSnapshot,
  type StoredField,
  type StoredItemType,
} from '../../store'

/**
 * A small, hand-made store whose every record the Project API tests can name: a three-level
 * page tree arranged differently in the `web` and `print` channels, blog posts with chosen
 * words, products with numbers. Built through the store's own methods, so statuses, versions
 * and positions follow the store's rules.
 */
export interface ProjectFixture {
  store: ContentStore
  clock: TestClock
  ids: Record<string, string>
  /** Model ids by api_key. */
  models: Record<string, string>
}

const DAY_MS = 86_400_000

interface FieldSpec {
  apiKey: string
  type: FieldType
  localized?: boolean
  validators?: FieldValidators
}

function model(
  id: string,
  apiKey: string,
  position: number,
  options: Partial<StoredItemType>,
  fieldIds: string[],
): StoredItemType {
  return {
    id,
    name: apiKey,
    apiKey,
    draftModeActive: true,
    sortable: false,
    tree: false,
    singleton: false,
    allLocalesRequired: false,
    hint: null,
    fieldIds,
    titleFieldId: fieldIds[0] ?? null,
    position,
    ...options,
  }
}

function fieldsFor(modelId: string, specs: FieldSpec[]): StoredField[] {
  return specs.map((spec, position) => ({
    id: `${modelId}.${spec.apiKey}`,
    itemTypeId: modelId,
    label: spec.apiKey,
    apiKey: spec.apiKey,
    fieldType: spec.type,
    localized: spec.localized ?? false,
    defaultValue: null,
    hint: null,
    validators: spec.validators ?? {},
    appearance: { editor: 'default', parameters: {}, addons: [] },
    position,
  }))
}

function emptySnapshot(): StoreSnapshot {
  const pageFields = fieldsFor('m-page', [
    { apiKey: 'title', type: 'string', localized: true, validators: { required: {} } },
    { apiKey: 'slug', type: 'slug', validators: { unique: {} } },
    { apiKey: 'body', type: 'text', localized: true },
  ])
  const postFields = fieldsFor('m-post', [
    { apiKey: 'title', type: 'string', localized: true, validators: { required: {} } },
    { apiKey: 'slug', type: 'slug', validators: { unique: {} } },
    { apiKey: 'body', type: 'text', localized: true },
    { apiKey: 'reading_time', type: 'integer' },
    { apiKey: 'featured', type: 'boolean' },
    { apiKey: 'publish_date', type: 'date' },
    { apiKey: 'tags', type: 'links' },
  ])
  const productFields = fieldsFor('m-product', [
    { apiKey: 'name', type: 'string', validators: { required: {} } },
    { apiKey: 'sku', type: 'string', validators: { unique: {} } },
    { apiKey: 'price', type: 'float' },
    { apiKey: 'stock', type: 'integer' },
  ])
  const tagFields = fieldsFor('m-tag', [{ apiKey: 'name', type: 'string', localized: true }])
  const ids = (fields: StoredField[]) => fields.map((field) => field.id)
  return {
    schemaVersion: 1,
    seed: { size: 'empty', prngSeed: 7, epoch: 0 },
    site: {
      id: 'site',
      name: 'Fixture',
      internalDomain: 'fixture',
      locales: ['en', 'it', 'nl'],
      timezone: 'UTC',
      createdAt: 0,
    },
    itemTypes: [
      model('m-page', 'page', 0, { tree: true, sortable: true }, ids(pageFields)),
      model('m-post', 'blog_post', 1, {}, ids(postFields)),
      model('m-product', 'product', 2, { draftModeActive: false }, ids(productFields)),
      model('m-tag', 'tag', 3, { draftModeActive: false }, ids(tagFields)),
    ],
    fields: [...pageFields, ...postFields, ...productFields, ...tagFields],
    records: [],
    versions: [],
    channels: [],
    jobs: [],
    jobEvents: [],
    counters: { idSeq: 0, eventCursor: 0 },
  }
}

const l = (en: string | null, it: string | null = null, nl: string | null = null) => ({
  en,
  it,
  nl,
})

export function createProjectFixture(): ProjectFixture {
  const clock = createTestClock()
  const building = ContentStore.fromSnapshot(emptySnapshot(), { clock })
  const ids: Record<string, string> = {}
  const add = (name: string, itemTypeId: string, attributes: RecordAttributes, parent?: string) => {
    clock.advance(DAY_MS)
    ids[name] = building.createRecord({
      itemTypeId,
      attributes,
      parentId: parent === undefined ? null : (ids[parent] ?? null),
    }).id
  }

  add('home', 'm-page', {
    title: l('Home', 'Casa', 'Thuis'),
    slug: 'home',
    body: l('Welcome to the site'),
  })
  add(
    'about',
    'm-page',
    { title: l('About us', 'Chi siamo', 'Over ons'), slug: 'about', body: l('Who we are') },
    'home',
  )
  add(
    'blog',
    'm-page',
    { title: l('Blog', 'Blog', 'Blog'), slug: 'blog', body: l('Stories') },
    'home',
  )
  add(
    'contact',
    'm-page',
    { title: l('Contact', 'Contatti', 'Contact'), slug: 'contact', body: l('Write to us') },
    'home',
  )
  add(
    'team',
    'm-page',
    { title: l('Team', 'Squadra', null), slug: 'team', body: l('The people') },
    'about',
  )
  add(
    'history',
    'm-page',
    { title: l('History', 'Storia', 'Geschiedenis'), slug: 'history', body: l('Since 1999') },
    'about',
  )
  add(
    'founders',
    'm-page',
    {
      title: l('Founders', 'Fondatori', 'Oprichters'),
      slug: 'founders',
      body: l('Two people and a CMS'),
    },
    'team',
  )

  add('tag-cms', 'm-tag', { name: l('CMS', 'CMS', 'CMS') })
  add('tag-news', 'm-tag', { name: l('News', 'Notizie', 'Nieuws') })

  const tag = (name: string) => ids[name] ?? ''
  add('post-cms', 'm-post', {
    title: l('Headless CMS in practice', 'CMS headless in pratica', 'Headless CMS in de praktijk'),
    slug: 'headless-cms',
    body: l('A CMS for editors and developers', 'Un CMS per redattori', 'Een CMS voor redacteuren'),
    reading_time: 7,
    featured: true,
    publish_date: '2026-03-01',
    tags: [tag('tag-cms')],
  })
  add('post-release', 'm-post', {
    title: l('Release notes 225', 'Note di rilascio 225', 'Release notes 225'),
    slug: 'release-225',
    body: l('What changed in the CMS release 225', 'Cosa cambia', null),
    reading_time: 3,
    featured: false,
    publish_date: '2026-04-15',
    tags: [tag('tag-cms'), tag('tag-news')],
  })
  add('post-coffee', 'm-post', {
    title: l('Coffee with the team', 'Caffè con la squadra', 'Koffie met het team'),
    slug: 'coffee',
    body: l('Editors and coffee', 'Redattori e caffè', 'Redacteuren en koffie'),
    reading_time: 12,
    featured: null,
    publish_date: '2026-05-20',
    tags: [],
  })
  add('post-draft', 'm-post', {
    title: l('Untitled draft', null, null),
    slug: 'untitled',
    body: l(null),
    reading_time: null,
    featured: false,
    publish_date: null,
    tags: [tag('tag-news')],
  })

  add('product-mug', 'm-product', { name: 'Mug', sku: 'MUG-1', price: 9.5, stock: 120 })
  add('product-shirt', 'm-product', { name: 'Shirt', sku: 'SHIRT-1', price: 24, stock: 0 })
  add('product-poster', 'm-product', { name: 'Poster', sku: 'POSTER-1', price: 15, stock: 8 })

  // Statuses: published, updated (published then saved), and drafts.
  for (const name of ['home', 'about', 'contact', 'post-cms', 'post-release']) {
    clock.advance(DAY_MS)
    building.publishRecord(ids[name] ?? '')
  }
  clock.advance(DAY_MS)
  building.updateRecord(ids['post-release'] ?? '', { attributes: { reading_time: 4 } })

  const snapshot = building.toSnapshot()
  const id = (name: string) => ids[name] ?? ''
  snapshot.channels = [
    {
      key: 'web',
      name: 'Web',
      modelApiKey: 'page',
      parents: {
        [id('home')]: null,
        [id('contact')]: id('home'),
        [id('about')]: id('home'),
        [id('team')]: id('about'),
      },
      positions: { [id('home')]: 0, [id('contact')]: 0, [id('about')]: 1, [id('team')]: 0 },
    },
    {
      key: 'print',
      name: 'Print',
      modelApiKey: 'page',
      parents: { [id('home')]: null, [id('about')]: id('home'), [id('history')]: id('about') },
      positions: { [id('home')]: 0, [id('about')]: 0, [id('history')]: 0 },
    },
  ]
  clock.advance(DAY_MS)
  return {
    store: ContentStore.fromSnapshot(snapshot, { clock }),
    clock,
    ids,
    models: { page: 'm-page', blog_post: 'm-post', product: 'm-product', tag: 'm-tag' },
  }
}
