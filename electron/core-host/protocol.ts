import type { EventName } from '../../shared/api/events';

/**
 * Messages between the main process and the core host (an Electron utility process).
 * Everything travels by structured clone, so file bytes stay Uint8Arrays.
 */

export interface HostError {
  name: string;
  message: string;
}

/** Main → host. The first message must be `start`; nothing else is answered before it. */
export type HostRequest =
  | { kind: 'start'; archivePath: string; nativeBinding: string | null }
  | { kind: 'call'; id: number; name: string; args: unknown }
  /** Files the user chose in the desktop app's own dialog or dropped on its window: only main sends this, never a page. */
  | { kind: 'importPaths'; id: number; paths: string[] }
  | { kind: 'stop' };

/** Host → main. */
export type HostReply =
  | { kind: 'ready'; archivePath: string }
  | { kind: 'failed'; error: HostError }
  | { kind: 'result'; id: number; ok: true; result: unknown }
  | { kind: 'result'; id: number; ok: false; error: HostError }
  | { kind: 'event'; event: EventName; payload: unknown }
  | { kind: 'stopped' };

export function toHostError(error: unknown): HostError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function isHostRequest(value: unknown): value is HostRequest {
  if (value === null || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  switch (message.kind) {
    case 'start':
      return (
        typeof message.archivePath === 'string' &&
        (message.nativeBinding === null || typeof message.nativeBinding === 'string')
      );
    case 'call':
      return typeof message.id === 'number' && typeof message.name === 'string';
    case 'importPaths':
      return (
        typeof message.id === 'number' &&
        Array.isArray(message.paths) &&
        message.paths.length > 0 &&
        message.paths.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 4096)
      );
    case 'stop':
      return true;
    default:
      return false;
  }
}

export function isHostReply(value: unknown): value is HostReply {
  if (value === null || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return (
    kind === 'ready' || kind === 'failed' || kind === 'result' || kind === 'event' || kind === 'stopped'
  );
}
