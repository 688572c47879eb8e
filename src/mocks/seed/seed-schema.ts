/**
 * The seeded content model: five editorial models plus `tag`, with the validators DatoCMS
 * offers (required, unique, length, format, number range), so edits fail validation the way
 * they would on a real project.
 */
import type { FieldType, FieldValidators, FieldValue, JsonValue } from '../store/types'

export type SeedModelKey = 'blog_post' | 'author' | 'category' | 'tag' | 'page' | 'product'

export interface SeedFieldSpec {
  apiKey: string
  label: string
  fieldType: FieldType
  localized?: boolean
  validators?: FieldValidators
  defaultValue?: FieldValue
  hint?: string
  /** Other model this link/links field points to. */
  linksTo?: SeedModelKey
  editor?: string
  editorParameters?: Record<string, JsonValue>
}

export interface SeedModelSpec {
  key: SeedModelKey
  name: string
  draftModeActive: boolean
  sortable: boolean
  tree: boolean
  allLocalesRequired: boolean
  hint: string | null
  titleField: string
  fields: SeedFieldSpec[]
}

const SLUG_FORMAT = { custom_pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }

export const SEED_MODELS: readonly SeedModelSpec[] = [
  {
    key: 'blog_post',
    name: 'Blog post',
    draftModeActive: true,
    sortable: false,
    tree: false,
    allLocalesRequired: false,
    hint: 'Articles of the magazine, in every language we publish.',
    titleField: 'title',
    fields: [
      {
        apiKey: 'title',
        label: 'Title',
        fieldType: 'string',
        localized: true,
        validators: { required: {}, length: { min: 3, max: 120 } },
      },
      {
        apiKey: 'slug',
        label: 'Slug',
        fieldType: 'slug',
        localized: true,
        validators: { required: {}, unique: {}, format: SLUG_FORMAT, length: { max: 140 } },
      },
      {
        apiKey: 'excerpt',
        label: 'Excerpt',
        fieldType: 'text',
        localized: true,
        validators: { length: { max: 300 } },
        editor: 'textarea',
      },
      {
        apiKey: 'body',
        label: 'Body',
        fieldType: 'text',
        localized: true,
        validators: { required: {} },
        editor: 'markdown',
      },
      {
        apiKey: 'category',
        label: 'Category',
        fieldType: 'link',
        linksTo: 'category',
        validators: { required: {} },
      },
      {
        apiKey: 'author',
        label: 'Author',
        fieldType: 'link',
        linksTo: 'author',
        validators: { required: {} },
      },
      { apiKey: 'tags', label: 'Tags', fieldType: 'links', linksTo: 'tag', defaultValue: [] },
      { apiKey: 'cover', label: 'Cover image', fieldType: 'file' },
      {
        apiKey: 'publish_date',
        label: 'Publish date',
        fieldType: 'date',
        validators: { required: {} },
      },
      { apiKey: 'featured', label: 'Featured', fieldType: 'boolean', defaultValue: false },
      {
        apiKey: 'reading_time',
        label: 'Reading time (min)',
        fieldType: 'integer',
        validators: { number_range: { min: 1, max: 60 } },
        hint: 'Minutes, 1–60.',
      },
    ],
  },
  {
    key: 'author',
    name: 'Author',
    draftModeActive: false,
    sortable: false,
    tree: false,
    allLocalesRequired: false,
    hint: null,
    titleField: 'name',
    fields: [
      {
        apiKey: 'name',
        label: 'Name',
        fieldType: 'string',
        validators: { required: {}, length: { min: 2, max: 80 } },
      },
      {
        apiKey: 'slug',
        label: 'Slug',
        fieldType: 'slug',
        validators: { required: {}, unique: {}, format: SLUG_FORMAT },
      },
      {
        apiKey: 'email',
        label: 'Email',
        fieldType: 'string',
        validators: { required: {}, unique: {}, format: { predefined_pattern: 'email' } },
      },
      {
        apiKey: 'bio',
        label: 'Bio',
        fieldType: 'text',
        localized: true,
        validators: { length: { max: 500 } },
      },
      { apiKey: 'avatar', label: 'Avatar', fieldType: 'file' },
    ],
  },
  {
    key: 'category',
    name: 'Category',
    draftModeActive: true,
    sortable: true,
    tree: false,
    allLocalesRequired: true,
    hint: null,
    titleField: 'name',
    fields: [
      {
        apiKey: 'name',
        label: 'Name',
        fieldType: 'string',
        localized: true,
        validators: { required: {}, length: { max: 40 } },
      },
      {
        apiKey: 'slug',
        label: 'Slug',
        fieldType: 'slug',
        validators: { required: {}, unique: {}, format: SLUG_FORMAT },
      },
      { apiKey: 'description', label: 'Description', fieldType: 'text', localized: true },
    ],
  },
  {
    key: 'tag',
    name: 'Tag',
    draftModeActive: false,
    sortable: false,
    tree: false,
    allLocalesRequired: false,
    hint: null,
    titleField: 'name',
    fields: [
      {
        apiKey: 'name',
        label: 'Name',
        fieldType: 'string',
        validators: { required: {}, unique: {}, length: { min: 2, max: 30 } },
      },
    ],
  },
  {
    key: 'page',
    name: 'Page',
    draftModeActive: true,
    sortable: true,
    tree: true,
    allLocalesRequired: false,
    hint: 'Site pages, arranged as a tree; the web and print channels arrange them again.',
    titleField: 'title',
    fields: [
      {
        apiKey: 'title',
        label: 'Title',
        fieldType: 'string',
        localized: true,
        validators: { required: {}, length: { min: 2, max: 80 } },
      },
      {
        apiKey: 'slug',
        label: 'Slug',
        fieldType: 'slug',
        validators: { required: {}, unique: {}, format: SLUG_FORMAT },
      },
      { apiKey: 'body', label: 'Body', fieldType: 'text', localized: true, editor: 'markdown' },
      {
        apiKey: 'seo_description',
        label: 'SEO description',
        fieldType: 'string',
        localized: true,
        validators: { length: { max: 160 } },
      },
      {
        apiKey: 'show_in_navigation',
        label: 'Show in navigation',
        fieldType: 'boolean',
        defaultValue: true,
      },
    ],
  },
  {
    key: 'product',
    name: 'Product',
    draftModeActive: true,
    sortable: false,
    tree: false,
    allLocalesRequired: false,
    hint: 'Shop items. SKUs look like ABC-12345.',
    titleField: 'name',
    fields: [
      {
        apiKey: 'name',
        label: 'Name',
        fieldType: 'string',
        localized: true,
        validators: { required: {}, length: { min: 2, max: 80 } },
      },
      {
        apiKey: 'sku',
        label: 'SKU',
        fieldType: 'string',
        validators: { required: {}, unique: {}, format: { custom_pattern: '^[A-Z]{3}-[0-9]{5}$' } },
      },
      {
        apiKey: 'price',
        label: 'Price (EUR)',
        fieldType: 'float',
        validators: { required: {}, number_range: { min: 0, max: 10000 } },
      },
      {
        apiKey: 'stock',
        label: 'Stock',
        fieldType: 'integer',
        validators: { number_range: { min: 0 } },
        defaultValue: 0,
      },
      { apiKey: 'description', label: 'Description', fieldType: 'text', localized: true },
      { apiKey: 'released_on', label: 'Released on', fieldType: 'date' },
      { apiKey: 'available', label: 'Available', fieldType: 'boolean', defaultValue: true },
    ],
  },
]

/** DatoCMS's default editor for each field type. */
export const DEFAULT_EDITORS: Record<FieldType, string> = {
  string: 'single_line',
  text: 'textarea',
  slug: 'slug',
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  date: 'date_picker',
  date_time: 'date_time_picker',
  link: 'link_select',
  links: 'links_select',
  file: 'file',
  json: 'json',
}
