import type { Field } from '@/api/model-queries'

/** DatoCMS field types in the words of its own field picker. */
export const FIELD_TYPE_LABELS: Record<string, string> = {
  string: 'Single-line string',
  text: 'Multiple-paragraph text',
  slug: 'Slug',
  integer: 'Integer number',
  float: 'Floating-point number',
  boolean: 'Boolean',
  date: 'Date',
  date_time: 'Date and time',
  link: 'Single link',
  links: 'Multiple links',
  file: 'Single asset',
  gallery: 'Asset gallery',
  json: 'JSON',
  color: 'Color',
  lat_lon: 'Geolocation',
  seo: 'SEO and social',
  video: 'External video',
  structured_text: 'Structured text',
  rich_text: 'Modular content',
  single_block: 'Single block',
}

export function fieldTypeLabel(fieldType: string): string {
  return FIELD_TYPE_LABELS[fieldType] ?? fieldType.replaceAll('_', ' ')
}

/** `single_line` → "Single line". */
export function humanize(key: string): string {
  const words = key.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A default value or appearance parameter as an editor reads it. */
export function formatFieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'None'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value))
    return value.length === 0 ? 'None' : value.map(formatFieldValue).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** The field's appearance (the CMA spells it both ways across versions). */
export function appearanceOf(field: Field): {
  editor: string
  parameters: Record<string, unknown>
  addons: unknown[]
} {
  const attributes = field.attributes as Field['attributes'] & {
    appeareance?: { editor?: string; parameters?: Record<string, unknown> }
  }
  const appearance = attributes.appearance ?? attributes.appeareance
  return {
    editor: appearance?.editor ?? '',
    parameters: (appearance?.parameters ?? {}) as Record<string, unknown>,
    addons: ((appearance as { addons?: unknown[] } | undefined)?.addons ?? []) as unknown[],
  }
}
