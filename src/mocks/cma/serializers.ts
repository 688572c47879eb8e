/**
 * Store entities → the CMA's wire entities (`RawApiTypes` of `@datocms/cma-client`), so the
 * official client deserializes them exactly as it would real ones.
 */
import type { RawApiTypes } from '@datocms/cma-client'
import type { ContentStore } from '../store/content-store'
import type {
  JsonValue,
  RecordAttributes,
  StoredField,
  StoredItemType,
  StoredJob,
  StoredRecord,
  StoredVersion,
} from '../store/types'

export function iso(ms: number): string
export function iso(ms: number | null): string | null
export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString()
}

export function serializeItemType(
  store: ContentStore,
  itemType: StoredItemType,
): RawApiTypes.ItemType {
  const fieldData = store
    .listFields(itemType.id)
    .map((field) => ({ type: 'field' as const, id: field.id }))
  const titleField = itemType.titleFieldId
    ? { type: 'field' as const, id: itemType.titleFieldId }
    : null
  return {
    type: 'item_type',
    id: itemType.id,
    attributes: {
      name: itemType.name,
      api_key: itemType.apiKey,
      collection_appeareance: 'table',
      collection_appearance: 'table',
      singleton: itemType.singleton,
      all_locales_required: itemType.allLocalesRequired,
      sortable: itemType.sortable,
      modular_block: false,
      draft_mode_active: itemType.draftModeActive,
      draft_saving_active: false,
      tree: itemType.tree,
      ordering_direction: null,
      ordering_meta: null,
      has_singleton_item: false,
      hint: itemType.hint,
      inverse_relationships_enabled: false,
    },
    relationships: {
      singleton_item: { data: null },
      fields: { data: fieldData },
      fieldsets: { data: [] },
      presentation_title_field: { data: titleField },
      presentation_image_field: { data: null },
      title_field: { data: titleField },
      image_preview_field: { data: null },
      excerpt_field: { data: null },
      ordering_field: { data: null },
      workflow: { data: null },
    },
    meta: { has_singleton_item: false },
  }
}

export function serializeField(field: StoredField): RawApiTypes.Field {
  const appearance = {
    editor: field.appearance.editor,
    parameters: { ...field.appearance.parameters },
    addons: [],
  }
  return {
    type: 'field',
    id: field.id,
    attributes: {
      label: field.label,
      field_type: field.fieldType,
      api_key: field.apiKey,
      localized: field.localized,
      validators: field.validators,
      appearance,
      appeareance: { editor: appearance.editor, parameters: appearance.parameters },
      position: field.position,
      hint: field.hint,
      default_value: field.defaultValue as RawApiTypes.FieldAttributes['default_value'],
      deep_filtering_enabled: false,
      content_link_enabled: true,
    } as RawApiTypes.Field['attributes'],
    relationships: {
      item_type: { data: { type: 'item_type', id: field.itemTypeId } },
      fieldset: { data: null },
    },
  }
}

/** Attributes in field order with every field present (null when unset), plus tree keys. */
export function wireAttributes(
  store: ContentStore,
  record: Pick<StoredRecord, 'itemTypeId' | 'parentId' | 'position'>,
  attributes: RecordAttributes,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {}
  for (const field of store.listFields(record.itemTypeId)) {
    out[field.apiKey] = attributes[field.apiKey] ?? null
  }
  const itemType = store.getItemType(record.itemTypeId)
  if (itemType?.tree) out.parent_id = record.parentId
  if (itemType?.tree || itemType?.sortable) out.position = record.position
  return out
}

