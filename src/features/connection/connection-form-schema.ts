import { z } from 'zod/mini'
import { DEFAULT_CMA_BASE_URL } from '@/api/demo-constants'
import type { Connection } from '@/api/connection/connection'

const httpUrl = (label: string) =>
  z.string().check(
    z.refine((value) => {
      try {
        const url = new URL(value)
        return url.protocol === 'https:' || url.protocol === 'http:'
      } catch {
        return false
      }
    }, `${label} must be a full address starting with https://`),
  )

/** The "Connect to DatoCMS" form, as typed; validated into a Connection. */
export const datoFormSchema = z
  .object({
    token: z.string().check(z.trim(), z.minLength(1, 'Paste your API token.')),
    environment: z
      .string()
      .check(
        z.trim(),
        z.regex(/^[a-z0-9-_]*$/i, 'An environment name has only letters, digits, - and _.'),
      ),
    cmaBaseUrl: httpUrl('The CMA base URL'),
    projectApiBaseUrl: z.union([z.literal(''), httpUrl('The Project API base URL')]),
    projectGid: z.string().check(z.trim()),
    rememberToken: z.boolean(),
  })
  .check(
    z.refine((form) => (form.projectApiBaseUrl === '') === (form.projectGid === ''), {
      message: 'Give both the Project API base URL and the project gid, or neither.',
      path: ['projectGid'],
    }),
  )

export type DatoFormValues = z.input<typeof datoFormSchema>
export type DatoFormErrors = Partial<Record<keyof DatoFormValues, string>>

export function initialDatoForm(connection: Connection): DatoFormValues {
  if (connection.kind === 'datocms') {
    const { kind: _kind, ...values } = connection
    return values
  }
  return {
    token: '',
    environment: '',
    cmaBaseUrl: DEFAULT_CMA_BASE_URL,
    projectApiBaseUrl: '',
    projectGid: '',
    rememberToken: false,
  }
}

export function validateDatoForm(
  values: DatoFormValues,
): { ok: true; connection: Connection } | { ok: false; errors: DatoFormErrors } {
  const result = datoFormSchema.safeParse(values)
  if (result.success) return { ok: true, connection: { kind: 'datocms', ...result.data } }
  const errors: DatoFormErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof DatoFormValues | undefined
    if (key && !errors[key]) errors[key] = issue.message
  }
  return { ok: false, errors }
}
