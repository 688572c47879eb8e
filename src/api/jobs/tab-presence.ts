const STORAGE_KEY = 'coc.tabs.v1'
const HEARTBEAT_MS = 10_000
/** A tab not heard from for this long is gone. */
export const TAB_GONE_AFTER_MS = 25_000

function read(storage: Storage): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
  } catch {
    return {}
  }
}

/** Announces this tab every few seconds, so others can tell whether a job's origin tab is open. */
export function startTabHeartbeat(tabId: string, storage: Storage = localStorage): () => void {
  const beat = () => {
    const now = Date.now()
    const tabs = Object.fromEntries(
      Object.entries(read(storage)).filter(([, seen]) => now - seen < TAB_GONE_AFTER_MS),
    )
    tabs[tabId] = now
    storage.setItem(STORAGE_KEY, JSON.stringify(tabs))
  }
  beat()
  const timer = setInterval(beat, HEARTBEAT_MS)
  return () => clearInterval(timer)
}

export function isTabAlive(
  tabId: string,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  if (!storage) return false
  const seen = read(storage)[tabId]
  return seen !== undefined && Date.now() - seen < TAB_GONE_AFTER_MS
}
