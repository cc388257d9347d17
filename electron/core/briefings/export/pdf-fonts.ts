import { existsSync } from 'node:fs';

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  /** True for PDF's built-in Helvetica, which only has Windows-1252's characters. */
  builtIn: boolean;
}

/**
 * System fonts with wide coverage (Cyrillic, Greek, accents), tried in order; PDF's built-in
 * Helvetica is the last resort. Nothing is bundled: each desktop platform has one of these.
 */
const FAMILIES: readonly Omit<PdfFonts, 'builtIn'>[] = [
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    italic: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
    boldItalic: '/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf',
  },
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    italic: '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf',
    boldItalic: '/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf',
  },
  {
    regular: '/System/Library/Fonts/Supplemental/Arial.ttf',
    bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    italic: '/System/Library/Fonts/Supplemental/Arial Italic.ttf',
    boldItalic: '/System/Library/Fonts/Supplemental/Arial Bold Italic.ttf',
  },
  {
    regular: 'C:\\Windows\\Fonts\\arial.ttf',
    bold: 'C:\\Windows\\Fonts\\arialbd.ttf',
    italic: 'C:\\Windows\\Fonts\\ariali.ttf',
    boldItalic: 'C:\\Windows\\Fonts\\arialbi.ttf',
  },
];

const BUILT_IN: PdfFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique', builtIn: true };

let found: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  found ??= (() => {
    const family = FAMILIES.find((f) => [f.regular, f.bold, f.italic, f.boldItalic].every((p) => existsSync(p)));
    return family ? { ...family, builtIn: false } : BUILT_IN;
  })();
  return found;
}

// Windows-1252's characters beyond Latin-1, the only ones Helvetica can show besides Latin-1 itself.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** What the built-in font cannot draw becomes "?", rather than garbage. */
export function forBuiltInFont(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code === 0x0a || (code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0)) || CP1252_EXTRAS.has(c) ? c : '?';
  }).join('');
}
