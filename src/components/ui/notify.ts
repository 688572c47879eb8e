import type { ExternalToast } from 'sonner'

type ToastKind = 'success' | 'error' | 'info' | 'message'

let requestToaster: (() => Promise<void>) | undefined
let pendingRequest = false

/** LazyToaster registers how to mount itself; notify() asks for it on first use. */
export function registerToasterLoader(load: () => Promise<void>): void {
  requestToaster = load
  if (pendingRequest) void load()
}

/**
 * Shows a toast. sonner and its Toaster load on the first toast, so they stay out of the
 * first page load; toasts only follow an editor's action or a job, by then it's quick.
 */
export function notify(kind: ToastKind, message: string, options?: ExternalToast): void {
  pendingRequest = true
  void Promise.all([import('sonner'), requestToaster?.()]).then(([{ toast }]) => {
    if (kind === 'message') toast(message, options)
    else toast[kind](message, options)
  })
}
