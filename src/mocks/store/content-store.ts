import { realClock, type Clock } from '../clock'
import { entityIdFromSeq, hexIdFromSeq, uuidFromSeq } from './ids'
import type {
  FieldValue,
  JsonValue,
  RecordAttributes,
  StoreChange,
  StoreListener,
  StoreSnapshot,
  StoredChannel,
  StoredField,
  StoredItemType,
  StoredJob,
  StoredJobEvent,
  StoredRecord,
  StoredSite,
  StoredVersion,
} from './types'

export interface ContentStoreOptions {
  clock?: Clock
}

export interface CreateRecordInput {
  itemTypeId: string
  attributes: RecordAttributes
  parentId?: string | null
  /** Tree/sortable models: position among siblings; appended last when omitted. */
  position?: number | null
  creatorId?: string
  /** Explicit id (the CMA lets clients pick one); a fresh one otherwise. */
  id?: string
}

export interface UpdateRecordInput {
  /** Partial: only these keys change. */
  attributes?: RecordAttributes
  parentId?: string | null
  position?: number | null
  editorId?: string
}

/** The editor account the demo's tokens act as. */
export const DEMO_ACCOUNT_ID = '104711'

/** Deep equality on JSON values; enough to build version diffs. */
export function jsonEqual(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return false
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => jsonEqual(value, b[index]))
  }
  const objectA = a as Record<string, JsonValue>
  const objectB = b as Record<string, JsonValue>
  const keysA = Object.keys(objectA)
  if (keysA.length !== Object.keys(objectB).length) return false
  return keysA.every((key) => key in objectB && jsonEqual(objectA[key], objectB[key]))
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/**
 * The one content store both dialects (CMA and Project API) read and write. It owns the
 * records, versions, channels and jobs and the rules that keep them consistent (status
 * transitions, version history, tree positions); it does not validate user input — handlers
 * do that first so a refused request never half-applies.
 *
 * Mutations fire `subscribe` listeners once per public call (or once per `batch`).
 */
export class ContentStore {
  clock: Clock
  private data: StoreSnapshot
  private listeners = new Set<StoreListener>()
  private batchDepth = 0
  private pendingChanges: StoreChange[] = []

  // Indexes rebuilt from `data`; never serialized.
  private itemTypesById = new Map<string, StoredItemType>()
  private fieldsById = new Map<string, StoredField>()
  private recordsById = new Map<string, StoredRecord>()
  private recordIdsByType = new Map<string, Set<string>>()
  private childIdsByParent = new Map<string, Set<string>>()
  private versionsById = new Map<string, StoredVersion>()
  /** Oldest first. */
  private versionIdsByItem = new Map<string, string[]>()
  private jobsById = new Map<string, StoredJob>()

  private constructor(snapshot: StoreSnapshot, options: ContentStoreOptions = {}) {
    this.clock = options.clock ?? realClock
    this.data = snapshot
    this.rebuildIndexes()
  }

  /** Takes ownership of `snapshot` (no copy, so seeding stays fast): don't reuse it. */
  static fromSnapshot(snapshot: StoreSnapshot, options?: ContentStoreOptions): ContentStore {
    if (snapshot.schemaVersion !== 1) {
      throw new Error(`Unsupported store snapshot schemaVersion ${String(snapshot.schemaVersion)}`)
    }
    return new ContentStore(snapshot, options)
  }

  /** A deep, JSON-safe copy of everything, for IndexedDB or another tab. */
  toSnapshot(): StoreSnapshot {
    return cloneJson(this.data)
  }

  /**
   * The live content, uncopied, for writers that copy it themselves (IndexedDB's `put` clones
   * synchronously): half the cost of `toSnapshot`. Don't mutate it or keep it.
   */
  peekSnapshot(): Readonly<StoreSnapshot> {
    return this.data
  }

  /** Swaps the whole content in place (reset to seed, load from IndexedDB, another tab's state). */
  replaceWith(snapshot: StoreSnapshot): void {
    this.data = snapshot
    this.rebuildIndexes()
    this.emit({ kind: 'all', reason: 'store.replace' })
  }

