import { isSelectionEntry, type Selection } from '../selection-url'

/** Named selections kept in this browser, per connection. */
export interface SavedSelection {
  name: string
  selection: Selection
  savedAt: string
}

const KEY = 'coc.saved-selections.v1'

function keyOf(scope: string): string {
  return `${KEY}:${scope}`
}

function isSaved(value: unknown): value is SavedSelection {
  if (typeof value !== 'object' || value === null) return false
  const saved = value as Record<string, unknown>
  return (
    typeof saved.name === 'string' &&
    typeof saved.savedAt === 'string' &&
    Array.isArray(saved.selection) &&
    saved.selection.every(isSelectionEntry)
  )
}

export function loadSavedSelections(
  scope: string,
  storage: Storage = localStorage,
): SavedSelection[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(scope)) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isSaved) : []
  } catch {
    return []
  }
}

/** Saves under a name; the same name (ignoring case) replaces the earlier one. Newest first. */
export function saveSelection(
  scope: string,
  name: string,
  selection: Selection,
  storage: Storage = localStorage,
  now: Date = new Date(),
): SavedSelection[] {
  const trimmed = name.trim()
  const others = loadSavedSelections(scope, storage).filter(
    (saved) => saved.name.toLowerCase() !== trimmed.toLowerCase(),
  )
  const next = [{ name: trimmed, selection, savedAt: now.toISOString() }, ...others]
  storage.setItem(keyOf(scope), JSON.stringify(next))
  return next
}

export function deleteSavedSelection(
  scope: string,
  name: string,
  storage: Storage = localStorage,
): SavedSelection[] {
  const next = loadSavedSelections(scope, storage).filter((saved) => saved.name !== name)
  storage.setItem(keyOf(scope), JSON.stringify(next))
  return next
}
