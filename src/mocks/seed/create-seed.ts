import { SEED_EPOCH_MS } from '../clock'
import { entityIdFromSeq } from '../store/ids'
import type {
  FieldValue,
  JsonValue,
  Locale,
  RecordAttributes,
  RecordStatus,
  SeedSize,
  StoreSnapshot,
  StoredChannel,
  StoredField,
  StoredItemType,
  StoredRecord,
  StoredVersion,
} from '../store/types'
import { createPrng, type Prng } from './prng'
import { DEFAULT_EDITORS, SEED_MODELS, type SeedModelKey } from './seed-schema'
import {
  CATEGORY_NAMES,
  FIRST_NAMES,
  LAST_NAMES,
  PAGE_SECTIONS,
  PRODUCT_ADJECTIVES,
  PRODUCT_NOUNS,
  SENTENCES,
  SUBPAGE_TITLES,
  TAG_WORDS,
  TITLE_PATTERNS,
  TOPICS,
  fill,
  slugify,
  type Localized,
} from './vocabulary'

/** The PRNG seed of the demo data. Changing it changes every id and value. */
export const SEED_PRNG_SEED = 20260601

export const SEED_LOCALES: readonly Locale[] = ['en', 'it', 'nl']

export const SEED_SITE_NAME = 'Content Ops Demo'

/** The accounts that appear as creators and editors. The first is the demo tokens' account. */
export const SEED_EDITOR_IDS = ['104711', '104712', '104713', '104714'] as const

export interface CreateSeedOptions {
  /** `demo` ≈ 2,200 records; `large` ≥ 50,000 (benchmarks); `empty` has the schema only. */
  size?: SeedSize
  prngSeed?: number
  /** Every seeded date lies before this instant (default 2026-06-01T00:00:00Z). */
  epoch?: number
}

const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

interface SizePlan {
  authors: number
  blogPosts: number
  products: number
  /** Grandchildren per level-2 page (min, max). */
  pageFanout: [number, number]
}

const PLANS: Record<SeedSize, SizePlan> = {
  empty: { authors: 0, blogPosts: 0, products: 0, pageFanout: [0, 0] },
  demo: { authors: 40, blogPosts: 1300, products: 620, pageFanout: [2, 5] },
  large: { authors: 400, blogPosts: 36_500, products: 13_000, pageFanout: [6, 9] },
}

/** Builds the model/field part of the snapshot and hands out ids. */
class SeedBuilder {
  private seq = 0
  readonly itemTypes: StoredItemType[] = []
  readonly fields: StoredField[] = []
  readonly records: StoredRecord[] = []
  readonly versions: StoredVersion[] = []
  readonly modelIds = new Map<SeedModelKey, string>()
  readonly recordIdsByModel = new Map<SeedModelKey, string[]>()

  constructor(
    readonly prng: Prng,
    private readonly salt: number,
    readonly epoch: number,
  ) {}

  nextId(): string {
    this.seq++
    return entityIdFromSeq(this.seq, this.salt)
  }

  get idSeq(): number {
    return this.seq
  }

