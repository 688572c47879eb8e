// What every browser benchmark shares: Chromium's flags for this machine and a server wait.

/** The flags our machines need (no sandbox as root; no background traffic on a closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Resolves once `url` answers, or rejects after `timeoutMs`. */
export function waitForServer(url, timeoutMs = 30_000) {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const attempt = () =>
      fetch(url).then(
        () => resolve(),
        () =>
          Date.now() - started > timeoutMs
            ? reject(new Error(`${url} did not start`))
            : setTimeout(attempt, 200),
      )
    attempt()
  })
}
