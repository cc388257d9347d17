/**
 * Reads a whole brat-format corpus split into memory: each annotated text with its gold
 * attributions. The trainer and the tuning loop read PolNeAR through this, with the same
 * pairing of texts and .ann files as `evaluateCorpus`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBratAttributions, type GoldAttribution } from './brat-standoff';

export interface CorpusDocument {
  name: string;
  textPath: string;
  annotationPath: string | null;
}

/** Pairs each text with its first .ann in sorted order (several annotators may have one each). */
export async function listCorpusDocuments(dir: string): Promise<CorpusDocument[]> {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const texts = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
  const anns = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  for (const ann of anns) {
    const name = ann.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(name)) firstAnn.set(name, ann);
  }
  return texts.map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const ann = firstAnn.get(name);
    return { name, textPath: join(textDir, file), annotationPath: ann ? join(annDir, ann) : null };
  });
}


export interface BratDocument {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/** Annotated documents only, in name order; texts without an .ann file are left out. */
export async function readBratCorpus(dir: string): Promise<BratDocument[]> {
  const out: BratDocument[] = [];
  for (const doc of await listCorpusDocuments(dir)) {
    if (doc.annotationPath === null) continue;
    const [text, ann] = await Promise.all([readFile(doc.textPath, 'utf8'), readFile(doc.annotationPath, 'utf8')]);
    out.push({ name: doc.name, text, gold: parseBratAttributions(ann, text) });
  }
  return out;
}