  buildSchema(): void {
    for (const spec of SEED_MODELS) this.modelIds.set(spec.key, this.nextId())
    SEED_MODELS.forEach((spec, modelIndex) => {
      const itemTypeId = this.modelIds.get(spec.key) ?? ''
      const fieldIds: string[] = []
      let titleFieldId: string | null = null
      spec.fields.forEach((fieldSpec, position) => {
        const id = this.nextId()
        fieldIds.push(id)
        if (fieldSpec.apiKey === spec.titleField) titleFieldId = id
        const validators = { ...(fieldSpec.validators ?? {}) }
        if (fieldSpec.linksTo) {
          const target = this.modelIds.get(fieldSpec.linksTo) ?? ''
          if (fieldSpec.fieldType === 'link') validators.item_item_type = { item_types: [target] }
          else validators.items_item_type = { item_types: [target] }
        }
        this.fields.push({
          id,
          itemTypeId,
          label: fieldSpec.label,
          apiKey: fieldSpec.apiKey,
          fieldType: fieldSpec.fieldType,
          localized: fieldSpec.localized ?? false,
          defaultValue: fieldSpec.defaultValue ?? null,
          hint: fieldSpec.hint ?? null,
          validators,
          appearance: {
            editor: fieldSpec.editor ?? DEFAULT_EDITORS[fieldSpec.fieldType],
            parameters: fieldSpec.editorParameters ?? {},
            addons: [],
          },
          position: position + 1,
        })
      })
      this.itemTypes.push({
        id: itemTypeId,
        name: spec.name,
        apiKey: spec.key,
        draftModeActive: spec.draftModeActive,
        sortable: spec.sortable,
        tree: spec.tree,
        singleton: false,
        allLocalesRequired: spec.allLocalesRequired,
        hint: spec.hint,
        fieldIds,
        titleFieldId,
        position: modelIndex,
      })
    })
  }

  /**
   * Adds a record with a plausible history: `versionCount` versions ending in `attributes`,
   * earlier ones differing in one field each (stored as forward diffs), and publication state
   * matching `status`.
   */
  addRecord(input: {
    model: SeedModelKey
    attributes: RecordAttributes
    status: RecordStatus
    versionCount: number
    createdAt: number
    parentId?: string | null
    position?: number | null
    variableFields: readonly string[]
  }): StoredRecord {
    const { prng } = this
    const itemTypeId = this.modelIds.get(input.model) ?? ''
    const id = this.nextId()
    const spec = SEED_MODELS.find((model) => model.key === input.model)
    const draftMode = spec?.draftModeActive ?? true
    const status: RecordStatus = draftMode ? input.status : 'published'
    const count = status === 'updated' ? Math.max(2, input.versionCount) : input.versionCount

    // Walk backwards from the final state, each older version changing one field.
    const patches: RecordAttributes[] = []
    let older: RecordAttributes = input.attributes
    for (let index = count - 1; index > 0; index--) {
      const key = input.variableFields.length > 0 ? prng.pick(input.variableFields) : undefined
      const current = key === undefined ? undefined : older[key]
      if (key === undefined || current === undefined) {
        patches.push({})
        continue
      }
      patches.push({ [key]: current })
      older = { ...older, [key]: olderVariant(current, prng) }
    }
    patches.reverse()

    const lastAt = Math.min(
      this.epoch - prng.int(10, 600) * MINUTE_MS,
      input.createdAt + prng.int(0, 120) * DAY_MS,
    )
    const span = Math.max(count - 1, 1)
    const times: number[] = []
    for (let index = 0; index < count; index++) {
      times.push(
        count === 1
          ? input.createdAt
          : Math.round(input.createdAt + ((lastAt - input.createdAt) * index) / span),
      )
    }
    const versionIds: string[] = []
    for (let index = 0; index < count; index++) {
      const versionId = this.nextId()
      versionIds.push(versionId)
      this.versions.push({
        id: versionId,
        itemId: id,
        itemTypeId,
        seq: index + 1,
        createdAt: times[index] ?? input.createdAt,
        editorId: prng.pick(SEED_EDITOR_IDS),
        kind: index === 0 ? 'full' : 'patch',
        attributes: index === 0 ? older : (patches[index - 1] ?? {}),
        isValid: true,
        publishedFrom: null,
        publishedUntil: null,
      })
    }
    const currentVersionId = versionIds[count - 1] ?? ''
    let publishedVersionId: string | null = null
    let publishedAt: number | null = null
    let firstPublishedAt: number | null = null
    if (status === 'published' || status === 'updated') {
      const publishedIndex = status === 'published' ? count - 1 : prng.int(0, count - 2)
      publishedVersionId = versionIds[publishedIndex] ?? null
      const versionAt = times[publishedIndex] ?? input.createdAt
      const nextAt = times[publishedIndex + 1] ?? lastAt + 30 * MINUTE_MS
      publishedAt = versionAt + Math.floor((nextAt - versionAt) / 2)
      firstPublishedAt = publishedIndex === 0 ? publishedAt : (times[0] ?? versionAt) + MINUTE_MS
      const published = this.versions[this.versions.length - count + publishedIndex]
      if (published) published.publishedFrom = publishedAt
    }
    const record: StoredRecord = {
      id,
      itemTypeId,
      attributes: input.attributes,
      parentId: input.parentId ?? null,
      position: input.position ?? null,
      creatorId: prng.pick(SEED_EDITOR_IDS),
      meta: {
        createdAt: input.createdAt,
        updatedAt: Math.max(lastAt, publishedAt ?? 0),
        publishedAt,
        firstPublishedAt,
        status,
        currentVersionId,
        publishedVersionId,
        isValid: true,
      },
    }
    this.records.push(record)
    let ids = this.recordIdsByModel.get(input.model)
    if (!ids) this.recordIdsByModel.set(input.model, (ids = []))
    ids.push(id)
    return record
  }
}

