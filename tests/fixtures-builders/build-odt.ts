import { strToU8, zipSync } from 'fflate';
import type { SampleArticle } from './sample-article';

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

/**
 * A minimal OpenDocument text file of the article: the title as a level-1 heading, each paragraph
 * as text:p with a span and an ODF space run in it, and the title and author in meta.xml.
 */
export function buildOdt(article: SampleArticle): Uint8Array {
  const paragraphs = article.paragraphs.map((p) => `<text:p text:style-name="Standard">${odfInline(p)}</text:p>`);
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NAMESPACES} office:version="1.3">
<office:body><office:text>
<text:h text:outline-level="1">${escapeXml(article.title)}</text:h>
${paragraphs.join('\n')}
</office:text></office:body></office:document-content>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NAMESPACES} office:version="1.3"><office:meta>
<dc:title>${escapeXml(article.title)}</dc:title>
<meta:initial-creator>${escapeXml(article.author)}</meta:initial-creator>
<meta:creation-date>${article.publishedAt}T09:00:00</meta:creation-date>
</office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  return zipSync({
    // ODF requires the media type first and stored, so tools can sniff it.
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
    'meta.xml': strToU8(meta),
  });
}

/** Wraps the first word in a span and writes the first space after a comma as an ODF space run. */
function odfInline(text: string): string {
  const space = text.indexOf(' ');
  const first = `<text:span text:style-name="Strong">${escapeXml(text.slice(0, space))}</text:span>`;
  const rest = escapeXml(text.slice(space)).replace(', ', ',<text:s/>');
  return first + rest;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
