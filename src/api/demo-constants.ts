/** Credentials and endpoints of the demo (the mock API), shared by the app and the mock. */
export const DEMO_EDITOR_TOKEN = 'demo-editor-token'
export const DEMO_VIEWER_TOKEN = 'demo-viewer-token'
export const DEMO_PROJECT_GID = '0b6c2f0e-5d1a-4c1e-9f3a-7d2b8e4a1c90'
export const DEMO_ENVIRONMENT = 'main'

/** The real services' base URLs; the mock intercepts exactly these. */
export const DEFAULT_CMA_BASE_URL = 'https://site-api.datocms.com'
export const DEFAULT_PROJECT_API_BASE_URL = 'https://unicat.app'
