import type { ExternalToast } from 'sonner'

type ToastKind = 'success' | 'error' | 'info' | 'message'

/**
 * Shows a toast. sonner loads on first use (and the Toaster after the first paint), so it
 * stays out of the first page load; toasts only follow an editor's action, by then it's there.
 */
export function notify(kind: ToastKind, message: string, options?: ExternalToast): void {
  void import('sonner').then(({ toast }) => {
    if (kind === 'message') toast(message, options)
    else toast[kind](message, options)
  })
}
