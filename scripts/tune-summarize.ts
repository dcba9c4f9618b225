/**
 * `npx tsx scripts/tune-summarize.ts`: tune the weights of `summarize` by
 * coordinate ascent on the SECOND half of `cnndm-dev.jsonl` only (the first
 * half stays untouched for `npm run eval -- summaries`). The objective is
 * ROUGE-1 + 0.3 (ROUGE-2 + ROUGE-L), F1, as the eval computes them. Prints
 * each improvement and the final weights to paste into `src/summarize/select.ts`.
 * Not part of the package.
 */
import {parseArticle} from '../src/index.js'
import {findCandidates} from '../src/summarize/candidates.js'
import {describeCandidates} from '../src/summarize/features.js'
import {chooseSentences, defaultWeights, type Weights} from '../src/summarize/select.js'
import {readJsonl} from './eval/lib.js'
import {rougeLSummary, rougeN, rougeTokens, wordnetExceptions} from './eval/rouge.js'
import {referenceSentences} from './eval/summaries.js'

const exceptions = wordnetExceptions()
const records = readJsonl<{article: string; summary: string}>('summaries/cnndm-dev.jsonl')
const tuning = records.slice(records.length >> 1).map((record) => {
  const candidates = findCandidates(parseArticle(record.article))
  return {
    features: describeCandidates(candidates),
    lengths: candidates.map((candidate) => ({
      words: candidate.words.length,
      characters: candidate.text.length,
    })),
    tokens: candidates.map((candidate) => rougeTokens(candidate.text, exceptions)),
    reference: referenceSentences(record.summary).map((line) => rougeTokens(line, exceptions)),
  }
})
const limits = {sentences: 3, words: Number.POSITIVE_INFINITY, characters: Number.POSITIVE_INFINITY}

function objective(weights: Weights): number {
  let sum = 0
  for (const document of tuning) {
    const chosen = chooseSentences(document.features, document.lengths, limits, weights)
    const candidate = chosen.map((choice) => document.tokens[choice.index]!)
    const flat = candidate.flat()
    const reference = document.reference.flat()
    sum +=
      rougeN(flat, reference, 1).f1 +
      0.3 * (rougeN(flat, reference, 2).f1 + rougeLSummary(candidate, document.reference).f1)
  }
  return (100 * sum) / tuning.length
}

type Scalar = Exclude<keyof Weights, 'positions'>
const steps: Record<Scalar, number> = {
  centrality: 0.1,
  coverage: 0.05,
  specificity: 0.05,
  long: 0.005,
  longWords: 4,
  quote: 0.1,
  dangling: 0.1,
  redundancy: 0.15,
}

let weights: Weights = structuredClone(defaultWeights)
let best = objective(weights)
console.log(`start ${best.toFixed(3)}`)
for (let sweep = 0; sweep < 3; sweep++) {
  let improved = false
  const moves: Array<(w: Weights, direction: number) => void> = [
    ...(Object.keys(steps) as Scalar[]).map((key) => (w: Weights, direction: number) => {
      w[key] = Math.max(0, Number((w[key] + direction * steps[key]).toFixed(4)))
    }),
    ...weights.positions.map((_, rank) => (w: Weights, direction: number) => {
      w.positions[rank] = Number((w.positions[rank]! + direction * 0.05).toFixed(4))
    }),
  ]
  for (const move of moves) {
    for (const direction of [1, -1]) {
      for (let tries = 0; tries < 6; tries++) {
        const next = structuredClone(weights)
        move(next, direction)
        const value = objective(next)
        if (value <= best + 1e-4) break
        weights = next
        best = value
        improved = true
        console.log(`${best.toFixed(3)} ${JSON.stringify(weights)}`)
      }
    }
  }
  if (!improved) break
}
console.log(JSON.stringify(weights))
