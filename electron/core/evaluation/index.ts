export { evaluateCorpus, listCorpusDocuments } from './evaluate-corpus';
export type { DocumentEval, EvalReport, EvalScores, EvaluateOptions, ScoreLine } from './evaluate-corpus';
export { formatEvalReport } from './format-eval-report';
export { parseBratAttributions } from './brat-standoff';
export type { GoldAttribution } from './brat-standoff';
export { evaluateJsonGoldCorpus } from './evaluate-json-gold';
export { isJsonGoldCorpus, parseJsonGold } from './json-gold';
export type { NationScores } from './nation-scores';
