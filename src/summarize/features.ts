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

/** What a summary needs to know of one word as written (for words too long for the table). */
interface WordFacts {
  /** Global id of its term (stem of the lower-case word without "'s"), or -1 for a stop word or a stray letter. */
  term: number
  /** Global id of the name or number it stands for (keyed by the lower-case word), or -1 when it is not name-like or a number. */
  entity: number
  /** Whether it has a digit. */
  numeric: boolean
}

/**
 * Most words kept between calls; the caches start afresh past it (memory
 * stays bounded). Global ids of terms and names are never more than the
 * words kept.
 */
const wordCacheLimit = 50_000
/** Words longer than {@link inlineChars} (few): their facts by the word. */
const wordCache = new Map<string, WordFacts>()
/** Global ids of terms (by stem) and of names and numbers (by lower-case word). */
const termIds = new Map<string, number>()
const entityIds = new Map<string, number>()

/*
 * Most words' facts live in one open-addressing table of 32-byte slots, the
 * word's characters kept in the slot: a look-up reads one slot (one cache
 * line), where a Map reads its buckets, the key string and the value
 * object, all cold after a fresh parse. A slot is 16 UTF-16 units: unit 0
 * the word's length (0: empty) and 0x8000 when it has a digit; 32-bit
 * units 1 and 2 (units 2 to 5) the term and name ids plus one (0: none);
 * units 6 to 15 the characters.
 */
const inlineChars = 10
const slotBits = 17
const slotMask = (1 << slotBits) - 1
// Made on the first summary (4 MB), not at import: a program that never summarises never pays for it.
let slotUnits = new Uint16Array(0)
let slotInts = new Int32Array(0)
let slotsUsed = 0

/**
 * What each global id is in the article being described, four 32-bit
 * numbers an id: the call it was last seen in, its id in that article, the
 * last candidate (in that article) it was counted in, its slot in that
 * candidate's `terms` or `entities`.
 */
let termStamps = new Int32Array(4 * 4096)
let entityStamps = new Int32Array(4 * 4096)
let calls = 0
/** Sentence counts of each term and each name of the article being described, reused by every call. */
let centroidCounts = new Float64Array(1024)
let entityTotals = new Float64Array(256)

/** The global id of `key` in `ids`, new when first seen (its stamps grow to hold it). */
function globalId(ids: Map<string, number>, key: string, terms: boolean): number {
  let id = ids.get(key)
  if (id === undefined) {
    id = ids.size
    ids.set(key, id)
    const stamps = terms ? termStamps : entityStamps
    if (4 * id + 4 > stamps.length) {
      const grown = new Int32Array(stamps.length * 2)
      grown.set(stamps)
      if (terms) termStamps = grown
      else entityStamps = grown
    }
  }
  return id
}

/** The facts of a word, worked out (stemming is the costly part; the callers memoise it). */
function computeFacts(word: string): WordFacts {
  const lower = hasCapital(word) ? word.toLowerCase() : word
  const numeric = hasDigit(word)
  const stop = stopWords.has(lower)
  let term = -1
  if (!stop && (lower.length > 1 || numeric)) {
    const bare = withoutPossessive(lower)
    term = globalId(termIds, bare.length > 3 ? stemmer(bare) : bare, true)
  }
  const entity = numeric || (!stop && upperInitial(word)) ? globalId(entityIds, lower, false) : -1
  return {term, entity, numeric}
}

/**
 * The table slot holding the facts of `word` (filled when the word is new),
 * or -1 when the word is too long for a slot.
 */
function slotOf(word: string): number {
  const length = word.length
  if (length > inlineChars || length === 0) return -1
  let hash = 0x811c9dc5
  for (let index = 0; index < length; index++) {
    hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193)
  }
  let slot = (hash ^ (hash >>> slotBits)) & slotMask
  for (;;) {
    const base = slot * 16
    const head = slotUnits[base]!
    if (head === 0) break
    if ((head & 0x7fff) === length) {
      let index = 0
      while (index < length && slotUnits[base + 6 + index] === word.charCodeAt(index)) index++
      if (index === length) return slot
    }
    slot = (slot + 1) & slotMask
  }
  // Never more than half the slots filled (one huge article may pass the limit): probes stay short and end.
  if (slotsUsed >= slotMask >> 1) return -1
  const facts = computeFacts(word)
  const base = slot * 16
  for (let index = 0; index < length; index++) slotUnits[base + 6 + index] = word.charCodeAt(index)
  slotInts[slot * 8 + 1] = facts.term + 1
  slotInts[slot * 8 + 2] = facts.entity + 1
  slotUnits[base] = length | (facts.numeric ? 0x8000 : 0)
  slotsUsed++
  return slot
}

