import type { ContentStore } from '../../store'
import { resolveSelection } from './resolve-selection'
import { tokenize } from './text'

export interface SelectionBenchmark {
  name: string
  ms: number
  goalMs?: number
  detail: string
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now()
  const value = run()
  return { ms: performance.now() - started, value }
}

/**
 * The three-entry selection an editor builds in the console — one record, a page's children in
 * the `web` channel by title, a search with terms and a filter — resolved over `store`. The
 * first resolution also builds the search language's word index (reported, no goal); the goal
 * (50 ms) is for the warm path every later preview and job takes.
 */
export function runSelectionBenchmarks(store: ContentStore, nowMs: number): SelectionBenchmark[] {
  const pageModel = store.getItemType('page')
  const postModel = store.getItemType('blog_post')
  const web = store.getChannel('web')
  if (!pageModel || !postModel || !web) return []
  // The web page with the most children, and a real word from a Dutch post title.
  const childCounts = new Map<string, number>()
  for (const parent of Object.values(web.parents)) {
    if (parent !== null) childCounts.set(parent, (childCounts.get(parent) ?? 0) + 1)
  }
  const [parentId = ''] = [...childCounts].sort((a, b) => b[1] - a[1])[0] ?? []
  const title = store.recordsOfType(postModel.id)[0]?.attributes.title
  const nlTitle = title && typeof title === 'object' && !Array.isArray(title) ? title.nl : null
  const word =
    tokenize(typeof nlTitle === 'string' ? nlTitle : '').sort((a, b) => b.length - a.length)[0] ??
    'cms'
  const selection = [
    parentId,
    { children: parentId, channel: 'web', ordering: 'title' },
    {
      search: {
        language: 'nl',
        q: `+${word} -xyzzy`,
        filter: [
          'and',
          '',
          [
            ['classes', 'has', 'blog_post'],
            ['status', 'is_not', 'draft'],
            ['updated_on', '<', [1, 'days']],
          ],
        ],
      },
    },
  ]
  const cold = time(() => resolveSelection(store, selection, { nowMs }))
  const warm = time(() => resolveSelection(store, selection, { nowMs }))
  const detail = `${warm.value.length} records of ${store.recordCount}`
  return [
    { name: 'three-entry selection, first (builds the nl word index)', ms: cold.ms, detail },
    { name: 'three-entry selection', ms: warm.ms, goalMs: 50, detail },
  ]
}
