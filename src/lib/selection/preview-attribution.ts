import type { Selection } from '../selection-url'

/**
 * The server unites entries in order, keeping each record where it was first seen, so the
 * union is entry 0's records, then what entry 1 adds, and so on. Knowing the size of the union
 * of each prefix of the selection therefore tells which entry brought in the record at any
 * position, without listing any entry's records. A run of consecutive gid entries counts as
 * one step: inside it, a record's own gid names its entry.
 */
export interface PrefixStep {
  /** First and last entry index of the step. */
  start: number
  end: number
  /** Size of the union of entries 0..end. */
  total: number
}

/** The steps of a selection (their totals still to be counted), in order. */
export function prefixSteps(selection: Selection): Omit<PrefixStep, 'total'>[] {
  const steps: Omit<PrefixStep, 'total'>[] = []
  let start = 0
  selection.forEach((entry, index) => {
    const next = selection[index + 1]
    if (typeof entry !== 'string' || typeof next !== 'string') {
      steps.push({ start, end: index })
      start = index + 1
    }
  })
  return steps
}

/** The entry that brought in the record at `position` of the union, or undefined past the end. */
export function entryAtPosition(
  selection: Selection,
  steps: readonly PrefixStep[],
  position: number,
  gid: string,
): number | undefined {
  const step = steps.find((candidate) => position < candidate.total)
  if (!step || position < 0) return undefined
  if (step.start === step.end) return step.end
  for (let index = step.start; index <= step.end; index++)
    if (selection[index] === gid) return index
  return step.end
}

/** How many records each non-gid entry adds to the union after the entries before it. */
export function addedByEntry(steps: readonly PrefixStep[]): Map<number, number> {
  const added = new Map<number, number>()
  steps.forEach((step, index) => {
    if (step.start === step.end)
      added.set(step.end, step.total - (index === 0 ? 0 : (steps[index - 1]?.total ?? 0)))
  })
  return added
}