  /** Called after every mutation with what changed. Returns an unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Runs several mutations as one notification (listeners get every change, once, at the end). */
  batch<T>(fn: () => T): T {
    this.batchDepth++
    try {
      return fn()
    } finally {
      this.batchDepth--
      if (this.batchDepth === 0) {
        const changes = this.pendingChanges
        this.pendingChanges = []
        for (const change of changes) this.notify(change)
      }
    }
  }

  private revisionCounter = 0

  /**
   * Increases with every change of content: a cheap cache key for derived data (indexes, sorted
   * lists). Jobs and their events don't count: they change every second while a job runs.
   */
  get revision(): number {
    return this.revisionCounter
  }

  private emit(change: StoreChange): void {
    if (change.kind !== 'jobs' && change.kind !== 'jobEvents') this.revisionCounter++
    if (this.batchDepth > 0) this.pendingChanges.push(change)
    else this.notify(change)
  }

  private notify(change: StoreChange): void {
    for (const listener of this.listeners) listener(change)
  }

  private rebuildIndexes(): void {
    this.itemTypesById = new Map(this.data.itemTypes.map((itemType) => [itemType.id, itemType]))
    this.fieldsById = new Map(this.data.fields.map((field) => [field.id, field]))
    this.recordsById = new Map()
    this.recordIdsByType = new Map()
    this.childIdsByParent = new Map()
    for (const record of this.data.records) this.indexRecord(record)
    this.versionsById = new Map()
    this.versionIdsByItem = new Map()
    for (const version of this.data.versions) this.indexVersion(version)
    for (const ids of this.versionIdsByItem.values()) {
      ids.sort(
        (a, b) => (this.versionsById.get(a)?.seq ?? 0) - (this.versionsById.get(b)?.seq ?? 0),
      )
    }
    this.jobsById = new Map(this.data.jobs.map((job) => [job.id, job]))
  }

  private indexRecord(record: StoredRecord): void {
    this.recordsById.set(record.id, record)
    let ofType = this.recordIdsByType.get(record.itemTypeId)
    if (!ofType) this.recordIdsByType.set(record.itemTypeId, (ofType = new Set()))
    ofType.add(record.id)
    if (record.parentId !== null) this.addChild(record.parentId, record.id)
  }

  private addChild(parentId: string, childId: string): void {
    let children = this.childIdsByParent.get(parentId)
    if (!children) this.childIdsByParent.set(parentId, (children = new Set()))
    children.add(childId)
  }

  private indexVersion(version: StoredVersion): void {
    this.versionsById.set(version.id, version)
    let ids = this.versionIdsByItem.get(version.itemId)
    if (!ids) this.versionIdsByItem.set(version.itemId, (ids = []))
    ids.push(version.id)
  }

  // ---------------------------------------------------------------- ids

  /** A fresh 22-character entity id (records, fields, versions, item types). */
  nextId(): string {
    this.data.counters.idSeq++
    return entityIdFromSeq(this.data.counters.idSeq, this.data.seed.prngSeed)
  }

  /** A fresh 24-hex job id (CMA jobs). */
  nextJobId(): string {
    this.data.counters.idSeq++
    return hexIdFromSeq(this.data.counters.idSeq, this.data.seed.prngSeed)
  }

  /** A fresh uuid (Project API job tokens). */
  nextUuid(): string {
    this.data.counters.idSeq++
    return uuidFromSeq(this.data.counters.idSeq, this.data.seed.prngSeed)
  }

  // ---------------------------------------------------------------- reads

  get site(): StoredSite {
    return this.data.site
  }

  get seedInfo(): StoreSnapshot['seed'] {
    return this.data.seed
  }

  listItemTypes(): StoredItemType[] {
    return [...this.data.itemTypes].sort((a, b) => a.position - b.position)
  }

  /** By id or api_key. */
  getItemType(idOrApiKey: string): StoredItemType | undefined {
    return (
      this.itemTypesById.get(idOrApiKey) ??
      this.data.itemTypes.find((itemType) => itemType.apiKey === idOrApiKey)
    )
  }

  /** Fields of a model in position order. */
  listFields(itemTypeId: string): StoredField[] {
    const itemType = this.itemTypesById.get(itemTypeId)
    if (!itemType) return []
    return itemType.fieldIds
      .map((id) => this.fieldsById.get(id))
      .filter((field): field is StoredField => field !== undefined)
      .sort((a, b) => a.position - b.position)
  }

