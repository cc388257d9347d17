/**
 * Thrown by every host when a call's name or arguments are refused. Its own module, free of zod,
 * so a host can recognise the error without loading the whole API contract.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
}
