import { useEffect } from 'react'
import { useNavigate } from 'react-router'

const GO_TO: Record<string, string> = { r: '/records', f: '/fields', s: '/selections', j: '/jobs' }
const CHORD_TIMEOUT_MS = 1000

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/**
 * `g r`, `g f`, `g s`, `g j` go to Records, Fields, Selections, Jobs; `/` focuses search;
 * `?` calls `onHelp`.
 */
export function useGlobalShortcuts(onHelp: () => void): void {
  const navigate = useNavigate()
  useEffect(() => {
    let pendingG = 0
    function handleKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        isTyping(event.target)
      ) {
        return
      }
      if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]')
        if (search) {
          event.preventDefault()
          search.focus()
        }
        return
      }
      if (event.key === '?') {
        event.preventDefault()
        onHelp()
        return
      }
      if (event.key === 'g') {
        pendingG = event.timeStamp
        return
      }
      const target = GO_TO[event.key]
      if (target && pendingG && event.timeStamp - pendingG < CHORD_TIMEOUT_MS) {
        event.preventDefault()
        void navigate(target)
      }
      pendingG = 0
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [navigate, onHelp])
}