  /** By id, or `<model_api_key>::<field_api_key>`. */
  getField(idOrKeys: string): StoredField | undefined {
    const byId = this.fieldsById.get(idOrKeys)
    if (byId) return byId
    const [modelKey, fieldKey, ...rest] = idOrKeys.split('::')
    if (!modelKey || !fieldKey || rest.length > 0) return undefined
    const itemType = this.getItemType(modelKey)
    if (!itemType) return undefined
    return this.listFields(itemType.id).find((field) => field.apiKey === fieldKey)
  }

  getRecord(id: string): StoredRecord | undefined {
    return this.recordsById.get(id)
  }

  get recordCount(): number {
    return this.recordsById.size
  }

  /** All records in insertion order. Don't mutate them: use the store's methods. */
  allRecords(): IterableIterator<StoredRecord> {
    return this.recordsById.values()
  }

  /** Records of one model in insertion order. */
  recordsOfType(itemTypeId: string): StoredRecord[] {
    const ids = this.recordIdsByType.get(itemTypeId)
    if (!ids) return []
    const records: StoredRecord[] = []
    for (const id of ids) {
      const record = this.recordsById.get(id)
      if (record) records.push(record)
    }
    return records
  }

  /** Direct children in the model's own tree (`parent_id`), by position. */
  childrenOf(parentId: string): StoredRecord[] {
    const ids = this.childIdsByParent.get(parentId)
    if (!ids) return []
    const children: StoredRecord[] = []
    for (const id of ids) {
      const record = this.recordsById.get(id)
      if (record) children.push(record)
    }
    return children.sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
  }

  hasChildren(recordId: string): boolean {
    return (this.childIdsByParent.get(recordId)?.size ?? 0) > 0
  }

  /** Root records of a tree model, by position. */
  rootsOf(itemTypeId: string): StoredRecord[] {
    return this.recordsOfType(itemTypeId)
      .filter((record) => record.parentId === null)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
  }

  /** Versions of a record, newest first. */
  listVersions(itemId: string): StoredVersion[] {
    const ids = this.versionIdsByItem.get(itemId) ?? []
    const versions: StoredVersion[] = []
    for (let index = ids.length - 1; index >= 0; index--) {
      const version = this.versionsById.get(ids[index] ?? '')
      if (version) versions.push(version)
    }
    return versions
  }

  getVersion(id: string): StoredVersion | undefined {
    return this.versionsById.get(id)
  }

  /** The full attributes of a version, replaying the record's diffs up to it. */
  getVersionAttributes(versionId: string): RecordAttributes | undefined {
    const target = this.versionsById.get(versionId)
    if (!target) return undefined
    const ids = this.versionIdsByItem.get(target.itemId) ?? []
    let attributes: RecordAttributes = {}
    for (const id of ids) {
      const version = this.versionsById.get(id)
      if (!version) continue
      attributes =
        version.kind === 'full'
          ? { ...version.attributes }
          : Object.assign(attributes, version.attributes)
      if (id === versionId) break
    }
    return attributes
  }

  listChannels(): StoredChannel[] {
    return this.data.channels
  }

  getChannel(key: string): StoredChannel | undefined {
    return this.data.channels.find((channel) => channel.key === key)
  }

  /** Direct children of `parentId` (null = roots) in a channel, by channel position. */
  channelChildrenOf(channelKey: string, parentId: string | null): StoredRecord[] {
    const channel = this.getChannel(channelKey)
    if (!channel) return []
    const children: StoredRecord[] = []
    for (const [id, parent] of Object.entries(channel.parents)) {
      if (parent !== parentId) continue
      const record = this.recordsById.get(id)
      if (record) children.push(record)
    }
    return children.sort((a, b) => (channel.positions[a.id] ?? 0) - (channel.positions[b.id] ?? 0))
  }

  getJob(id: string): StoredJob | undefined {
    return this.jobsById.get(id)
  }

  listJobs(): StoredJob[] {
    return this.data.jobs
  }

  /** Events with a cursor greater than `afterCursor`, oldest first. */
  listJobEvents(afterCursor: number, limit = Infinity): StoredJobEvent[] {
    const events: StoredJobEvent[] = []
    for (const event of this.data.jobEvents) {
      if (event.cursor <= afterCursor) continue
      events.push(event)
      if (events.length >= limit) break
    }
    return events
  }

  get eventCursor(): number {
    return this.data.counters.eventCursor
  }

