/**
 * Score candidates and choose the summary: a position prior (news puts the
 * story first), centrality, coverage of recurring names and numbers, and a
 * greedy pick that discounts what is already said (maximal marginal
 * relevance). Ties go to the earlier sentence, so the result is the same on
 * every platform.
 */

import type {SentenceFeatures} from './features.js'
import {similarity} from './features.js'

/** The lazy greedy's tables, one entry a candidate, reused by every call (cleared up to its length). */
let closestScratch = new Float64Array(256)
let comparedScratch = new Uint32Array(256)
let takenScratch = new Uint8Array(256)

/**
 * The weights of the score, tuned on the second half of the CNN/Daily Mail
 * sample of the evaluation corpora. Penalties and the redundancy weight must
 * not be negative: the greedy pick relies on them only lowering a score.
 */
export interface Weights {
  /**
   * The position prior of the first candidates, by rank; past the table it
   * falls as `last * length / (rank + 1)`.
   */
  positions: number[]
  /** Weight of centrality. */
  centrality: number
  /** Weight of name and number coverage. */
  coverage: number
  /** Weight of specificity (names and numbers mentioned). */
  specificity: number
  /** Penalty a word beyond {@link Weights.longWords}. */
  long: number
  /** Words a sentence may have before it counts as long. */
  longWords: number
  /** Penalty of a sentence that opens with a quotation mark. */
  quote: number
  /** Penalty of a first sentence that leans on what came before it. */
  dangling: number
  /** Weight of the redundancy discount (highest similarity to a chosen sentence). */
  redundancy: number
}

/** The weights nutgraf uses. */
export const defaultWeights: Weights = {
  positions: [1, 0.617, 0.45, 0.35, 0.333, 0.236],
  centrality: 0.8,
  coverage: 0.05,
  specificity: 0.05,
  long: 0.01,
  longWords: 20,
  quote: 0.2,
  dangling: 0.3,
  redundancy: 0.5,
}

/** How much a summary may hold. */
export interface Limits {
  /** Most sentences. */
  sentences: number
  /** Most words, or `Infinity`. */
  words: number
  /** Most characters, or `Infinity`. */
  characters: number
}

/** One chosen candidate. */
export interface Choice {
  /** Index into the candidates. */
  index: number
  /** The candidate's score. */
  score: number
}

/** Most candidates the greedy pick compares (the best by score), so that its cost stays linear. */
const poolLimit = 200

/**
 * The score of every candidate, before redundancy.
 *
 * @param firstRank The rank of the first candidate in the whole text (not `0`
 *   when the candidates are those of a later window of a long text).
 */
export function scoreCandidates(
  features: readonly SentenceFeatures[],
  weights: Weights,
  firstRank = 0,
): number[] {
  return features.map((feature, index) => {
    const rank = firstRank + index
    const table = weights.positions
    const prior =
      rank < table.length ? table[rank]! : (table[table.length - 1]! * table.length) / (rank + 1)
    return (
      prior +
      weights.specificity * feature.specificity +
      weights.centrality * feature.centrality +
      weights.coverage * feature.coverage -
      weights.long * Math.max(0, feature.length - weights.longWords) -
      (feature.quote ? weights.quote : 0)
    )
  })
}

/**
 * Choose candidates greedily by score less redundancy, within the limits;
 * returns them in text order.
 *
 * @param features The candidates' features, in text order.
 * @param lengths Each candidate's words and characters.
 * @param firstRank The rank of the first candidate in the whole text (see {@link scoreCandidates}).
 */
export function chooseSentences(
  features: readonly SentenceFeatures[],
  lengths: ReadonlyArray<{words: number; characters: number}>,
  limits: Limits,
  weights: Weights = defaultWeights,
  firstRank = 0,
): Choice[] {
  const scores = scoreCandidates(features, weights, firstRank)
  // The pool: the best candidates by score, ties to the earlier one.
  const order = scores.map((_, index) => index)
  order.sort((a, b) => scores[b]! - scores[a]! || a - b)
  const pool = order.slice(0, Math.min(order.length, poolLimit))
  // Lazy greedy: a candidate's redundancy is brought up to date only when it
  // is looked at, and a round stops at the first candidate whose score alone
  // cannot beat the best value found (penalties only lower a value).
  const count = features.length
  if (closestScratch.length < count) {
    const size = Math.max(count, 2 * closestScratch.length)
    closestScratch = new Float64Array(size)
    comparedScratch = new Uint32Array(size)
    takenScratch = new Uint8Array(size)
  }
  const closest = closestScratch
  const compared = comparedScratch
  const taken = takenScratch
  closest.fill(0, 0, count)
  compared.fill(0, 0, count)
  taken.fill(0, 0, count)
  const chosen: Choice[] = []
  let words = 0
  let characters = 0
  let first = Number.POSITIVE_INFINITY

  while (chosen.length < limits.sentences) {
    let best = -1
    let bestValue = Number.NEGATIVE_INFINITY
    for (const index of pool) {
      if (scores[index]! < bestValue) break
      if (taken[index]) continue
      const length = lengths[index]!
      if (words + length.words > limits.words) continue
      if (characters + length.characters > limits.characters) continue
      for (let pick = compared[index]!; pick < chosen.length; pick++) {
        const value = similarity(features[index]!, features[chosen[pick]!.index]!)
        if (value > closest[index]!) closest[index] = value
      }
      compared[index] = chosen.length
      let value = scores[index]! - weights.redundancy * closest[index]!
      // A sentence that would open the summary should not lean on one left out.
      if (index < first && features[index]!.dangling) value -= weights.dangling
      if (value > bestValue || (value === bestValue && index < best)) {
        best = index
        bestValue = value
      }
    }
    if (best < 0) break
    taken[best] = 1
    chosen.push({index: best, score: scores[best]!})
    words += lengths[best]!.words
    characters += lengths[best]!.characters
    if (best < first) first = best
  }
  return chosen.sort((a, b) => a.index - b.index)
}
