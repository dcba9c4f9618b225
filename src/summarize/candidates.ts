/**
 * Which sentences a summary may use: body sentences of the story, split
 * where the sentence parser ran two together, less datelines, and less the
 * fragments a scraper leaves in the prose. Each dropped sentence gets the id
 * of the rule that dropped it.
 */

import type {Sentence as NlcstSentence} from 'nlcst'
import type {Point, Position} from 'unist'
import {furnitureOpenings, sentenceEndAbbreviations} from '../data/stop-words.js'
import type {Article, Sentence} from '../types.js'
import {isCapitals} from '../util/letters.js'

/** A sentence a summary may use, and its words. */
export interface Candidate {
  /** The sentence's text, exactly as in the input. */
  text: string
  /** The parsed sentence the text is part of. */
  sentence: Sentence
  /** Where the text starts in the sentence's text. */
  from: number
  /** Where the text ends in the sentence's text. */
  to: number
  /** Index of its parsed sentence among the article's body sentences (its place in the story). */
  place: number
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
const letterOrDigit = /[\p{L}\p{N}]/u
/** The first words of the furniture openings. */
const furnitureFirstWords = new Set(
  furnitureOpenings.map((opening) => opening.split(/[\s:@]/u)[0]!),
)
/** Lower-case words that join the parts of a name ("Bank of England", "Anna and Tom"). */
const nameJoiners = new Set(['and', 'of', 'the', 'de', 'da', 'del', 'van', 'von', 'der', 'for'])
const photoCredit = /\b(?:photo|photograph|picture|image|credit)s?\s{0,3}(?:credit\s{0,3})?:/iu
/** A stop, a closing mark, space, then a capital: where a run-on sentence may be cut. */
const possibleBreak = /[.!?]["'’”)]?(\s{1,8})(?=["'‘“]?\p{Lu})/gu
/** What must come before a stop that ends a sentence: a lower-case word or a number. */
const wordBeforeStop =
  /(?:^|[\s(])(\p{Ll}{2,}|[$£€]?\p{N}[\p{N},.\-–]{0,12}(?:%|\p{Ll}{1,3})?)["'’”)]?[.!?]["'’”)]?$/u
/**
 * A dateline: an agency in brackets, after an optional place ("LONDON,
 * England (CNN) --"), or a place in capitals and a dash ("WASHINGTON —").
 */
const agencyDateline =
  /^(?:\p{Lu}[\p{L}.'’-]{0,20}(?:,? \p{Lu}[\p{L}.'’-]{0,20}){0,4} )?\((?:CNN|Reuters|AP|AFP|UPI|PA|Bloomberg|dpa)\)\s{0,3}(?:[-—–]{1,2}\s{0,3})?/u
const capitalsDateline = /^\p{Lu}[\p{Lu} .,'’]{1,40}\s[-—–]{1,2}\s{1,3}/u
/** A caption label before the sentence it heads ("Tragic: The ..."): one to three words and a colon. */
const captionLabel = /^\p{Lu}[\p{L}'’-]{0,20}(?: [\p{L}'’-]{1,20}){0,2}: (?=\p{Lu})/u
/**
 * The furthest a caption label's ": " can be from the start, in UTF-16 code
 * units: a capital and 20 letters, twice a space and 20 more; a letter may
 * take two code units.
 */
const labelReach = 2 * (1 + 20 + 2 * 21)
/** Words that make a label a quote's attribution ("He said: ...") instead. */
const attributionWords =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|explained|explains|stated|states|declared|warned|tweeted|posted|continued|revealed|claimed|admitted|insisted|replied|asked|according)\b/iu

/** Whether the character at `index` is a letter or a digit (ASCII fast, else Unicode). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  return letterOrDigit.test(text.charAt(index))
}

/** Whether a character joins two parts of one word: an apostrophe, a hyphen or a point. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46
}

/**
 * The words of a sentence, as written: runs of letters and digits, with
 * inner apostrophes, hyphens and points ("don't", "well-known", "3.5").
 *
 * @param text The sentence's text (or a piece of it).
 * @param node The parsed sentence `text` is part of: a word that is exactly
 *   one of its plain words (a single text node) reuses that node's string
 *   instead of a new one (the words are the same either way).
 * @param base Where `text` starts in the input (the offsets of `node`).
 */
export function sentenceWords(text: string, node?: NlcstSentence, base = 0): string[] {
  const words: string[] = []
  const children = node?.children
  let child = 0
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && isWordCharacter(text, index)) {
      if (start < 0) start = index
      continue
    }
    if (start < 0) continue
    // A joiner between two word characters keeps the word going.
    if (
      index + 1 < text.length &&
      isJoiner(text.charCodeAt(index)) &&
      isWordCharacter(text, index + 1)
    ) {
      continue
    }
    let word: string | undefined
    if (children !== undefined) {
      const from = base + start
      while (child < children.length && children[child]!.position!.start.offset! < from) child++
      word = plainWordAt(children[child], from, base + index)
    }
    words.push(word ?? text.slice(start, index))
    start = -1
  }
  return words
}