  // ---------------------------------------------------------------- record writes

  private siblingsInTree(record: Pick<StoredRecord, 'itemTypeId' | 'parentId'>): StoredRecord[] {
    return record.parentId === null
      ? this.rootsOf(record.itemTypeId)
      : this.childrenOf(record.parentId)
  }

  private usesPositions(itemType: StoredItemType): boolean {
    return itemType.tree || itemType.sortable
  }

  private pushVersion(
    record: StoredRecord,
    attributes: RecordAttributes,
    editorId: string,
    now: number,
  ): StoredVersion {
    const ids = this.versionIdsByItem.get(record.id) ?? []
    const previousId = ids[ids.length - 1]
    const previous = previousId ? this.getVersionAttributes(previousId) : undefined
    let kind: StoredVersion['kind'] = 'full'
    let stored: RecordAttributes = cloneJson(attributes)
    if (previous) {
      kind = 'patch'
      stored = {}
      for (const key of new Set([...Object.keys(previous), ...Object.keys(attributes)])) {
        if (!jsonEqual(previous[key], attributes[key]))
          stored[key] = cloneJson(attributes[key] ?? null)
      }
    }
    const lastSeq = previousId ? (this.versionsById.get(previousId)?.seq ?? 0) : 0
    const version: StoredVersion = {
      id: this.nextId(),
      itemId: record.id,
      itemTypeId: record.itemTypeId,
      seq: lastSeq + 1,
      createdAt: now,
      editorId,
      kind,
      attributes: stored,
      isValid: record.meta.isValid,
      publishedFrom: null,
      publishedUntil: null,
    }
    this.data.versions.push(version)
    this.indexVersion(version)
    return version
  }

  /** Creates a record with its first version; status follows the model's draft mode. */
  createRecord(input: CreateRecordInput): StoredRecord {
    const itemType = this.itemTypesById.get(input.itemTypeId)
    if (!itemType) throw new Error(`createRecord: unknown item type ${input.itemTypeId}`)
    const now = this.clock.now()
    const parentId = itemType.tree ? (input.parentId ?? null) : null
    let position: number | null = null
    if (this.usesPositions(itemType)) {
      const siblings = itemType.tree
        ? this.siblingsInTree({ itemTypeId: itemType.id, parentId })
        : this.recordsOfType(itemType.id)
      position = this.insertPosition(siblings, input.position ?? null)
    }
    const record: StoredRecord = {
      id: input.id ?? this.nextId(),
      itemTypeId: itemType.id,
      attributes: cloneJson(input.attributes),
      parentId,
      position,
      creatorId: input.creatorId ?? DEMO_ACCOUNT_ID,
      meta: {
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
        firstPublishedAt: null,
        status: 'draft',
        currentVersionId: '',
        publishedVersionId: null,
        isValid: true,
      },
    }
    this.data.records.push(record)
    this.indexRecord(record)
    const version = this.pushVersion(record, record.attributes, record.creatorId, now)
    record.meta.currentVersionId = version.id
    if (!itemType.draftModeActive) this.markPublished(record, now)
    this.emit({ kind: 'records', ids: [record.id], reason: 'record.create' })
    return record
  }

  /** Shifts later siblings to make room; returns the clamped position. */
  private insertPosition(siblings: StoredRecord[], requested: number | null): number {
    const position =
      requested === null ? siblings.length : Math.max(0, Math.min(requested, siblings.length))
    for (const sibling of siblings) {
      if (sibling.position !== null && sibling.position >= position) sibling.position++
    }
    return position
  }

  private compactPositions(siblings: StoredRecord[]): void {
    siblings
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .forEach((sibling, index) => {
        sibling.position = index
      })
  }

  private markPublished(record: StoredRecord, now: number): void {
    const previous = record.meta.publishedVersionId
      ? this.versionsById.get(record.meta.publishedVersionId)
      : undefined
    if (previous && previous.id !== record.meta.currentVersionId) previous.publishedUntil = now
    const current = this.versionsById.get(record.meta.currentVersionId)
    if (current && current.id !== previous?.id) current.publishedFrom = now
    record.meta.publishedVersionId = record.meta.currentVersionId
    record.meta.status = 'published'
    record.meta.publishedAt = now
    record.meta.firstPublishedAt ??= now
  }

