import { CmaError, invalidField } from './cma-http'

export type ParamTree = { [key: string]: ParamTree | string | string[] }

/**
 * Turns `filter[fields][title][matches][pattern]=x&filter[ids][]=a` into nested objects, the
 * way Rails (the real API) reads them. `key[]` repeated becomes an array.
 */
export function parseBracketParams(search: URLSearchParams): ParamTree {
  const root: ParamTree = {}
  for (const [rawKey, value] of search) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey)
    if (!match?.[1]) continue
    const path = [
      match[1],
      ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? ''),
    ]
    let node: ParamTree = root
    for (let index = 0; index < path.length; index++) {
      const key = path[index] ?? ''
      const isLast = index === path.length - 1
      const nextIsArray = path[index + 1] === ''
      if (key === '') break
      if (isLast) {
        node[key] = value
      } else if (nextIsArray && index + 1 === path.length - 1) {
        const existing = node[key]
        node[key] = Array.isArray(existing) ? [...existing, value] : [value]
        break
      } else {
        const existing = node[key]
        if (typeof existing !== 'object' || Array.isArray(existing)) node[key] = {}
        node = node[key] as ParamTree
      }
    }
  }
  return root
}

/** `a,b` or `[a, b]` as a list of non-empty strings. */
export function listParam(value: ParamTree | string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string')
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
  if (Array.isArray(value))
    return value
      .flatMap((entry) => entry.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean)
  return undefined
}

export function stringParam(
  value: ParamTree | string | string[] | undefined,
  name: string,
): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') return value
  throw new CmaError(
    422,
    invalidField(name, 'INVALID_FORMAT', { message: `${name} must be a single value` }),
  )
}

/** `page[offset]`/`page[limit]`: integers, limit in 1…max. */
export function pageParams(
  tree: ParamTree,
  defaultLimit: number,
  maxLimit: number,
): { offset: number; limit: number } {
  const page = tree.page
  const pageTree = typeof page === 'object' && !Array.isArray(page) ? page : {}
  const read = (name: 'offset' | 'limit', fallback: number, min: number, max: number): number => {
    const raw = pageTree[name]
    if (raw === undefined) return fallback
    const text = typeof raw === 'string' ? raw : ''
    const value = Number(text)
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      throw new CmaError(
        422,
        invalidField(`page[${name}]`, 'VALIDATION_NUMBER_RANGE', {
          message: `page[${name}] must be an integer between ${min} and ${max}`,
          min,
          max,
          value: text,
        }),
      )
    }
    return value
  }
  return {
    offset: read('offset', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: read('limit', defaultLimit, 1, maxLimit),
  }
}
