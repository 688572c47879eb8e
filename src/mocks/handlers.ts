import type { HttpHandler } from 'msw'
import { DEFAULT_CMA_BASE_URL, DEFAULT_PROJECT_API_BASE_URL } from '../api/demo-constants'
import { createCmaFallbackHandlers, createCmaHandlers } from './cma/create-cma-handlers'
import type { MockContext } from './context'
import { createProjectHandlers } from './project/project-handlers'

export interface CreateHandlersOptions {
  /** Where the CMA answers; the real DatoCMS URL by default. */
  cmaBaseUrl?: string
  /** Where the Project API answers; the real Unicat URL by default. */
  projectBaseUrl?: string
}

/**
 * Every handler of both dialects over one context: the browser worker, `msw/node` and the
 * standalone server all mount this list. The CMA's catch-all 404 comes last so that, on a
 * shared origin, Project API routes still match.
 */
export function createHandlers(
  context: MockContext,
  options: CreateHandlersOptions = {},
): HttpHandler[] {
  const cmaBaseUrl = options.cmaBaseUrl ?? DEFAULT_CMA_BASE_URL
  const projectBaseUrl = options.projectBaseUrl ?? DEFAULT_PROJECT_API_BASE_URL
  return [
    ...createCmaHandlers({ context, baseUrl: cmaBaseUrl }),
    ...createProjectHandlers({
      store: context.store,
      // Getter, so `setClock` (tests) reaches the Project API too.
      get clock() {
        return context.clock
      },
      baseUrl: projectBaseUrl,
      faults: () => context.getFaults(),
      random: () => context.random(),
      jobs: context.jobs,
      afterMutation: () => context.afterMutation(),
    }),
    ...createCmaFallbackHandlers({ context, baseUrl: cmaBaseUrl }),
  ]
}