  /**
   * Saves a partial change as a new version. Published → updated; draft stays draft; models
   * without draft mode publish every save.
   */
  updateRecord(id: string, input: UpdateRecordInput): StoredRecord {
    const record = this.recordsById.get(id)
    if (!record) throw new Error(`updateRecord: unknown record ${id}`)
    const itemType = this.itemTypesById.get(record.itemTypeId)
    if (!itemType) throw new Error(`updateRecord: record ${id} has no model`)
    const now = this.clock.now()
    if (input.attributes) {
      for (const [key, value] of Object.entries(input.attributes)) {
        record.attributes[key] = cloneJson(value)
      }
    }
    if (itemType.tree && input.parentId !== undefined && input.parentId !== record.parentId) {
      this.moveInTree(record, input.parentId, input.position ?? null)
    } else if (
      this.usesPositions(itemType) &&
      input.position !== undefined &&
      input.position !== null
    ) {
      const siblings = (
        itemType.tree ? this.siblingsInTree(record) : this.recordsOfType(itemType.id)
      ).filter((sibling) => sibling.id !== record.id)
      this.compactPositions(siblings)
      record.position = this.insertPosition(siblings, input.position)
    }
    const version = this.pushVersion(
      record,
      record.attributes,
      input.editorId ?? DEMO_ACCOUNT_ID,
      now,
    )
    record.meta.currentVersionId = version.id
    record.meta.updatedAt = now
    if (!itemType.draftModeActive) this.markPublished(record, now)
    else if (record.meta.status === 'published') record.meta.status = 'updated'
    this.emit({ kind: 'records', ids: [record.id], reason: 'record.update' })
    return record
  }

  private moveInTree(record: StoredRecord, parentId: string | null, position: number | null): void {
    const oldSiblings = this.siblingsInTree(record).filter((sibling) => sibling.id !== record.id)
    if (record.parentId !== null) this.childIdsByParent.get(record.parentId)?.delete(record.id)
    this.compactPositions(oldSiblings)
    record.parentId = parentId
    const newSiblings = this.siblingsInTree(record).filter((sibling) => sibling.id !== record.id)
    record.position = this.insertPosition(newSiblings, position)
    if (parentId !== null) this.addChild(parentId, record.id)
  }

  publishRecord(id: string): StoredRecord {
    const record = this.recordsById.get(id)
    if (!record) throw new Error(`publishRecord: unknown record ${id}`)
    const now = this.clock.now()
    this.markPublished(record, now)
    record.meta.updatedAt = now
    this.emit({ kind: 'records', ids: [id], reason: 'record.publish' })
    return record
  }

  unpublishRecord(id: string): StoredRecord {
    const record = this.recordsById.get(id)
    if (!record) throw new Error(`unpublishRecord: unknown record ${id}`)
    const now = this.clock.now()
    const published = record.meta.publishedVersionId
      ? this.versionsById.get(record.meta.publishedVersionId)
      : undefined
    if (published) published.publishedUntil = now
    record.meta.publishedVersionId = null
    record.meta.publishedAt = null
    record.meta.status = 'draft'
    record.meta.updatedAt = now
    this.emit({ kind: 'records', ids: [id], reason: 'record.unpublish' })
    return record
  }

  /**
   * Deletes a record and its history. Children in the tree move up to the deleted record's
   * parent (so nothing is orphaned); it leaves every channel.
   */
  destroyRecord(id: string): StoredRecord {
    const record = this.recordsById.get(id)
    if (!record) throw new Error(`destroyRecord: unknown record ${id}`)
    const children = this.childrenOf(id)
    for (const child of children) this.moveInTree(child, record.parentId, null)
    this.childIdsByParent.delete(id)
    if (record.parentId !== null) this.childIdsByParent.get(record.parentId)?.delete(id)
    this.recordsById.delete(id)
    this.recordIdsByType.get(record.itemTypeId)?.delete(id)
    this.data.records = this.data.records.filter((candidate) => candidate.id !== id)
    const versionIds = new Set(this.versionIdsByItem.get(id) ?? [])
    this.versionIdsByItem.delete(id)
    for (const versionId of versionIds) this.versionsById.delete(versionId)
    this.data.versions = this.data.versions.filter((version) => !versionIds.has(version.id))
    const itemType = this.itemTypesById.get(record.itemTypeId)
    if (itemType && this.usesPositions(itemType)) {
      this.compactPositions(
        itemType.tree ? this.siblingsInTree(record) : this.recordsOfType(itemType.id),
      )
    }
    for (const channel of this.data.channels) {
      if (!(id in channel.parents)) continue
      for (const [childId, parentId] of Object.entries(channel.parents)) {
        if (parentId === id) channel.parents[childId] = channel.parents[id] ?? null
      }
      // Reflect keeps the maps plain JSON objects (a Map would not serialize).
      Reflect.deleteProperty(channel.parents, id)
      Reflect.deleteProperty(channel.positions, id)
    }
    this.emit({ kind: 'records', ids: [id], reason: 'record.destroy' })
    return record
  }

