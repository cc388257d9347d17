import type { DocumentEval, EvalReport, ScoreLine } from './evaluate-corpus';
import type { NationScores } from './nation-scores';

function fixed(n: number): string {
  return n.toFixed(3);
}

function row(label: string, s: ScoreLine): string {
  const counts = `${s.predictedRight}/${s.predicted} predicted right, ${s.goldFound}/${s.gold} gold found`;
  return `${label.padEnd(20)} ${fixed(s.precision).padStart(9)} ${fixed(s.recall).padStart(7)} ${fixed(s.f1).padStart(6)}   ${counts}`;
}

function quote(text: string | null): string {
  return text === null ? '(none)' : `[${text}]`;
}

function documentErrors(doc: DocumentEval): string[] {
  if (doc.misses.length + doc.falseAlarms.length + doc.wrongSpeakers.length === 0) return [];
  const lines = [`\n## ${doc.name}  (gold ${doc.gold}, predicted ${doc.predicted}, matched ${doc.matched}, attributed ${doc.attributed})`];
  for (const m of doc.misses) lines.push(`  miss         ${quote(m.content)}  source: ${m.speaker ?? '(none)'}`);
  for (const f of doc.falseAlarms) lines.push(`  false alarm  ${quote(f.content)}  speaker: ${f.speaker ?? '(none)'}`);
  for (const w of doc.wrongSpeakers) {
    lines.push(`  wrong speaker ${quote(w.content)}  gold: ${w.goldSource ?? '(none)'}  predicted: ${w.predictedSpeaker ?? '(none)'}`);
  }
  return lines;
}

export function formatEvalReport(report: EvalReport, options: { errors: boolean }): string {
  const perSecond = report.extractionMs > 0 ? Math.round((report.documents * 1000) / report.extractionMs) : 0;
  const lines = [
    `Corpus ${report.corpus}: ${report.documents} documents, extraction ${Math.round(report.extractionMs)} ms (${perSecond} articles/s)`,
  ];
  if (report.unannotated.length > 0) lines.push(`Left out (no annotations): ${report.unannotated.length}`);
  lines.push(
    `${''.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}`,
    row('content', report.overall.content),
    row('attribution', report.overall.attribution),
    row('direct content', report.direct.content),
    row('direct attribution', report.direct.attribution),
  );
  if (report.nations) lines.push(...nationLines(report.nations));
  if (options.errors) {
    for (const doc of report.perDocument) lines.push(...documentErrors(doc));
    if (report.nations) lines.push(...nationErrors(report.nations));
  }
  return lines.join('\n');
}

function nationLines(n: NationScores): string[] {
  const lines = [
    `nation accuracy      ${fixed(n.accuracy)}   ${n.withNationRight}/${n.withNation} gold statements with a nation (unmatched count wrong)`,
    `nation null kept     ${fixed(n.nullGold === 0 ? 0 : n.nullRight / n.nullGold)}   ${n.nullRight}/${n.nullGold} gold statements whose speaker speaks for no nation`,
  ];
  if (n.cases.length > 0) {
    lines.push('', `${'case'.padEnd(16)} ${'statements'.padStart(10)} ${'right'.padStart(6)} ${'share'.padStart(6)}`);
    for (const c of n.cases) {
      lines.push(`${c.case.padEnd(16)} ${String(c.statements).padStart(10)} ${String(c.right).padStart(6)} ${fixed(c.statements === 0 ? 0 : c.right / c.statements).padStart(6)}`);
    }
  }
  return lines;
}

function nationErrors(n: NationScores): string[] {
  if (n.errors.length === 0) return [];
  const lines = ['\n## nation errors'];
  for (const e of n.errors) {
    const predicted = e.matched ? `${e.predictedNation ?? 'null'} from ${e.predictedSpeaker ?? '(no speaker)'}${e.evidence ? ` [${e.evidence}]` : ''}` : 'statement not found';
    lines.push(`  ${e.document}  gold ${e.goldNation ?? 'null'} (${e.goldSpeaker ?? '?'})  predicted ${predicted}  ${quote(e.content)}`);
  }
  return lines;
}
