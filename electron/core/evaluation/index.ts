export { evaluateCorpus } from './evaluate-corpus';
export { listCorpusDocuments } from './brat-corpus';
export type { DocumentEval, EvalReport, EvalScores, EvaluateOptions, ScoreLine } from './evaluate-corpus';
export { formatEvalReport } from './format-eval-report';
export { parseBratAttributions } from './brat-standoff';
export type { GoldAttribution } from './brat-standoff';
export { readBratCorpus } from './brat-corpus';
export type { BratDocument, CorpusDocument } from './brat-corpus';