  /**
   * Copies a record the way DatoCMS does: the title gets ` (duplicate)`, unique string/slug
   * fields get `-duplicate-N`, the copy is a draft with one version, and in a tree (and in every
   * channel) it sits right after the original under the same parent.
   */
  duplicateRecord(id: string): StoredRecord {
    const original = this.recordsById.get(id)
    if (!original) throw new Error(`duplicateRecord: unknown record ${id}`)
    const itemType = this.itemTypesById.get(original.itemTypeId)
    if (!itemType) throw new Error(`duplicateRecord: record ${id} has no model`)
    const attributes = cloneJson(original.attributes)
    for (const field of this.listFields(itemType.id)) {
      const value = attributes[field.apiKey]
      if (field.id === itemType.titleFieldId) {
        attributes[field.apiKey] = mapTextValue(value, (text) => `${text} (duplicate)`)
      } else if (
        (field.fieldType === 'string' || field.fieldType === 'slug') &&
        field.validators.unique !== undefined
      ) {
        attributes[field.apiKey] = mapTextValue(value, (text, locale) =>
          this.freeDuplicateValue(itemType.id, field, text, locale),
        )
      }
    }
    return this.batch(() => {
      const copy = this.createRecord({
        itemTypeId: itemType.id,
        attributes,
        parentId: original.parentId,
        position: original.position === null ? null : original.position + 1,
      })
      copy.meta.isValid = original.meta.isValid
      if (itemType.draftModeActive) copy.meta.status = 'draft'
      for (const channel of this.data.channels) {
        if (!(id in channel.parents)) continue
        const parentId = channel.parents[id] ?? null
        const originalPosition = channel.positions[id] ?? 0
        for (const [siblingId, siblingParent] of Object.entries(channel.parents)) {
          const siblingPosition = channel.positions[siblingId] ?? 0
          if (siblingParent === parentId && siblingPosition > originalPosition) {
            channel.positions[siblingId] = siblingPosition + 1
          }
        }
        channel.parents[copy.id] = parentId
        channel.positions[copy.id] = originalPosition + 1
      }
      this.emit({ kind: 'channels', ids: [copy.id], reason: 'record.duplicate' })
      return copy
    })
  }

  /** `value-duplicate-N` with the smallest N no other record of the model uses. */
  private freeDuplicateValue(
    itemTypeId: string,
    field: StoredField,
    text: string,
    locale: string | null,
  ): string {
    const taken = new Set<string>()
    for (const record of this.recordsOfType(itemTypeId)) {
      const value = record.attributes[field.apiKey]
      const candidate =
        locale === null
          ? value
          : value && typeof value === 'object' && !Array.isArray(value)
            ? value[locale]
            : null
      if (typeof candidate === 'string') taken.add(candidate)
    }
    for (let n = 1; ; n++) {
      const candidate = `${text}-duplicate-${n}`
      if (!taken.has(candidate)) return candidate
    }
  }

  /**
   * Restores an old version: its attributes become the record's, as a new current version.
   * Returns both (the CMA answers `[item, item_version]`).
   */
  restoreVersion(versionId: string): { record: StoredRecord; version: StoredVersion } {
    const source = this.versionsById.get(versionId)
    if (!source) throw new Error(`restoreVersion: unknown version ${versionId}`)
    const attributes = this.getVersionAttributes(versionId) ?? {}
    const record = this.recordsById.get(source.itemId)
    if (!record) throw new Error(`restoreVersion: version ${versionId} has no record`)
    // Fields added after that version keep their current value rather than disappearing.
    const merged: RecordAttributes = { ...record.attributes, ...attributes }
    const updated = this.updateRecord(record.id, { attributes: merged })
    const version = this.versionsById.get(updated.meta.currentVersionId)
    if (!version) throw new Error('restoreVersion: no version created')
    return { record: updated, version }
  }

