/**
 * REFI-QDA counts positions in Unicode characters (code points); Parley stores JavaScript string
 * offsets (UTF-16 units). The two differ only after a character outside the Basic Multilingual Plane.
 */
export function offsetConverter(text: string) {
  const astral: number[] = []; // UTF-16 offsets of each high surrogate
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  return {
    toCodePoints(offset: number): number {
      let before = 0;
      while (before < astral.length && astral[before]! < offset) before++;
      return offset - before;
    },
    fromCodePoints(position: number): number {
      let offset = position;
      for (const at of astral) {
        if (at < offset) offset++;
        else break;
      }
      return offset;
    },
  };
}
