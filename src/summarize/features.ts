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
}

const opensWithQuote = /^\s*["“‘'«]/u

/** Most stems kept between calls; the cache starts afresh past it (memory stays bounded). */
const stemCacheLimit = 50_000
const stemCache = new Map<string, string>()

/** Stem of a lower-cased word: Porter for words longer than three letters, memoised. */
function stem(word: string): string {
  if (word.length <= 3) return word
  let value = stemCache.get(word)
  if (value === undefined) {
    if (stemCache.size >= stemCacheLimit) stemCache.clear()
    value = stemmer(word)
    stemCache.set(word, value)
  }
  return value
}

/** Whether a word has a digit (ASCII digits are all news numbers use). */
function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/** Whether a word starts with a capital letter. */
function upperInitial(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

/** Whether a word may have a capital letter (any non-ASCII character counts, to be safe). */
function hasCapital(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return true
  }
  return false
}

/** A word without a possessive "'s". */
function withoutPossessive(word: string): string {
  const length = word.length
  if (length > 2 && word.charCodeAt(length - 1) === 115 /* s */) {
    const mark = word.charCodeAt(length - 2)
    if (mark === 39 || mark === 0x2019) return word.slice(0, length - 2)
  }
  return word
}

/** The terms, entities and opening of one candidate. */
function describeCandidate(candidate: Candidate): SentenceFeatures {
  const terms = new Map<string, number>()
  const entities = new Set<string>()
  const {words} = candidate
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const lower = hasCapital(word) ? word.toLowerCase() : word
    const numeric = hasDigit(word)
    // A capital on the first word says nothing; inside the sentence it marks a name.
    if (numeric || (index > 0 && upperInitial(word) && !stopWords.has(lower))) {
      entities.add(lower)
    }
    if (stopWords.has(lower) || (lower.length < 2 && !numeric)) continue
    const key = stem(withoutPossessive(lower))
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
 *
 * @param candidates The candidates, in text order.
 * @param leadWeight How much more the first sentences weigh in the centroid:
 *   a sentence of rank `r` weighs `1 + leadWeight * 2 / (2 + r)`, so the
 *   centroid leans to what the lead says the story is about.
 */
export function describeCandidates(
  candidates: readonly Candidate[],
  leadWeight = 0,
): SentenceFeatures[] {
  const features = candidates.map(describeCandidate)
  const sentenceWeights = features.map((_, rank) => 1 + (leadWeight * 2) / (2 + rank))
  // Centroid: the weighted number of sentences each term occurs in.
  const centroid = new Map<string, number>()
  const entityCounts = new Map<string, number>()
  features.forEach((feature, rank) => {
    const weight = sentenceWeights[rank]!
    for (const term of feature.terms.keys()) centroid.set(term, (centroid.get(term) ?? 0) + weight)
    for (const entity of feature.entities) {
      entityCounts.set(entity, (entityCounts.get(entity) ?? 0) + 1)
    }
  })
  let centroidSquares = 0
  for (const value of centroid.values()) centroidSquares += value * value

  let bestCoverage = 0
  features.forEach((feature, rank) => {
    const weight = sentenceWeights[rank]!
    let dot = 0
    let removed = 0
    for (const [term, count] of feature.terms) {
      const total = centroid.get(term)!
      // Leave the sentence out of the centroid: what is left is the rest of the story.
      const rest = total - weight
      dot += count * rest
      removed += total * total - rest * rest
    }
    const restNorm = Math.sqrt(Math.max(0, centroidSquares - removed))
    feature.centrality = feature.norm === 0 || restNorm === 0 ? 0 : dot / (feature.norm * restNorm)
    let coverage = 0
    for (const entity of feature.entities) coverage += (entityCounts.get(entity) ?? 1) - 1
    feature.coverage = coverage
    if (coverage > bestCoverage) bestCoverage = coverage
  })
  if (bestCoverage > 0) for (const feature of features) feature.coverage /= bestCoverage
  return features
}
