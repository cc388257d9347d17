export { sampleArticle, expectedText, type SampleArticle } from './sample-article';
export { buildPdf, buildImageOnlyPdf, type PdfBuildOptions } from './build-pdf';
export { buildEncryptedPdf } from './build-encrypted-pdf';
export { buildDocx, type DocxBuildOptions } from './build-docx';
export { buildOdt } from './build-odt';
export { buildRtf, buildRtfBytes } from './build-rtf';
export { buildEml, buildDigestEml, type EmlBuildOptions, type DigestStory } from './build-eml';
export { buildMbox } from './build-mbox';
export { buildZip, type ZipEntrySpec } from './build-zip';