/** The facts of a word too long for a slot, memoised. */
function wordFacts(word: string): WordFacts {
  let facts = wordCache.get(word)
  if (facts === undefined) {
    facts = computeFacts(word)
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
  constructor(
    readonly call: number,
    readonly terms: boolean,
  ) {}
  /** The id (in this article) of global id `global`, new when it is first seen; resets its candidate. */
  id(global: number): number {
    // The stamps are looked up each time: they may grow while an article is described.
    const stamps = this.terms ? termStamps : entityStamps
    const at = 4 * global
    if (stamps[at] !== this.call) {
      stamps[at] = this.call
      stamps[at + 1] = this.size++
      stamps[at + 2] = -1
    }
    return stamps[at + 1]!
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
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    let term: number
    let entity: number
    let numeric: boolean
    const slot = slotOf(word)
    if (slot >= 0) {
      term = slotInts[slot * 8 + 1]! - 1
      entity = slotInts[slot * 8 + 2]! - 1
      numeric = (slotUnits[slot * 16]! & 0x8000) !== 0
    } else {
      const facts = wordFacts(word)
      term = facts.term
      entity = facts.entity
      numeric = facts.numeric
    }
    // A capital on the first word says nothing; inside the sentence it marks a name.
    if (entity >= 0 && (index > 0 || numeric)) {
      const id = entityVocabulary.id(entity)
      if (entityStamps[4 * entity + 2] !== place) {
        entityStamps[4 * entity + 2] = place
        entities.push(id)
      }
    }
    if (term >= 0) {
      const id = termVocabulary.id(term)
      const at = 4 * term
      if (termStamps[at + 2] !== place) {
        termStamps[at + 2] = place
        termStamps[at + 3] = terms.length
        terms.push(id)
        counts.push(1)
      } else counts[termStamps[at + 3]!]!++
    }
  }
  let squares = 0
  for (const value of counts) squares += value * value
  const first = words.length > 0 ? words[0]!.toLowerCase() : ''
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
  if (slotUnits.length === 0) {
    const buffer = new ArrayBuffer((1 << slotBits) * 32)
    slotUnits = new Uint16Array(buffer)
    slotInts = new Int32Array(buffer)
  }
  if (wordCache.size + slotsUsed >= wordCacheLimit) {
    wordCache.clear()
    slotUnits.fill(0)
    slotsUsed = 0
    // Ids are given afresh; stamps of earlier calls never match a later call.
    termIds.clear()
    entityIds.clear()
  }
  const call = ++calls
  const termVocabulary = new Vocabulary(call, true)
  const entityVocabulary = new Vocabulary(call, false)
  const features = candidates.map((candidate, place) =>
    describeCandidate(candidate, place, termVocabulary, entityVocabulary),
  )
  // Centroid: the number of sentences each term occurs in; likewise for names. The counts live
  // in tables kept from call to call, cleared up to this article's vocabulary.
  const terms = termVocabulary.size
  if (centroidCounts.length < terms) {
    centroidCounts = new Float64Array(Math.max(terms, 2 * centroidCounts.length))
  }
  if (entityTotals.length < entityVocabulary.size) {
    entityTotals = new Float64Array(Math.max(entityVocabulary.size, 2 * entityTotals.length))
  }
  const centroid = centroidCounts
  const entityCounts = entityTotals
  centroid.fill(0, 0, terms)
  entityCounts.fill(0, 0, entityVocabulary.size)
  for (const feature of features) {
    for (const term of feature.terms) centroid[term]!++
    for (const entity of feature.entities) entityCounts[entity]!++
  }
  let centroidSquares = 0
  for (let term = 0; term < terms; term++) centroidSquares += centroid[term]! * centroid[term]!

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
