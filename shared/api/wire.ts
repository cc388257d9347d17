/**
 * JSON with byte arrays: the browser-mode transport carries file contents this way.
 * A Uint8Array becomes {"$bytes": "<base64>"}; nothing else is changed.
 */
const BYTES_KEY = '$bytes';
const CHUNK = 0x8000;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    // A malformed body, like malformed JSON: the browser-mode server answers both with 400.
    throw new SyntaxError('A byte array in the request is not valid base64.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether any byte array lies inside `value`: walking it in JavaScript costs far less than a replacer called for every key. */
function holdsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsBytes);
  for (const key in value) if (holdsBytes((value as Record<string, unknown>)[key])) return true;
  return false;
}

export function toWire(value: unknown): string {
  if (!holdsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v,
  );
}

export function fromWire(json: string): unknown {
  // A reviver runs for every value of the answer (tens of thousands in a large one): parse plainly
  // unless the text holds the byte-array key at all.
  if (!json.includes(`"${BYTES_KEY}"`)) return JSON.parse(json);
  return JSON.parse(json, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const encoded = record[BYTES_KEY];
      if (typeof encoded === 'string' && Object.keys(record).length === 1) return base64ToBytes(encoded);
    }
    return v;
  });
}
