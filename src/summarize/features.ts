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
  /** Ids of its stemmed content words (distinct; ids are per article). */
  terms: number[]
  /** How often each of {@link SentenceFeatures.terms} occurs in the sentence. */
  counts: number[]
  /** Euclidean norm of the term counts. */
  norm: number
  /** Ids of the names (capitalised words inside the sentence) and numbers it mentions (distinct). */
  entities: number[]
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

/**
 * A term or a name, shared by every word that has it: its id in the article
 * being described is kept on it, so that no map is looked up a word.
 */
interface Entry {
  /** The article (a call of {@link describeCandidates}) that `id` belongs to. */
  call: number
  /** Its id in that article, in order of first sight. */
  id: number
  /** The last candidate (in that article) it was counted in. */
  candidate: number
  /** Its slot in that candidate's `terms` or `entities`. */
  slot: number
}

/** What a summary needs to know of one word as written. */
interface WordFacts {
  /** The word in lower case. */
  lower: string
  /** Its term (stem of the lower-case word without "'s"), or `null` for a stop word or a stray letter. */
  term: Entry | null
  /** The name or number it stands for (keyed by `lower`), or `null` when it is not name-like or a number. */
  entity: Entry | null
  /** Whether it has a digit. */
  numeric: boolean
}

/** Most words kept between calls; the caches start afresh past it (memory stays bounded). */
const wordCacheLimit = 50_000
const wordCache = new Map<string, WordFacts>()
const termEntries = new Map<string, Entry>()
const entityEntries = new Map<string, Entry>()
let calls = 0

function entryOf(entries: Map<string, Entry>, key: string): Entry {
  let entry = entries.get(key)
  if (entry === undefined) {
    entry = {call: -1, id: -1, candidate: -1, slot: -1}
    entries.set(key, entry)
  }
  return entry
}

/** The facts of a word, memoised: news repeats its words, and stemming is the costly part. */
function wordFacts(word: string): WordFacts {
  let facts = wordCache.get(word)
  if (facts === undefined) {
    const lower = hasCapital(word) ? word.toLowerCase() : word
    const numeric = hasDigit(word)
    const stop = stopWords.has(lower)
    let term: Entry | null = null
    if (!stop && (lower.length > 1 || numeric)) {
      const bare = withoutPossessive(lower)
      term = entryOf(termEntries, bare.length > 3 ? stemmer(bare) : bare)
    }
    const entity = numeric || (!stop && upperInitial(word)) ? entryOf(entityEntries, lower) : null
    facts = {lower, term, entity, numeric}
    wordCache.set(word, facts)
  }
  return facts
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

/** Ids for the terms and names of one article, given in order of first sight. */
class Vocabulary {
  size = 0
  constructor(readonly call: number) {}
  /** The id of `entry` in this article, new when it is first seen. */
  id(entry: Entry): number {
    if (entry.call !== this.call) {
      entry.call = this.call
      entry.id = this.size++
      entry.candidate = -1
    }
    return entry.id
  }
}

/** The terms, entities and opening of one candidate (the `place`th described in its article). */
function describeCandidate(
  candidate: Candidate,
  place: number,
  termVocabulary: Vocabulary,
  entityVocabulary: Vocabulary,
): SentenceFeatures {
  const terms: number[] = []
  const counts: number[] = []
  const entities: number[] = []
  const {words} = candidate
  let first = ''
  for (let index = 0; index < words.length; index++) {
    const facts = wordFacts(words[index]!)
    if (index === 0) first = facts.lower
    // A capital on the first word says nothing; inside the sentence it marks a name.
    const entity = facts.entity
    if (entity !== null && (index > 0 || facts.numeric)) {
      const id = entityVocabulary.id(entity)
      if (entity.candidate !== place) {
        entity.candidate = place
        entities.push(id)
      }
    }
    const term = facts.term
    if (term !== null) {
      const id = termVocabulary.id(term)
      if (term.candidate !== place) {
        term.candidate = place
        term.slot = terms.length
        terms.push(id)
        counts.push(1)
      } else counts[term.slot]!++
    }
  }
  let squares = 0
  for (const value of counts) squares += value * value
  return {
    terms,
    counts,
    norm: Math.sqrt(squares),
    entities,
    length: words.length,
    dangling: danglingOpeners.has(first),
    quote: opensWithQuotationMark(candidate.text),
    centrality: 0,
    coverage: 0,
    specificity: Math.min(entities.length, 3) / 3,
  }
}

/** Whether `text` opens (after any white space) with a quotation mark. */
function opensWithQuotationMark(text: string): boolean {
  const code = text.charCodeAt(0)
  // A letter, digit or ASCII mark other than a quote or white space: no regex needed.
  if (code > 32 && code < 128 && code !== 34 && code !== 39) return false
  return opensWithQuote.test(text)
}

/** Cosine similarity of two sentences' terms. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures): number {
  if (a.norm === 0 || b.norm === 0) return 0
  let dot = 0
  for (let index = 0; index < a.terms.length; index++) {
    const at = b.terms.indexOf(a.terms[index]!)
    if (at >= 0) dot += a.counts[index]! * b.counts[at]!
  }
  return dot / (a.norm * b.norm)
}

/**
 * Features of every candidate, with centrality against the document centroid
 * (the sentence left out of it) and coverage of names and numbers that recur.
 *
 * @param candidates The candidates, in text order.
 */
export function describeCandidates(candidates: readonly Candidate[]): SentenceFeatures[] {
  // Between articles (never inside one, where ids live on the entries), the caches may start afresh.
  if (wordCache.size >= wordCacheLimit) {
    wordCache.clear()
    termEntries.clear()
    entityEntries.clear()
  }
  const call = ++calls
  const termVocabulary = new Vocabulary(call)
  const entityVocabulary = new Vocabulary(call)
  const features = candidates.map((candidate, place) =>
    describeCandidate(candidate, place, termVocabulary, entityVocabulary),
  )
  // Centroid: the number of sentences each term occurs in; likewise for names.
  const centroid = new Float64Array(termVocabulary.size)
  const entityCounts = new Float64Array(entityVocabulary.size)
  for (const feature of features) {
    for (const term of feature.terms) centroid[term]!++
    for (const entity of feature.entities) entityCounts[entity]!++
  }
  let centroidSquares = 0
  for (const value of centroid) centroidSquares += value * value

  let bestCoverage = 0
  for (const feature of features) {
    let dot = 0
    let removed = 0
    for (let index = 0; index < feature.terms.length; index++) {
      const total = centroid[feature.terms[index]!]!
      // Leave the sentence out of the centroid: what is left is the rest of the story.
      const rest = total - 1
      dot += feature.counts[index]! * rest
      removed += total * total - rest * rest
    }
    const restNorm = Math.sqrt(Math.max(0, centroidSquares - removed))
    feature.centrality = feature.norm === 0 || restNorm === 0 ? 0 : dot / (feature.norm * restNorm)
    let coverage = 0
    for (const entity of feature.entities) coverage += entityCounts[entity]! - 1
    feature.coverage = coverage
    if (coverage > bestCoverage) bestCoverage = coverage
  }
  if (bestCoverage > 0) for (const feature of features) feature.coverage /= bestCoverage
  return features
}
