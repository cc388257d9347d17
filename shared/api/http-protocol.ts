/**
 * Browser mode's HTTP shape, shared by the loopback server and the renderer's client.
 * Calls: POST {CALL_PATH}<name>, body = wire(args), token in TOKEN_HEADER.
 * Answer: wire(CallReply). Events: GET EVENTS_PATH?token=… as server-sent events,
 * `event: <name>` and `data: wire(payload)`.
 */
export const CALL_PATH = '/api/call/';
export const EVENTS_PATH = '/api/events';
export const TOKEN_HEADER = 'x-parley-token';
export const TOKEN_QUERY = 'token';

export type CallReply = { ok: true; result: unknown } | { ok: false; error: string };