/** A plausible earlier value: a shorter text, a flipped flag, a nearby number. */
function olderVariant(value: FieldValue, prng: Prng): FieldValue {
  if (typeof value === 'string') {
    const sentenceCut = value.lastIndexOf('. ', value.length - 3)
    if (sentenceCut > 20) return value.slice(0, sentenceCut + 1)
    const wordCut = value.lastIndexOf(' ')
    return wordCut > 3 ? value.slice(0, wordCut) : `${value} (draft)`
  }
  if (typeof value === 'boolean') return !value
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? Math.max(1, value + prng.pick([-2, -1, 1, 2]))
      : Math.round(value * 90) / 100
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, JsonValue> = {}
    for (const [key, inner] of Object.entries(value)) out[key] = olderVariant(inner, prng)
    return out
  }
  return value
}

function localized(
  values: Localized | ((locale: Locale) => string),
  locales: readonly Locale[],
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {}
  for (const locale of locales)
    out[locale] = typeof values === 'function' ? values(locale) : values[locale]
  return out
}

function pickStatus(prng: Prng, weights: [published: number, updated: number]): RecordStatus {
  const roll = prng.next()
  if (roll < weights[0]) return 'published'
  if (roll < weights[0] + weights[1]) return 'updated'
  return 'draft'
}

