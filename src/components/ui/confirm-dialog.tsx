import { lazy, Suspense, useState } from 'react'
import type { ConfirmDialogProps } from './confirm-dialog-content'

export type { ConfirmDialogProps } from './confirm-dialog-content'

// Radix's dialog machinery (focus trap, scroll lock) loads with the first confirmation, not
// with the page: most visits never confirm anything.
const ConfirmDialogContent = lazy(() =>
  import('./confirm-dialog-content').then((m) => ({ default: m.ConfirmDialogContent })),
)

/** A roomy confirmation that names what it will do; Esc and Cancel back out. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Stays mounted after the first opening so closing can hand focus back to the trigger.
  const [hasOpened, setHasOpened] = useState(props.open)
  if (props.open && !hasOpened) setHasOpened(true)
  if (!hasOpened) return null
  return (
    <Suspense fallback={null}>
      <ConfirmDialogContent {...props} />
    </Suspense>
  )
}
