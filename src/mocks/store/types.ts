/**
 * The content store's data model. Everything here is plain JSON (no Dates, Maps or class
 * instances) so a `StoreSnapshot` can be written to IndexedDB or posted between tabs as is.
 * Timestamps are epoch milliseconds; the dialects format them on the wire.
 */

export type Locale = 'en' | 'it' | 'nl'

export type RecordStatus = 'draft' | 'updated' | 'published'

/** The DatoCMS field types the seed and the handlers know about. */
export type FieldType =
  | 'string'
  | 'text'
  | 'slug'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'date'
  | 'date_time'
  | 'link'
  | 'links'
  | 'file'
  | 'json'

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * The value of one field on a record. Localized fields hold `{ en: …, it: …, nl: … }`
 * (a missing or null locale is a missing translation).
 */
export type FieldValue = JsonValue

/** Attribute values of a record, keyed by field api_key. */
export type RecordAttributes = Record<string, FieldValue>

/** Validators in DatoCMS's wire shape, e.g. `{ required: {}, length: { min: 1, max: 80 } }`. */
export interface FieldValidators {
  required?: Record<string, never>
  unique?: Record<string, never>
  length?: { min?: number; max?: number; eq?: number }
  format?: { predefined_pattern?: 'email' | 'url'; custom_pattern?: string }
  number_range?: { min?: number; max?: number }
  item_item_type?: { item_types: string[] }
  items_item_type?: { item_types: string[] }
  slug_title_field?: { title_field_id: string }
  [key: string]: unknown
}

export interface StoredItemType {
  id: string
  name: string
  apiKey: string
  /** Draft/published mode: new records start as `draft`. */
  draftModeActive: boolean
  sortable: boolean
  tree: boolean
  singleton: boolean
  allLocalesRequired: boolean
  hint: string | null
  /** Field ids in position order. */
  fieldIds: string[]
  titleFieldId: string | null
  /** Short fixed order ids across a store (e.g. 0, 1, 2) so listings are stable. */
  position: number
}

export interface StoredField {
  id: string
  itemTypeId: string
  label: string
  apiKey: string
  fieldType: FieldType
  localized: boolean
  defaultValue: FieldValue
  hint: string | null
  validators: FieldValidators
  appearance: { editor: string; parameters: Record<string, JsonValue>; addons: JsonValue[] }
  position: number
}

export interface StoredRecordMeta {
  createdAt: number
  updatedAt: number
  publishedAt: number | null
  firstPublishedAt: number | null
  status: RecordStatus | null
  currentVersionId: string
  /** The version that is live, or null when the record is not published. */
  publishedVersionId: string | null
  isValid: boolean
}

export interface StoredRecord {
  id: string
  itemTypeId: string
  attributes: RecordAttributes
  /** Tree models only (null at the root and for non-tree models). */
  parentId: string | null
  /** Tree and sortable models: zero-based order among siblings. */
  position: number | null
  creatorId: string
  meta: StoredRecordMeta
}

/**
 * One version of a record. Seeded histories are long, so versions are stored as forward diffs:
 * the oldest version of a record holds its full attributes (`kind: 'full'`), each later one only
 * the keys that changed (`kind: 'patch'`). `ContentStore.getVersionAttributes` replays them.
 */
export interface StoredVersion {
  id: string
  itemId: string
  itemTypeId: string
  /** 1-based order within the record's history (also a tiebreaker for equal timestamps). */
  seq: number
  createdAt: number
  editorId: string
  kind: 'full' | 'patch'
  attributes: RecordAttributes
  isValid: boolean
  publishedFrom: number | null
  publishedUntil: number | null
}

/** A further hierarchy over the records of `page` (the tree itself is the `__all__` channel). */
export interface StoredChannel {
  key: string
  name: string
  /** api_key of the model whose records the channel arranges. */
  modelApiKey: string
  /** record id → parent record id in this channel (null = root). */
  parents: Record<string, string | null>
  /** record id → zero-based position among its siblings in this channel. */
  positions: Record<string, number>
}

export type JobDialect = 'cma' | 'project'

export type JobState = 'queued' | 'processing' | 'done' | 'failed' | 'rejected'

/** What a job's consumer reads back: the CMA's job result (also used by Project API jobs). */
export interface StoredJobResult {
  /** HTTP status of the delayed response (201/200 on success, 4xx/5xx on failure). */
  status: number
  statusText: string
  payload: JsonValue
}

/**
 * A job runs on the clock: `startAt`/`durationMs` fix when it ends, and its outcome is applied
 * the first time anyone looks after that (`settleJobs`), never per poll.
 */
export interface StoredJob {
  id: string
  dialect: JobDialect
  /** e.g. `item.destroy`, `item.duplicate`, `items.bulk_publish`, `bulk_duplicate_records`. */
  kind: string
  /** Token that started it (permission checks already passed). */
  token: string
  /** Whatever the executor needs to apply the job. */
  input: JsonValue
  createdAt: number
  /** When processing starts; later than `createdAt` for queued jobs. */
  startAt: number
  durationMs: number
  /** Decided when the job is created, so a failure is reproducible. */
  willFail: boolean
  state: JobState
  /** Set once the outcome has been applied. */
  finishedAt: number | null
  result: StoredJobResult | null
  /** Results are kept for 24 h of demo time after `finishedAt`. */
  expiresAt: number | null
  /** Free-form per-kind progress data (e.g. total/remaining for the Project API). */
  info: Record<string, JsonValue>
}

/** One entry of the Project API's sync feed (`/sync/get`); cursor increases by one per event. */
export interface StoredJobEvent {
  cursor: number
  jobId: string
  action: 'INSERT' | 'UPDATE' | 'DELETE'
  /** Epoch ms. */
  at: number
  data: Record<string, JsonValue>
}

export interface StoredSite {
  id: string
  name: string
  internalDomain: string
  locales: Locale[]
  timezone: string
  createdAt: number
}

/** Counters that make ids and cursors deterministic across reloads. */
export interface StoreCounters {
  /** Sequence for new entity ids. */
  idSeq: number
  /** Last job-event cursor handed out. */
  eventCursor: number
}

export interface StoreSnapshot {
  /** Bumped when the shape changes, so persisted snapshots can be discarded. */
  schemaVersion: 1
  /** How the seed was generated (for "reset demo data"). */
  seed: { size: SeedSize; prngSeed: number; epoch: number }
  site: StoredSite
  itemTypes: StoredItemType[]
  fields: StoredField[]
  records: StoredRecord[]
  versions: StoredVersion[]
  channels: StoredChannel[]
  jobs: StoredJob[]
  jobEvents: StoredJobEvent[]
  counters: StoreCounters
}

export type SeedSize = 'demo' | 'large' | 'empty'

export type StoreEntityKind =
  | 'site'
  | 'itemTypes'
  | 'fields'
  | 'records'
  | 'versions'
  | 'channels'
  | 'jobs'
  | 'jobEvents'
  | 'all'

/** Fired after every mutation (one per public mutating call). */
export interface StoreChange {
  kind: StoreEntityKind
  /** Ids touched, when known (records, versions, jobs …). */
  ids?: string[]
  /** Human-oriented reason, e.g. `record.update`. */
  reason: string
}

export type StoreListener = (change: StoreChange) => void