function pickVersionCount(prng: Prng): number {
  const roll = prng.next()
  if (roll < 0.45) return 1
  if (roll < 0.7) return 2
  if (roll < 0.85) return 3
  if (roll < 0.95) return prng.int(4, 6)
  if (roll < 0.985) return prng.int(7, 15)
  return prng.int(20, 28)
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function uploadValue(prng: Prng, alt: string): Record<string, JsonValue> {
  return {
    upload_id: String(prng.int(20_000_000, 20_999_999)),
    alt,
    title: null,
    custom_data: {},
    focal_point: null,
  }
}

function paragraph(prng: Prng, topic: Localized, locale: Locale, sentences: number): string {
  const parts: string[] = []
  for (let index = 0; index < sentences; index++)
    parts.push(fill(prng.pick(SENTENCES)[locale], topic[locale]))
  return parts.join(' ')
}

/** Locales a record has: all three, or (a few) missing one translation. */
function recordLocales(prng: Prng, missingNl: number, missingIt: number): Locale[] {
  const roll = prng.next()
  if (roll < missingNl) return ['en', 'it']
  if (roll < missingNl + missingIt) return ['en', 'nl']
  return ['en', 'it', 'nl']
}

/**
 * Builds the deterministic demo content: same options, same snapshot (ids, texts, dates and
 * histories), always. Cheap enough to call on every reset (see the seed benchmark test).
 */
export function createSeed(options: CreateSeedOptions = {}): StoreSnapshot {
  const size = options.size ?? 'demo'
  const prngSeed = options.prngSeed ?? SEED_PRNG_SEED
  const epoch = options.epoch ?? SEED_EPOCH_MS
  const plan = PLANS[size]
  const prng = createPrng(prngSeed)
  const builder = new SeedBuilder(prng, prngSeed, epoch)
  builder.buildSchema()
  const all = SEED_LOCALES
  const ago = (minDays: number, maxDays: number): number =>
    epoch - prng.int(minDays * 24 * 60, maxDays * 24 * 60) * MINUTE_MS

  const channels: StoredChannel[] = [
    { key: 'web', name: 'Website navigation', modelApiKey: 'page', parents: {}, positions: {} },
    { key: 'print', name: 'Print catalogue', modelApiKey: 'page', parents: {}, positions: {} },
  ]

  if (size !== 'empty') {
    // Categories (sortable, all locales required).
    CATEGORY_NAMES.forEach((name, index) => {
      builder.addRecord({
        model: 'category',
        attributes: {
          name: localized(name, all),
          slug: slugify(name.en),
          description: localized(
            (locale) =>
              `${name[locale]} — ${fill(SENTENCES[index % SENTENCES.length]?.[locale] ?? '', name[locale].toLowerCase())}`,
            all,
          ),
        },
        status: 'published',
        versionCount: prng.int(1, 3),
        createdAt: ago(700, 760),
        position: index,
        variableFields: ['description'],
      })
    })

    TAG_WORDS.forEach((word) => {
      builder.addRecord({
        model: 'tag',
        attributes: { name: word },
        status: 'published',
        versionCount: 1,
        createdAt: ago(600, 760),
        variableFields: [],
      })
    })

    for (let index = 0; index < plan.authors; index++) {
      const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex'
      const last =
        LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length] ??
        'Doe'
      const name = `${first} ${last}`
      const handle = `${slugify(name)}-${index + 1}`
      const topic = prng.pick(TOPICS)
      const locales = recordLocales(prng, 0.2, 0)
      builder.addRecord({
        model: 'author',
        attributes: {
          name,
          slug: handle,
          email: `${handle.replace(/-/g, '.')}@example.com`,
          bio: localized(
            (locale) =>
              `${name} — ${fill(prng.pick(SENTENCES)[locale], topic[locale])} ${fill(prng.pick(SENTENCES)[locale], topic[locale])}`,
            locales,
          ),
          avatar: prng.chance(0.8) ? uploadValue(prng, name) : null,
        },
        status: 'published',
        versionCount: prng.int(1, 4),
        createdAt: ago(500, 740),
        variableFields: ['bio', 'name'],
      })
    }

    buildPages(builder, plan, channels, ago)

    const categoryIds = builder.recordIdsByModel.get('category') ?? []
    const authorIds = builder.recordIdsByModel.get('author') ?? []
    const tagIds = builder.recordIdsByModel.get('tag') ?? []
    for (let index = 0; index < plan.blogPosts; index++) {
      const topic = prng.pick(TOPICS)
      const pattern = prng.pick(TITLE_PATTERNS)
      const locales = recordLocales(prng, 0.08, 0.04)
      const createdAt = ago(2, 720)
      // Every 50th post has a long history so version lists page.
      const versionCount = index % 50 === 7 ? prng.int(20, 30) : pickVersionCount(prng)
      const titles = localized((locale) => fill(pattern[locale], topic[locale]), locales)
      const bodies = localized((locale) => paragraph(prng, topic, locale, prng.int(4, 9)), locales)
      const readingTime = prng.int(2, 18)
      builder.addRecord({
        model: 'blog_post',
        attributes: {
          title: titles,
          slug: localized((locale) => `${slugify(String(titles[locale]))}-${index + 1}`, locales),
          excerpt: localized((locale) => paragraph(prng, topic, locale, 2), locales),
          body: bodies,
          category: prng.pick(categoryIds),
          author: prng.pick(authorIds),
          tags: prng.sample(tagIds, prng.int(0, 4)),
          cover: prng.chance(0.85) ? uploadValue(prng, topic.en) : null,
          publish_date: isoDate(createdAt + prng.int(0, 20) * DAY_MS),
          featured: prng.chance(0.08),
          reading_time: readingTime,
        },
        status: pickStatus(prng, [0.55, 0.25]),
        versionCount,
        createdAt,
        variableFields: ['title', 'excerpt', 'body', 'body', 'reading_time', 'featured'],
      })
    }

    for (let index = 0; index < plan.products; index++) {
      const noun = prng.pick(PRODUCT_NOUNS)
      const adjective = prng.pick(PRODUCT_ADJECTIVES)
      const topic = prng.pick(TOPICS)
      const locales = recordLocales(prng, 0.05, 0.15)
      const letters = slugify(noun.en).replace(/-/g, '').slice(0, 3).toUpperCase().padEnd(3, 'X')
      builder.addRecord({
        model: 'product',
        attributes: {
          name: localized(
            (locale) => `${adjective[locale]} ${noun[locale].toLowerCase()} — ${topic[locale]}`,
            locales,
          ),
          sku: `${letters}-${String(10000 + index).padStart(5, '0')}`,
          price: Math.round(prng.int(300, 15000)) / 100,
          stock: prng.chance(0.1) ? 0 : prng.int(1, 400),
          description: localized((locale) => paragraph(prng, topic, locale, 3), locales),
          released_on: isoDate(ago(10, 900)),
          available: prng.chance(0.9),
        },
        status: pickStatus(prng, [0.6, 0.2]),
        versionCount: pickVersionCount(prng),
        createdAt: ago(5, 900),
        variableFields: ['price', 'stock', 'description', 'available'],
      })
    }
  }

  return {
    schemaVersion: 1,
    seed: { size, prngSeed, epoch },
    site: {
      id: '149203',
      name: SEED_SITE_NAME,
      internalDomain: 'content-ops-demo.admin.datocms.com',
      locales: [...SEED_LOCALES],
      timezone: 'Europe/Rome',
      createdAt: epoch - 800 * DAY_MS,
    },
    itemTypes: builder.itemTypes,
    fields: builder.fields,
    records: builder.records,
    versions: builder.versions,
    channels,
    jobs: [],
    jobEvents: [],
    counters: { idSeq: builder.idSeq, eventCursor: 4100 },
  }
}

