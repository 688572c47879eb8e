import { isApiError } from './api-error'

const CODE_MESSAGES: Record<string, string> = {
  INVALID_AUTHORIZATION_HEADER:
    'The API token was refused. Check that you copied the whole token and that it is still active.',
  INSUFFICIENT_PERMISSIONS:
    'This token is not allowed to do that: its role is read-only for this action.',
  INVALID_ENVIRONMENT:
    'That environment does not exist in this project. Check its name (for example "main").',
  NOT_FOUND: 'The server could not find it: it may have been deleted, or the address is wrong.',
  STALE_ITEM_VERSION: 'Someone saved a newer version of this record while you were editing.',
  RATE_LIMIT_EXCEEDED:
    'Too many requests in a short time. The console will slow down and try again.',
  INVALID_FILTER_FIELDS_PARAM:
    'The server did not accept a filter: an operator does not fit the field type.',
  INVALID_ORDERING: 'The server cannot sort by that column.',
  INVALID_JSON_BODY: 'The server could not read the request (malformed JSON).',
  VALIDATION_REQUIRED: 'A required field is empty.',
  VALIDATION_UNIQUENESS: 'Another record already uses this value, and it must be unique.',
  VALIDATION_LENGTH: 'A value is too long or too short.',
  VALIDATION_FORMAT: 'A value does not have the required format.',
  VALIDATION_NUMBER_RANGE: 'A number is outside the allowed range.',
  EXCEPTION: 'The server had an internal error. Trying again usually works.',
  SERVICE_UNAVAILABLE: 'The server is temporarily unavailable. Trying again usually works.',
}

/** Turns any thrown value into one sentence an editor can act on. */
export function describeApiError(error: unknown): string {
  if (!isApiError(error)) {
    return error instanceof Error && error.message ? error.message : 'Something went wrong.'
  }
  if (error.kind === 'network') {
    const host = safeHost(error.request.url)
    return `Cannot reach ${host}. Check the address and your network; the server must also allow requests from this site (CORS).`
  }
  if (error.kind === 'timeout') return 'The server took too long to answer.'
  if (error.kind === 'invalid-response') {
    return 'The server answered with something that is not JSON: is the base URL the API, not a website?'
  }
  for (const detail of error.errors) {
    const validatorCode = typeof detail.details.code === 'string' ? detail.details.code : undefined
    const message = (validatorCode && CODE_MESSAGES[validatorCode]) ?? CODE_MESSAGES[detail.code]
    if (message) return message
  }
  switch (error.status) {
    case 401:
      return CODE_MESSAGES.INVALID_AUTHORIZATION_HEADER as string
    case 403:
      return CODE_MESSAGES.INSUFFICIENT_PERMISSIONS as string
    case 404:
      return CODE_MESSAGES.NOT_FOUND as string
    case 429:
      return CODE_MESSAGES.RATE_LIMIT_EXCEEDED as string
    default:
      return error.status >= 500
        ? `The server had a problem (${error.status}). Trying again usually works.`
        : `The server refused the request (${error.status}${error.codes.length ? `, ${error.codes.join(', ')}` : ''}).`
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'the server'
  }
}