/** The string of `node` when it is a word of one text node from `from` to `to`, else `undefined`. */
function plainWordAt(
  node: NlcstSentence['children'][number] | undefined,
  from: number,
  to: number,
): string | undefined {
  if (node === undefined || node.type !== 'WordNode' || node.children.length !== 1) return undefined
  const only = node.children[0]!
  const position = node.position!
  if (only.type !== 'TextNode' || position.start.offset !== from || position.end.offset !== to) {
    return undefined
  }
  return only.value
}

/** Whether a word starts with a lower-case letter. */
function isLowerInitial(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  const first = word.charAt(0)
  return first !== first.toUpperCase()
}

/**
 * Why a body sentence cannot stand in a summary, or `null` when it can.
 *
 * @param words The sentence's words.
 * @param text The sentence's text.
 */
export function dropReason(words: readonly string[], text: string): DropReason | null {
  if (words.length < minimumWords) return 'fragment-short'
  // Furniture opens with its first word; compare only when that word is a furniture word.
  const first = words[0]!
  if (furnitureFirstWords.has(first.toLowerCase())) {
    const from = text.indexOf(first)
    const opening = text.slice(from, from + 48).toLowerCase()
    for (const furniture of furnitureOpenings) {
      if (opening.startsWith(furniture)) return 'furniture'
    }
  }
  if (words.length < 16 && text.includes(':') && photoCredit.test(text)) return 'photo-credit'
  let lowercase = 0
  let shouting = 0
  for (const word of words) {
    if (isLowerInitial(word)) {
      // Every joiner has two or three letters: no set look-up (and hashing) for longer words.
      if (word.length > 3 || !nameJoiners.has(word)) {
        lowercase++
        // Half the words or more in lower case: neither test below can drop the sentence.
        if (lowercase >= 2 && lowercase * 2 >= words.length) return null
      }
    } else if (word.length > 1 && isCapitals(word)) shouting++
  }
  if (lowercase < 2) return 'fragment-no-lowercase'
  if (shouting * 2 > words.length) return 'fragment-shouting'
  return null
}

/**
 * Offsets (into `text`) where a sentence the parser left whole really ends
 * and the next begins: after a lower-case word or a number and a stop, before
 * a capital. Abbreviations ("etc.", "approx.") do not end a sentence.
 */
export function runOnBreaks(text: string): readonly number[] {
  if (!hasInnerStop(text)) return noBreaks
  const breaks: number[] = []
  for (const match of text.matchAll(possibleBreak)) {
    const stopEnd = match.index + match[0].length - match[1]!.length
    const before = wordBeforeStop.exec(text.slice(Math.max(0, stopEnd - 24), stopEnd))
    if (!before) continue
    if (sentenceEndAbbreviations.has(before[1]!)) continue
    breaks.push(stopEnd, match.index + match[0].length)
  }
  return breaks
}

/** What {@link runOnBreaks} gives for most sentences (shared: never changed). */
const noBreaks: readonly number[] = Object.freeze([])

/**
 * Whether a stop is followed by white space before the end (a cheap test
 * before the pattern): a full stop, question or exclamation mark before the
 * last two characters, then white space, or a closing quotation mark or
 * bracket and white space. The marks are found with `indexOf`.
 */