  /** Directly sets meta fields (seed, executors); bypasses status rules on purpose. */
  patchRecordMeta(id: string, meta: Partial<StoredRecord['meta']>): StoredRecord {
    const record = this.recordsById.get(id)
    if (!record) throw new Error(`patchRecordMeta: unknown record ${id}`)
    Object.assign(record.meta, meta)
    this.emit({ kind: 'records', ids: [id], reason: 'record.meta' })
    return record
  }

  // ---------------------------------------------------------------- fields

  /**
   * Copies a field: label ` (copy #N)`, api_key `_copyN` with the smallest free N, appended last;
   * every existing record of the model gets the field's default value.
   */
  duplicateField(fieldId: string): StoredField {
    const original = this.fieldsById.get(fieldId)
    if (!original) throw new Error(`duplicateField: unknown field ${fieldId}`)
    const itemType = this.itemTypesById.get(original.itemTypeId)
    if (!itemType) throw new Error(`duplicateField: field ${fieldId} has no model`)
    const siblings = this.listFields(itemType.id)
    const apiKeys = new Set(siblings.map((field) => field.apiKey))
    const labels = new Set(siblings.map((field) => field.label))
    let n = 1
    while (
      apiKeys.has(`${original.apiKey}_copy${n}`) ||
      labels.has(`${original.label} (copy #${n})`)
    )
      n++
    const copy: StoredField = {
      ...cloneJson(original),
      id: this.nextId(),
      label: `${original.label} (copy #${n})`,
      apiKey: `${original.apiKey}_copy${n}`,
      position: siblings.reduce((max, field) => Math.max(max, field.position), -1) + 1,
    }
    this.data.fields.push(copy)
    this.fieldsById.set(copy.id, copy)
    itemType.fieldIds.push(copy.id)
    for (const record of this.recordsOfType(itemType.id)) {
      record.attributes[copy.apiKey] = cloneJson(copy.defaultValue)
    }
    this.emit({ kind: 'fields', ids: [copy.id], reason: 'field.duplicate' })
    return copy
  }

  // ---------------------------------------------------------------- jobs

  insertJob(job: StoredJob): StoredJob {
    this.data.jobs.push(job)
    this.jobsById.set(job.id, job)
    this.emit({ kind: 'jobs', ids: [job.id], reason: 'job.create' })
    return job
  }

  updateJob(id: string, patch: Partial<Omit<StoredJob, 'id'>>): StoredJob {
    const job = this.jobsById.get(id)
    if (!job) throw new Error(`updateJob: unknown job ${id}`)
    Object.assign(job, patch)
    this.emit({ kind: 'jobs', ids: [id], reason: 'job.update' })
    return job
  }

  /** Drops jobs (e.g. results older than 24 h). */
  removeJobs(ids: string[]): void {
    if (ids.length === 0) return
    const gone = new Set(ids)
    this.data.jobs = this.data.jobs.filter((job) => !gone.has(job.id))
    for (const id of ids) this.jobsById.delete(id)
    this.emit({ kind: 'jobs', ids, reason: 'job.remove' })
  }

  /** Appends a Project API sync event with the next cursor. */
  appendJobEvent(event: Omit<StoredJobEvent, 'cursor'>): StoredJobEvent {
    this.data.counters.eventCursor++
    const stored: StoredJobEvent = { ...event, cursor: this.data.counters.eventCursor }
    this.data.jobEvents.push(stored)
    this.emit({ kind: 'jobEvents', ids: [String(stored.cursor)], reason: 'job.event' })
    return stored
  }
}

/** Applies `fn` to a plain string or to each locale of a localized string value. */
export function mapTextValue(
  value: FieldValue | undefined,
  fn: (text: string, locale: string | null) => string,
): FieldValue {
  if (typeof value === 'string') return value === '' ? value : fn(value, null)
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, JsonValue> = {}
    for (const [locale, text] of Object.entries(value)) {
      out[locale] = typeof text === 'string' && text !== '' ? fn(text, locale) : text
    }
    return out
  }
  return value ?? null
}
