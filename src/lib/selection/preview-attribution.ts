/**
 * The server unites entries in order, keeping each record where it was first seen, so the
 * union is entry 0's records, then what entry 1 adds, and so on. Knowing the size of the union
 * of each prefix of the selection therefore tells which entry brought in the record at any
 * position, without listing any entry's records.
 */

/** Union sizes of selection[0..k] for each k (non-decreasing), and each entry's own size. */
export interface EntryCounts {
  prefixTotals: readonly number[]
  ownTotals: readonly number[]
}

/** How many records each entry adds to the union (after the entries before it). */
export function addedByEntry(prefixTotals: readonly number[]): number[] {
  return prefixTotals.map(
    (total, index) => total - (index === 0 ? 0 : (prefixTotals[index - 1] ?? 0)),
  )
}

/** The entry that brought in the record at `position` of the union, or undefined past the end. */
export function entryAtPosition(
  prefixTotals: readonly number[],
  position: number,
): number | undefined {
  let low = 0
  let high = prefixTotals.length - 1
  if (high < 0 || position >= (prefixTotals[high] ?? 0) || position < 0) return undefined
  while (low < high) {
    const middle = (low + high) >> 1
    if (position < (prefixTotals[middle] ?? 0)) high = middle
    else low = middle + 1
  }
  return low
}
