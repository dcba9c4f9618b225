/**
 * Parse sanity report: blocks and sentences per corpus, and parse time.
 */
import {performance} from 'node:perf_hooks'
import {parseArticle} from '../../src/index.js'
import {type Evaluation, readJson, readJsonl, type Table} from './lib.js'

interface Corpus {
  name: string
  texts: () => string[]
}

const corpora: Corpus[] = [
  {
    name: 'cnndm-dev',
    texts: () => readJsonl<{article: string}>('summaries/cnndm-dev.jsonl').map((r) => r.article),
  },
  {
    name: 'bbc-dev',
    texts: () => readJsonl<{article: string}>('summaries/bbc-dev.jsonl').map((r) => r.article),
  },
  {
    name: 'polnear-dev',
    texts: () => readJsonl<{text: string}>('quotes/polnear-dev.jsonl').map((r) => r.text),
  },
  {
    name: 'gum-news-dev',
    texts: () =>
      readJson<{documents: Array<{text: string}>}>('people/gum-news-dev.json').documents.map(
        (d) => d.text,
      ),
  },
  {
    name: 'conll2003-dev',
    texts: () =>
      readJson<{documents: Array<{text: string}>}>('people/conll2003-dev.json').documents.map(
        (d) => d.text,
      ),
  },
]

export const evaluation: Evaluation = {
  name: 'parse',
  order: 0,
  run(): Table[] {
    const rows: Table['rows'] = []
    for (const corpus of corpora) {
      const texts = corpus.texts()
      const kinds = new Map<string, number>()
      let sentences = 0
      let chars = 0
      const start = performance.now()
      for (const text of texts) {
        const article = parseArticle(text)
        chars += text.length
        sentences += article.sentences.length
        for (const block of article.blocks) kinds.set(block.kind, (kinds.get(block.kind) ?? 0) + 1)
      }
      const ms = performance.now() - start
      const blocks = [...kinds.values()].reduce((a, b) => a + b, 0)
      rows.push([
        corpus.name,
        texts.length,
        blocks,
        ['headline', 'byline', 'standfirst', 'caption', 'credit', 'other']
          .map((kind) => `${kinds.get(kind) ?? 0}`)
          .join(' / '),
        sentences,
        (sentences / texts.length).toFixed(1),
        `${Math.round(ms)} ms`,
        `${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
      ])
    }
    return [
      {
        title: 'Parse sanity: parseArticle on every corpus',
        columns: [
          'corpus',
          'docs',
          'blocks',
          'headline / byline / standfirst / caption / credit / other',
          'sentences',
          'sent/doc',
          'time',
          'speed',
        ],
        rows,
        notes: ['Blocks not counted in the non-body column are body.'],
      },
    ]
  },
}
