/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (leaving no listener). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const handleAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', handleAbort)
        resolve()
      },
      Math.max(0, ms),
    )
    signal?.addEventListener('abort', handleAbort, { once: true })
  })
}
