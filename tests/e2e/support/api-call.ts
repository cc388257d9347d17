import type { CallArgs, CallName, CallResult } from '../../../shared/api/calls';
import { CALL_PATH, TOKEN_HEADER, TOKEN_QUERY, type CallReply } from '../../../shared/api/http-protocol';
import { fromWire, toWire } from '../../../shared/api/wire';

/** Calls the running server's API the way the page does (for set-up a view does not offer yet). */
export async function callApi<N extends CallName>(serverUrl: string, name: N, args: CallArgs<N>): Promise<CallResult<N>> {
  const url = new URL(serverUrl);
  const token = url.searchParams.get(TOKEN_QUERY) ?? '';
  const response = await fetch(`${url.origin}${CALL_PATH}${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
    body: toWire(args),
  });
  const reply = fromWire(await response.text()) as CallReply;
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error}`);
  return reply.result as CallResult<N>;
}
