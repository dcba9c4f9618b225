/** The peers in the same run: compromise (people, money, quotations) and wink-nlp (readDoc + entities). */
import nlp from 'compromise'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type {BenchCase} from './lib.js'

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

/** Rows for the peers, reported as throughput relative to the baseline (reference only). */
export function peerCases(texts: string[]): BenchCase[] {
  return [
    {
      name: 'compromise: people() + money() + quotations()',
      run: () => runCompromise(texts),
      report: 'throughput',
      target: 'reference',
      meets: () => true,
    },
    {
      name: 'wink-nlp: readDoc + entities',
      run: () => runWink(texts),
      report: 'throughput',
      target: 'reference',
      meets: () => true,
    },
  ]
}
