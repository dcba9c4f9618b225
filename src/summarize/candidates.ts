/**
 * Which sentences a summary may use: body sentences of the story, less the
 * fragments a scraper leaves in the prose. Each dropped sentence gets the id
 * of the rule that dropped it.
 */

import {furnitureOpenings} from '../data/stop-words.js'
import type {Article, Sentence} from '../types.js'

/** A sentence a summary may use, and its words. */
export interface Candidate {
  /** The sentence. */
  sentence: Sentence
  /** Index of the sentence among the article's body sentences (its place in the story). */
  position: number
  /** The sentence's words, as written. */
  words: string[]
}

/** Why a body sentence is not a candidate. */
export type DropReason =
  | 'fragment-short'
  | 'fragment-no-lowercase'
  | 'fragment-shouting'
  | 'furniture'
  | 'photo-credit'

/** The fewest words a sentence of the story has. */
const minimumWords = 4
/** Bounded word pattern: letters or digits, with inner apostrophes or hyphens. */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+){0,8}/gu
const lowerInitial = /^\p{Ll}/u
const upperOnly = /^[\p{Lu}\p{N}'’\-.]+$/u
/** Lower-case words that join the parts of a name ("Bank of England", "Anna and Tom"). */
const nameJoiners = new Set(['and', 'of', 'the', 'de', 'da', 'del', 'van', 'von', 'der', 'for'])
const photoCredit = /\b(?:photo|photograph|picture|image|credit)s?\s{0,3}(?:credit\s{0,3})?:/iu

/** The words of a sentence, as written. */
export function sentenceWords(text: string): string[] {
  return text.match(wordPattern) ?? []
}

/**
 * Why a body sentence cannot stand in a summary, or `null` when it can.
 *
 * @param words The sentence's words.
 * @param text The sentence's text.
 */
export function dropReason(words: readonly string[], text: string): DropReason | null {
  if (words.length < minimumWords) return 'fragment-short'
  const opening = text
    .trimStart()
    .replace(/^["'“‘(]+/u, '')
    .toLowerCase()
  for (const furniture of furnitureOpenings) {
    if (opening.startsWith(furniture)) return 'furniture'
  }
  if (words.length < 16 && photoCredit.test(text)) return 'photo-credit'
  let lowercase = 0
  let shouting = 0
  for (const word of words) {
    if (lowerInitial.test(word)) {
      if (!nameJoiners.has(word)) lowercase++
    } else if (word.length > 1 && upperOnly.test(word) && /\p{L}/u.test(word)) shouting++
  }
  if (lowercase < 2) return 'fragment-no-lowercase'
  if (shouting * 2 > words.length) return 'fragment-shouting'
  return null
}

/**
 * The sentences of `article` a summary may use: body sentences that are not
 * fragments, furniture or photo credits, in text order.
 */
export function findCandidates(article: Article): Candidate[] {
  const candidates: Candidate[] = []
  let position = 0
  for (const sentence of article.sentences) {
    if (sentence.kind !== 'body') continue
    const words = sentenceWords(sentence.text)
    if (dropReason(words, sentence.text) === null) {
      candidates.push({sentence, position, words})
    }
    position++
  }
  return candidates
}
