/**
 * What a summary weighs in a sentence: its content words (stemmed), the
 * names and numbers it mentions, how it opens, and how central it is to the
 * whole story. Every step is one pass over the candidates (linear).
 */

import {stemmer} from 'stemmer'
import {danglingOpeners, stopWords} from '../data/stop-words.js'
import type {Candidate} from './candidates.js'

/** The facts about one candidate that scoring reads. */
export interface SentenceFeatures {
  /** Stemmed content words and their counts. */
  terms: Map<string, number>
  /** Euclidean norm of {@link SentenceFeatures.terms}. */
  norm: number
  /** Names (capitalised words inside the sentence) and numbers, lower-cased. */
  entities: Set<string>
  /** Number of words. */
  length: number
  /** Whether the first word leans on an earlier sentence ("He", "However"). */
  dangling: boolean
  /** Whether the sentence opens with a quotation mark (a quote, not the reporter's telling). */
  quote: boolean
  /** Cosine of the sentence with the rest of the document (0 to 1). */
  centrality: number
  /** How much of the article's recurring names and numbers it covers (0 to 1). */
  coverage: number
  /** How specific it is: names and numbers it mentions, up to three, over three (0 to 1). */
  specificity: number
  /** Cosine with the first candidate, the lede (0 for the lede itself). */
  ledeSimilarity: number
}

const upperInitial = /^\p{Lu}/u
const hasDigit = /\p{N}/u
const opensWithQuote = /^\s*["“‘'«]/u

/** Stem of a lower-cased word: Porter for words longer than three letters. */
function stem(word: string): string {
  return word.length > 3 ? stemmer(word) : word
}

/** The terms, entities and opening of one candidate. */
function describeCandidate(candidate: Candidate): SentenceFeatures {
  const terms = new Map<string, number>()
  const entities = new Set<string>()
  const {words} = candidate
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const lower = word.toLowerCase()
    const numeric = hasDigit.test(word)
    // A capital on the first word says nothing; inside the sentence it marks a name.
    if (numeric || (index > 0 && upperInitial.test(word) && !stopWords.has(lower))) {
      entities.add(lower)
    }
    if (stopWords.has(lower) || (lower.length < 2 && !numeric)) continue
    const key = stem(lower.replace(/['’]s$/u, ''))
    terms.set(key, (terms.get(key) ?? 0) + 1)
  }
  let squares = 0
  for (const count of terms.values()) squares += count * count
  const first = (words[0] ?? '').toLowerCase()
  return {
    terms,
    norm: Math.sqrt(squares),
    entities,
    length: words.length,
    dangling: danglingOpeners.has(first),
    quote: opensWithQuote.test(candidate.text),
    centrality: 0,
    coverage: 0,
    ledeSimilarity: 0,
    specificity: Math.min(entities.size, 3) / 3,
  }
}

/** Cosine similarity of two sentences' terms. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, count] of small.terms) dot += count * (large.terms.get(term) ?? 0)
  return dot / (a.norm * b.norm)
}

/**
 * Features of every candidate, with centrality against the document centroid
 * (the sentence left out of it) and coverage of names and numbers that recur.
 */
export function describeCandidates(candidates: readonly Candidate[]): SentenceFeatures[] {
  const features = candidates.map(describeCandidate)
  // Centroid: in how many sentences each term occurs; a term of one sentence is no topic.
  const centroid = new Map<string, number>()
  const entityCounts = new Map<string, number>()
  for (const feature of features) {
    for (const term of feature.terms.keys()) centroid.set(term, (centroid.get(term) ?? 0) + 1)
    for (const entity of feature.entities) {
      entityCounts.set(entity, (entityCounts.get(entity) ?? 0) + 1)
    }
  }
  let centroidSquares = 0
  for (const count of centroid.values()) if (count > 1) centroidSquares += count * count

  let bestCoverage = 0
  for (const feature of features) {
    let dot = 0
    let ownSquares = 0
    for (const [term, count] of feature.terms) {
      const total = centroid.get(term)!
      if (total < 2) continue
      // Leave the sentence out of the centroid: (total - 1) is the rest of the story.
      dot += count * (total - 1)
      ownSquares += 2 * total - 1
    }
    const restNorm = Math.sqrt(Math.max(0, centroidSquares - ownSquares))
    feature.centrality = feature.norm === 0 || restNorm === 0 ? 0 : dot / (feature.norm * restNorm)
    let coverage = 0
    for (const entity of feature.entities) coverage += (entityCounts.get(entity) ?? 1) - 1
    feature.coverage = coverage
    if (coverage > bestCoverage) bestCoverage = coverage
  }
  if (bestCoverage > 0) for (const feature of features) feature.coverage /= bestCoverage
  const lede = features[0]
  for (let index = 1; index < features.length; index++) {
    features[index]!.ledeSimilarity = similarity(features[index]!, lede!)
  }
  return features
}
