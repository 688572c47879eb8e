/**
 * The records table's view as it lives in the URL:
 * `/records?model=blog_post&q=…&locale=it&status=draft&sort=-title&page=2&per=100&f=…&cols=…&density=compact`.
 * Parsing is forgiving (a hand-edited link never crashes the page); serializing leaves defaults
 * out so links stay short.
 */

export const PAGE_SIZES = [30, 100, 500] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 30

export const RECORD_STATUSES = ['draft', 'updated', 'published'] as const
export type RecordStatus = (typeof RECORD_STATUSES)[number]

export type Density = 'comfortable' | 'compact'

export interface RecordSort {
  /** A field api_key or a meta column (`_updated_at`, `_created_at`, `_status`, …). */
  field: string
  direction: 'asc' | 'desc'
}

export interface FieldFilter {
  field: string
  /** An operator id from `field-filter-operators` (e.g. `matches`, `gte`, `not_exists`). */
  operator: string
  value: string
}

export interface RecordsView {
  model: string | undefined
  q: string
  locale: string | undefined
  status: RecordStatus | undefined
  sort: RecordSort | undefined
  /** Zero-based; the URL shows it one-based. */
  page: number
  perPage: PageSize
  filters: FieldFilter[]
  /** Visible column ids; undefined means the model's default columns. */
  columns: string[] | undefined
  density: Density
}

export const DEFAULT_RECORDS_VIEW: RecordsView = {
  model: undefined,
  q: '',
  locale: undefined,
  status: undefined,
  sort: undefined,
  page: 0,
  perPage: DEFAULT_PAGE_SIZE,
  filters: [],
  columns: undefined,
  density: 'comfortable',
}

function parseSort(raw: string | null): RecordSort | undefined {
  if (!raw) return undefined
  const desc = raw.startsWith('-')
  const field = desc ? raw.slice(1) : raw
  if (!/^[a-z_][a-z0-9_]*$/i.test(field)) return undefined
  return { field, direction: desc ? 'desc' : 'asc' }
}

/** `f=<field>:<operator>:<value>` — the value may itself contain colons. */
function parseFilter(raw: string): FieldFilter | undefined {
  const first = raw.indexOf(':')
  const second = first < 0 ? -1 : raw.indexOf(':', first + 1)
  if (first <= 0 || second < 0) return undefined
  const field = raw.slice(0, first)
  const operator = raw.slice(first + 1, second)
  if (!field || !operator) return undefined
  return { field, operator, value: raw.slice(second + 1) }
}

export function serializeFilter(filter: FieldFilter): string {
  return `${filter.field}:${filter.operator}:${filter.value}`
}

export function parseRecordsView(params: URLSearchParams): RecordsView {
  const per = Number(params.get('per'))
  const page = Number(params.get('page'))
  const status = params.get('status')
  const columns = params.get('cols')
  return {
    model: params.get('model') || undefined,
    q: params.get('q') ?? '',
    locale: params.get('locale') || undefined,
    status: (RECORD_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as RecordStatus)
      : undefined,
    sort: parseSort(params.get('sort')),
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    perPage: (PAGE_SIZES as readonly number[]).includes(per)
      ? (per as PageSize)
      : DEFAULT_PAGE_SIZE,
    filters: params.getAll('f').flatMap((raw) => parseFilter(raw) ?? []),
    columns: columns === null ? undefined : columns.split(',').filter(Boolean),
    density: params.get('density') === 'compact' ? 'compact' : 'comfortable',
  }
}

export function recordsViewToParams(view: RecordsView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.model) params.set('model', view.model)
  if (view.q.trim()) params.set('q', view.q)
  if (view.locale) params.set('locale', view.locale)
  if (view.status) params.set('status', view.status)
  if (view.sort)
    params.set('sort', `${view.sort.direction === 'desc' ? '-' : ''}${view.sort.field}`)
  if (view.page > 0) params.set('page', String(view.page + 1))
  if (view.perPage !== DEFAULT_PAGE_SIZE) params.set('per', String(view.perPage))
  for (const filter of view.filters) params.append('f', serializeFilter(filter))
  if (view.columns) params.set('cols', view.columns.join(','))
  if (view.density !== 'comfortable') params.set('density', view.density)
  return params
}

/**
 * A change to what the table shows. Anything that changes which records match (search,
 * filters, status, locale, page size, model) sends the editor back to the first page.
 */
export function updateRecordsView(view: RecordsView, change: Partial<RecordsView>): RecordsView {
  const next = { ...view, ...change }
  const resetsPage = (
    ['model', 'q', 'locale', 'status', 'filters', 'perPage', 'sort'] as const
  ).some((key) => key in change && change[key] !== view[key])
  if (resetsPage && !('page' in change)) next.page = 0
  if ('model' in change && change.model !== view.model) {
    next.filters = change.filters ?? []
    next.columns = change.columns
    next.sort = change.sort
  }
  return next
}

/** CMA `order_by` for a sort (`title_ASC`). */
export function orderByOf(sort: RecordSort | undefined): string | undefined {
  return sort ? `${sort.field}_${sort.direction === 'desc' ? 'DESC' : 'ASC'}` : undefined
}
