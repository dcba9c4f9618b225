/** The peers in the same run: compromise (people, money, quotations) and wink-nlp (readDoc + entities). */
import nlp from 'compromise'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

const wink = winkNLP(model)

/** compromise doing people, money and quotations on every text. */
export function runCompromise(texts: string[]): void {
  for (const text of texts) {
    const doc = nlp(text)
    doc.people().out('array')
    doc.money().out('array')
    doc.quotations().out('array')
  }
}

/** wink-nlp reading every text and listing its entities. */
export function runWink(texts: string[]): void {
  for (const text of texts) wink.readDoc(text).entities().out()
}

/** The row name of compromise in {@link peersGroup}. */
export const compromiseRow = 'compromise: people() + money() + quotations()'

/**
 * The peers against the bare parse, in a group of their own. In the rounds of
 * `analyze` they would skew its figure: compromise leaves about 200 MB of
 * garbage a round, and the collector's work on it (much of it on V8's helper
 * threads, which count in the process's CPU time) falls on whatever runs
 * next. The ratios of both groups are to the same baseline, so they compare.
 */
export function peersGroup(texts: string[]): BenchGroup {
  return {
    title: `The peers on ${texts.length} articles, against unified + retext-english parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: compromiseRow,
        run: () => runCompromise(texts),
        report: 'throughput',
        target: 'analyze >= 5x this',
        meets: () => true,
      },
      {
        name: 'wink-nlp: readDoc + entities (reference)',
        run: () => runWink(texts),
        report: 'throughput',
        target: 'reference',
        meets: () => true,
      },
    ],
    rounds: 7,
  }
}
