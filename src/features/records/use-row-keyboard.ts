import { useEffect, useRef } from 'react'

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** `j`/`k` move between rows and `x` selects the current one, unless the editor is typing. */
export function useRowKeyboard(handlers: {
  onMove: (delta: 1 | -1) => void
  onToggle: () => void
}): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        isTyping(event.target) ||
        document.querySelector('[role="alertdialog"], [role="dialog"]')
      )
        return
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault()
        ref.current.onMove(event.key === 'j' ? 1 : -1)
      } else if (event.key === 'x') {
        event.preventDefault()
        ref.current.onToggle()
      }
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [])
}