export function serializeItem(
  store: ContentStore,
  record: StoredRecord,
  attributes: RecordAttributes = record.attributes,
): RawApiTypes.Item {
  const itemType = store.getItemType(record.itemTypeId)
  const isPublished = record.meta.publishedVersionId !== null
  return {
    type: 'item',
    id: record.id,
    attributes: wireAttributes(store, record, attributes),
    relationships: {
      item_type: { data: { type: 'item_type', id: record.itemTypeId } },
      creator: { data: { type: 'account', id: record.creatorId } },
    },
    meta: {
      created_at: iso(record.meta.createdAt),
      updated_at: iso(record.meta.updatedAt),
      published_at: iso(record.meta.publishedAt),
      first_published_at: iso(record.meta.firstPublishedAt),
      publication_scheduled_at: null,
      unpublishing_scheduled_at: null,
      status: record.meta.status,
      is_valid: record.meta.isValid,
      is_current_version_valid: record.meta.isValid,
      is_published_version_valid: isPublished ? true : null,
      current_version: record.meta.currentVersionId,
      stage: null,
      has_children: itemType?.tree ? store.hasChildren(record.id) : null,
    },
  } as RawApiTypes.Item
}

export function serializeItemVersion(
  store: ContentStore,
  version: StoredVersion,
): RawApiTypes.ItemVersion {
  const record = store.getRecord(version.itemId)
  const attributes = store.getVersionAttributes(version.id) ?? {}
  return {
    type: 'item_version',
    id: version.id,
    attributes: record
      ? wireAttributes(store, { ...record, itemTypeId: version.itemTypeId }, attributes)
      : attributes,
    relationships: {
      item_type: { data: { type: 'item_type', id: version.itemTypeId } },
      item: { data: { type: 'item', id: version.itemId } },
      editor: { data: { type: 'account', id: version.editorId } },
    },
    meta: {
      created_at: iso(version.createdAt),
      is_valid: version.isValid,
      is_published: record?.meta.publishedVersionId === version.id,
      published_from: iso(version.publishedFrom),
      published_until: iso(version.publishedUntil),
      is_current: record?.meta.currentVersionId === version.id,
    },
  }
}

export function serializeSite(store: ContentStore): RawApiTypes.Site {
  const site = store.site
  const [firstLocale = 'en', ...otherLocales] = site.locales
  return {
    type: 'site',
    id: site.id,
    attributes: {
      name: site.name,
      domain: null,
      google_maps_api_token: null,
      imgix_host: 'www.datocms-assets.com',
      internal_domain: site.internalDomain,
      locales: [firstLocale, ...otherLocales],
      timezone: site.timezone,
      no_index: true,
      favicon: null,
      last_data_change_at: iso(
        Math.max(site.createdAt, ...store.listJobs().map((job) => job.finishedAt ?? 0)),
      ),
      require_2fa: false,
      ip_tracking_enabled: false,
      force_use_of_sandbox_environments: false,
      assets_cdn_default_settings: { image: {}, video: {} },
      theme: { type: 'monochromatic', hue: 210, logo: null },
      global_seo: {
        site_name: site.name,
        fallback_seo: {
          title: site.name,
          description: 'A demo project of the Content Ops Console.',
          image: null,
        },
        title_suffix: ` — ${site.name}`,
      },
    },
    relationships: {
      account: { data: { type: 'account', id: '104711' } },
      owner: { data: { type: 'account', id: '104711' } },
      item_types: {
        data: store
          .listItemTypes()
          .map((itemType) => ({ type: 'item_type' as const, id: itemType.id })),
      },
    },
    meta: {
      created_at: iso(site.createdAt),
      draft_mode_default: true,
      improved_timezone_management: true,
      improved_hex_management: true,
      improved_gql_multilocale_fields: true,
      improved_gql_visibility_control: true,
      improved_boolean_fields: true,
      improved_validation_at_publishing: true,
      improved_exposure_of_inline_blocks_in_cda: true,
      improved_items_listing: true,
      milliseconds_in_datetime: true,
      non_localized_focal_points: true,
      allow_custom_theme: false,
    },
  } as RawApiTypes.Site
}

export function serializeJobResult(
  job: StoredJob,
): RawApiTypes.JobResult & { attributes: { statusText: string } } {
  return {
    type: 'job_result',
    id: job.id,
    attributes: {
      status: job.result?.status ?? 500,
      statusText: job.result?.statusText ?? 'Internal Server Error',
      payload: (job.result?.payload ?? null) as RawApiTypes.JobResult['attributes']['payload'],
    },
  }
}
