/**
 * Summaries: ROUGE-1/2/L F1 (ROUGE-1.5.5 with stemming, see `rouge.ts`) of
 * `summarize` against Lead-N, the first N sentences of the article, computed
 * in the same run on the same sentence splits.
 *
 * - CNN/Daily Mail (`cnndm-dev.jsonl`, 1,000 test-split articles): three
 *   sentences; the references are the highlights, one a line, each line split
 *   further into sentences. The weights were tuned on the second half only;
 *   the first half is reported apart as the untouched slice.
 * - BBC News Summary (`bbc-dev.jsonl`): as many sentences as the reference has.
 */
import {parseArticle, summarize} from '../../src/index.js'
import {type Evaluation, readJsonl, type Table} from './lib.js'
import {type Exceptions, type RougeScores, rouge, wordnetExceptions} from './rouge.js'

interface Scored {
  nutgraf: RougeScores
  lead: RougeScores
}

/** Split a reference line into sentences at a stop followed by a space and a capital or digit. */
export function referenceSentences(summary: string): string[] {
  const sentences: string[] = []
  for (const line of summary.split('\n')) {
    for (const part of line.split(/(?<=[.!?]["'”’]?)\s+(?=["'“‘]?[A-Z0-9])/u)) {
      if (part.trim()) sentences.push(part.trim())
    }
  }
  return sentences
}

function scoreArticle(
  text: string,
  reference: string[],
  count: number,
  exceptions: Exceptions,
): Scored {
  const article = parseArticle(text)
  const chosen = summarize(article, {sentences: count}).sentences.map((sentence) => sentence.text)
  const lead = article.sentences.slice(0, count).map((sentence) => sentence.text)
  return {nutgraf: rouge(chosen, reference, exceptions), lead: rouge(lead, reference, exceptions)}
}

type Measure = 'rouge1' | 'rouge2' | 'rougeL'
const measures: Measure[] = ['rouge1', 'rouge2', 'rougeL']

function mean(scores: readonly Scored[], system: keyof Scored, measure: Measure): number {
  let sum = 0
  for (const score of scores) sum += score[system][measure].f1
  return scores.length === 0 ? 0 : (100 * sum) / scores.length
}

function rows(label: string, scores: readonly Scored[]): Table['rows'] {
  const nutgraf = measures.map((measure) => mean(scores, 'nutgraf', measure))
  const lead = measures.map((measure) => mean(scores, 'lead', measure))
  const fixed = (values: number[]) => values.map((value) => value.toFixed(2))
  return [
    [label, 'nutgraf', scores.length, ...fixed(nutgraf), (nutgraf[0]! / lead[0]!).toFixed(4)],
    [label, 'Lead-N', scores.length, ...fixed(lead), '1.0000'],
  ]
}

export const evaluation: Evaluation = {
  name: 'summaries',
  order: 40,
  run(): Table[] {
    const exceptions = wordnetExceptions()
    const cnndm = readJsonl<{article: string; summary: string}>('summaries/cnndm-dev.jsonl').map(
      (record) => scoreArticle(record.article, referenceSentences(record.summary), 3, exceptions),
    )
    const bbc = readJsonl<{article: string; summary: string}>('summaries/bbc-dev.jsonl').map(
      (record) => {
        const reference = record.summary.split('\n').filter((line) => line.trim())
        return scoreArticle(record.article, reference, reference.length, exceptions)
      },
    )
    const half = cnndm.length >> 1
    return [
      {
        title: 'Summaries: ROUGE F1 (ROUGE-1.5.5 -m), nutgraf vs Lead-N in the same run',
        columns: ['corpus', 'system', 'docs', 'R-1', 'R-2', 'R-L', 'R-1 / Lead'],
        rows: [
          ...rows('cnndm-dev (3 sentences)', cnndm),
          ...rows('cnndm-dev first half (untuned)', cnndm.slice(0, half)),
          ...rows('cnndm-dev second half (tuning)', cnndm.slice(half)),
          ...rows('bbc-dev (N = reference sentences)', bbc),
        ],
        notes: [
          'Targets on cnndm-dev: R-1 >= 1.02 x Lead-3, R-2 and R-L >= Lead-3. Published Lead-3 on CNN/DM test: 40.3 / 17.7 / 36.6 (1,000-article sample: 39.98 / 17.22 / 36.33).',
        ],
      },
    ]
  },
}