/**
 * The page tree (Home + six sections, three to four levels) and its arrangement in the `web`
 * channel (navigation: no legal pages at the top, help absorbs them) and the `print` channel
 * (a catalogue: magazine and shop only, alphabetical).
 */
function buildPages(
  builder: SeedBuilder,
  plan: SizePlan,
  channels: StoredChannel[],
  ago: (minDays: number, maxDays: number) => number,
): void {
  if (plan.pageFanout[1] === 0) return
  const { prng } = builder
  const [web, print] = channels
  if (!web || !print) return
  let helpPageId: string | undefined
  const place = (channel: StoredChannel, id: string, parentId: string | null, position: number) => {
    channel.parents[id] = parentId
    channel.positions[id] = position
  }
  const addPage = (
    title: Localized,
    slug: string,
    parentId: string | null,
    position: number,
    depth: number,
  ) => {
    const locales = recordLocales(prng, 0.1, 0.03)
    const topic = prng.pick(TOPICS)
    return builder.addRecord({
      model: 'page',
      attributes: {
        title: localized(title, locales),
        slug,
        body: localized((locale) => paragraph(prng, topic, locale, prng.int(2, 6)), locales),
        seo_description: localized(
          (locale) =>
            `${title[locale]}: ${fill(prng.pick(SENTENCES)[locale], topic[locale])}`.slice(0, 160),
          locales,
        ),
        show_in_navigation: depth < 3,
      },
      status: pickStatus(prng, [0.7, 0.15]),
      versionCount: pickVersionCount(prng),
      createdAt: ago(30, 760),
      parentId,
      position,
      variableFields: ['body', 'seo_description', 'title'],
    })
  }

  const home = addPage({ en: 'Home', it: 'Home', nl: 'Home' }, 'home', null, 0, 0)
  place(web, home.id, null, 0)
  let printRoot = 0
  PAGE_SECTIONS.forEach((section, sectionIndex) => {
    const sectionSlug = slugify(section.title.en)
    const sectionPage = addPage(section.title, sectionSlug, null, sectionIndex + 1, 1)
    const isLegal = sectionSlug === 'legal'
    if (sectionSlug === 'help') helpPageId = sectionPage.id
    const inPrint = sectionSlug === 'magazine' || sectionSlug === 'shop'
    if (!isLegal) place(web, sectionPage.id, null, sectionIndex + 1)
    if (inPrint) place(print, sectionPage.id, null, printRoot++)
    const printChildren: { id: string; en: string }[] = []
    section.children.forEach((childTitle, childIndex) => {
      const childSlug = `${sectionSlug}-${slugify(childTitle.en)}`
      const child = addPage(childTitle, childSlug, sectionPage.id, childIndex, 2)
      if (isLegal) {
        // Legal pages hang under Help in the navigation; Help comes before Legal in the tree.
        if (helpPageId) place(web, child.id, helpPageId, 100 + childIndex)
      } else {
        // Events list newest first in the navigation: the reverse of the tree.
        const webPosition =
          sectionSlug === 'events' ? section.children.length - childIndex : childIndex
        place(web, child.id, sectionPage.id, webPosition)
      }
      if (inPrint) printChildren.push({ id: child.id, en: childTitle.en })
      const grandchildren = prng.sample(
        SUBPAGE_TITLES,
        prng.int(plan.pageFanout[0], plan.pageFanout[1]),
      )
      grandchildren.forEach((grandTitle, grandIndex) => {
        const grandSlug = `${childSlug}-${slugify(grandTitle.en)}`
        const grandchild = addPage(
          {
            en: `${childTitle.en}: ${grandTitle.en}`,
            it: `${childTitle.it}: ${grandTitle.it}`,
            nl: `${childTitle.nl}: ${grandTitle.nl}`,
          },
          grandSlug,
          child.id,
          grandIndex,
          3,
        )
        if (!isLegal && sectionSlug === 'magazine') place(web, grandchild.id, child.id, grandIndex)
        if (inPrint && grandIndex < 2) place(print, grandchild.id, child.id, grandIndex)
        // Every third level-3 page has its own sub-pages (a fourth level).
        if (grandIndex % 3 === 0) {
          const deeper = prng.int(1, 3)
          for (let deepIndex = 0; deepIndex < deeper; deepIndex++) {
            const deepTitle =
              SUBPAGE_TITLES[(grandIndex + deepIndex + 3) % SUBPAGE_TITLES.length] ?? grandTitle
            addPage(
              {
                en: `${grandTitle.en} ${deepIndex + 1}`,
                it: `${grandTitle.it} ${deepIndex + 1}`,
                nl: `${grandTitle.nl} ${deepIndex + 1}`,
              },
              `${grandSlug}-${slugify(deepTitle.en)}-${deepIndex + 1}`,
              grandchild.id,
              deepIndex,
              4,
            )
          }
        }
      })
    })
    printChildren
      .sort((a, b) => a.en.localeCompare(b.en))
      .forEach((child, index) => place(print, child.id, sectionPage.id, index))
  })
  // Normalise web positions under Help (legal pages were appended after Help's own children).
  const helpChildren = Object.entries(web.parents).filter(
    ([, parent]) => parent !== null && parent === helpPageId,
  )
  helpChildren
    .sort(([a], [b]) => (web.positions[a] ?? 0) - (web.positions[b] ?? 0))
    .forEach(([id], index) => {
      web.positions[id] = index
    })
}
