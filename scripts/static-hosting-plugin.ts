import type { Plugin } from 'vite'

/**
 * Origins the app may call. The CMA and Project API defaults, any DatoCMS host, and loopback
 * (for `npm run mock:serve`). Hosts that use another base URL add it with CSP_CONNECT_SRC.
 */
export const DEFAULT_CONNECT_SOURCES = [
  "'self'",
  'https://site-api.datocms.com',
  'https://*.datocms.com',
  'https://unicat.app',
  'http://127.0.0.1:*',
  'http://localhost:*',
]

export function contentSecurityPolicy(extraConnectSources: string[] = []): string {
  return [
    "default-src 'self'",
    // No inline or eval'd script anywhere: the theme and the mock start from bundled modules.
    "script-src 'self'",
    // Radix (scroll lock) and sonner inject small <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src ${[...DEFAULT_CONNECT_SOURCES, ...extraConnectSources].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * Production only: adds the Content-Security-Policy meta tag (dev needs inline scripts for
 * hot reload), and ships 404.html = index.html so static hosts that serve 404.html for
 * unknown paths (GitHub Pages and others) keep deep links working after a reload.
 */
export function staticHostingPlugin(): Plugin {
  const extra = (process.env.CSP_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean)
  return {
    name: 'content-ops:static-hosting',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(extra) },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index && index.type === 'asset') {
        this.emitFile({ type: 'asset', fileName: '404.html', source: index.source })
      }
    },
  }
}
