import { nationName as gazetteerName } from '../../../../shared/nations';

let regionNames: Intl.DisplayNames | null | undefined;

function intlName(code: string): string | null {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? null;
  } catch {
    return null;
  }
}

/**
 * A nation's English name from its ISO 3166-1 alpha-2 code: the extractor's own gazetteer
 * first, so the reader and the extractor agree, then the browser's region names.
 */
export function nationName(code: string | null): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  const known = gazetteerName(upper);
  if (known && known !== upper) return known;
  return intlName(upper);
}

/** "United States (US)", the bare code when the name is unknown, or "No nation". */
export function nationLabel(code: string | null): string {
  if (!code) return 'No nation';
  const name = nationName(code);
  return name ? `${name} (${code.toUpperCase()})` : code.toUpperCase();
}