export function hasInnerStop(text: string): boolean {
  return stopBeforeSpace(text, '.') || stopBeforeSpace(text, '?') || stopBeforeSpace(text, '!')
}

/** Whether `mark` occurs before the last two characters of `text`, followed by white space (past one closer). */
function stopBeforeSpace(text: string, mark: string): boolean {
  const last = text.length - 2
  for (
    let index = text.indexOf(mark);
    index !== -1 && index < last;
    index = text.indexOf(mark, index + 1)
  ) {
    let next = text.charCodeAt(index + 1)
    // Past one closing quotation mark or bracket.
    if (next === 34 || next === 39 || next === 41 || next === 0x2019 || next === 0x201d) {
      next = text.charCodeAt(index + 2)
    }
    if (next === 32 || next === 10 || next === 13 || next === 9 || next === 160) return true
  }
  return false
}

/** How many characters of `text` a dateline takes at its start (0 when none). */
export function datelineLength(text: string): number {
  const match = agencyDateline.exec(text) ?? capitalsDateline.exec(text)
  return match && match[0].length < text.length ? match[0].length : 0
}

/** Where a candidate is in the input (computed only for the chosen ones). */
export function candidatePosition(candidate: Candidate): Position {
  const {sentence, from, to} = candidate
  const start = sentence.position.start
  return {start: advance(start, sentence.text, from), end: advance(start, sentence.text, to)}
}

/** How many characters of `text` a caption label takes at its start (0 when none). */
export function labelLength(text: string): number {
  // The label's ": " comes within its first 64 characters: most sentences have none there.
  const colon = text.indexOf(': ')
  if (colon < 1 || colon > labelReach) return 0
  const match = captionLabel.exec(text)
  if (!match || attributionWords.test(match[0])) return 0
  return match[0].length
}

/** The point `to` characters into `text`, which starts at `start`. */
function advance(start: Point, text: string, to: number): Point {
  let {line, column} = start
  for (let index = 0; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 /* \r */ && text.charCodeAt(index + 1) === 10 && index + 1 < to) {
      index++
      line++
      column = 1
    } else if (code === 10 || code === 13) {
      line++
      column = 1
    } else column++
  }
  return {line, column, offset: start.offset! + to}
}

/**
 * The sentences of `article` a summary may use: body sentences cut at
 * run-on breaks, without datelines or caption labels, that are not
 * fragments, furniture or photo credits; in text order.
 */
export function findCandidates(article: Article): Candidate[] {
  const candidates: Candidate[] = []
  let place = 0
  let previousBlock = -1
  for (const sentence of article.sentences) {
    if (sentence.kind !== 'body') continue
    const {text} = sentence
    // A dateline can only open a paragraph.
    const opensBlock = sentence.block !== previousBlock
    previousBlock = sentence.block
    const breaks = runOnBreaks(text)
    if (breaks.length === 0) {
      // One piece, the whole sentence (the common case): no list of cuts.
      addCandidate(candidates, sentence, opensBlock ? datelineLength(text) : 0, text.length, place)
    } else {
      const cuts = [0, ...breaks, text.length]
      for (let index = 0; index < cuts.length; index += 2) {
        const from = cuts[index]!
        addCandidate(
          candidates,
          sentence,
          from === 0 && opensBlock ? datelineLength(text) : from,
          cuts[index + 1]!,
          place,
        )
      }
    }
    place++
  }
  return candidates
}

/** Add the piece of `sentence` from `from` to `to` to `candidates`, less a caption label, unless it is dropped. */
function addCandidate(
  candidates: Candidate[],
  sentence: Sentence,
  from: number,
  to: number,
  place: number,
): void {
  const {text} = sentence
  let piece = from === 0 && to === text.length ? text : text.slice(from, to)
  // A caption label is the page's, not the story's.
  const label = labelLength(piece)
  if (label > 0) {
    from += label
    piece = piece.slice(label)
  }
  const words = sentenceWords(piece, sentence.node, sentence.position.start.offset! + from)
  if (dropReason(words, piece) !== null) return
  candidates.push({text: piece, sentence, from, to, place, words})
}
