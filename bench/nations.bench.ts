// Nation cue matching: gazetteer compile time, and findAllNations over whole articles.
import { readPolnearTexts } from './polnear-texts';
import { report } from './measure';

const PASSES = 5;

const loadStarted = performance.now();
const { findAllNations, findNation } = await import('../shared/nations/index');
const loadMs = performance.now() - loadStarted;

const texts = readPolnearTexts('train');
if (texts === null) {
  console.log('nations: SKIPPED, PolNeAR train not found at ../shared/corpora/polnear/train');
} else {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let cues = 0;
  for (const t of texts) cues += findAllNations(t).length;

  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const t of texts) findAllNations(t);
  }
  const seconds = (performance.now() - started) / 1000;

  const phrases = ['Pentagon Deputy Spokesperson', 'The South Korean Ministry of Defense', 'Russian President', 'a senior official'];
  const phraseRuns = 200_000;
  const phraseStarted = performance.now();
  for (let i = 0; i < phraseRuns; i++) findNation(phrases[i % phrases.length]!);
  const phraseSeconds = (performance.now() - phraseStarted) / 1000;

  report('nations (PolNeAR train)', {
    load_and_compile_ms: loadMs.toFixed(1),
    articles: texts.length,
    cues_per_pass: cues,
    articles_per_s: Math.round((texts.length * PASSES) / seconds),
    mb_per_s: ((chars * PASSES) / 1e6 / seconds).toFixed(2),
    role_phrases_per_s: Math.round(phraseRuns / phraseSeconds),
  });
}
