/**
 * Cheap comparisons of record versions (no text diffing): which fields differ. Used by the
 * history list, which must stay light; the word-level diff lives in `version-diff.ts`.
 */

/** Structural equality of JSON-like values (key order does not matter). */
export function isDeepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object')
    return isBlank(left) && isBlank(right)
  if (Array.isArray(left) !== Array.isArray(right)) return false
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.length === right.length && left.every((item, index) => isDeepEqual(item, right[index]))
    )
  }
  const leftRecord = left as Record<string, unknown>
  const rightRecord = right as Record<string, unknown>
  const keys = new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)])
  for (const key of keys) {
    if (!isDeepEqual(leftRecord[key], rightRecord[key])) return false
  }
  return true
}

// A missing value and an explicit null mean the same to an editor (the CMA sends both).
function isBlank(value: unknown): boolean {
  return value === null || value === undefined
}

/** The api_keys (in the given order) whose values differ between two attribute sets. */
export function changedFieldKeys(
  apiKeys: readonly string[],
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): string[] {
  if (!before) return []
  return apiKeys.filter((key) => !isDeepEqual(before[key], after[key]))
}
