/**
 * Scores the statement extractor on a brat-format corpus split (a folder holding
 * `text/NAME.txt` and `attributions/NAME_XXXX.ann`), as the PolNeAR README defines it.
 */
import { readFile } from 'node:fs/promises';
import { extractStatements } from '../../../shared/extraction/index';
import { listCorpusDocuments } from './brat-corpus';
import { parseBratAttributions } from './brat-standoff';
import { CorpusTally, type EvalReport, type EvaluateOptions } from './corpus-tally';
import { scoreDocument } from './score-document';
import { evaluateJsonGoldCorpus } from './evaluate-json-gold';
import { isJsonGoldCorpus } from './json-gold';

export type { DocumentEval, EvalReport, EvalScores, EvaluateOptions, ScoreLine } from './corpus-tally';

export async function evaluateCorpus(dir: string, options: EvaluateOptions = {}): Promise<EvalReport> {
  if (isJsonGoldCorpus(dir)) return evaluateJsonGoldCorpus(dir, options);
  const tally = new CorpusTally(options.extract ?? extractStatements);
  for (const doc of await listCorpusDocuments(dir)) {
    if (doc.annotationPath === null) {
      tally.skipUnannotated(doc.name);
      continue;
    }
    const [text, ann] = await Promise.all([readFile(doc.textPath, 'utf8'), readFile(doc.annotationPath, 'utf8')]);
    const gold = parseBratAttributions(ann, text);
    const predicted = tally.statementsOf(text);
    tally.add(doc.name, text, gold, predicted, scoreDocument(text, gold, predicted));
  }
  return tally.report(dir);
}
