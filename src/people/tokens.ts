/**
 * The flat view of an nlcst sentence that the people matchers read: its
 * words and punctuation marks, with offsets, the white space before each, a
 * shape for words, and whether each item is inside quotation marks.
 */

import type {Sentence as NlcstSentence} from 'nlcst'
import type {WordFilter} from '../util/word-filter.js'
import type {Gender, PeopleLexicon} from './lexicon.js'

/** A pronoun outside quotation marks. */
export interface PronounSite {
  start: number
  end: number
  gender: Gender
}

/** What a word looks like, for names. */
export type Shape =
  /** Starts with a capital and has lower case: "Okafor", "McDonald", "O'Brien", "al-Assad". */
  | 'capitalised'
  /** One to three capitals, each with or without a stop: "J.", "J.D.", "JD", "W". */
  | 'initials'
  /** A lower-case name particle: "von", "der", "bin". */
  | 'particle'
  /** Anything else: lower case, numbers, long all-capital words. */
  | 'other'

/** A word or punctuation mark of a sentence. */
export interface Item {
  kind: 'word' | 'punctuation'
  start: number
  end: number
  /** White space (no line break) before this item, after the previous one. */
  spaced: boolean
  /** A line break between the previous item and this one. */
  broken: boolean
  /** Inside quotation marks. */
  quoted: boolean
  /** The text as written, without a possessive 's for words. */
  bare: string
  /** `bare` lower-cased, without a final stop. */
  key: string
  /** Words only: ends in 's or ’s. */
  possessive: boolean
  shape: Shape
  /** The lexicon lists `key` is in (`Kind` bits), once looked up; -1 before. Read it with {@link kindsOf}. */
  kinds: number
}

/**
 * The lexicon lists an item's key is in, as `Kind` bits: looked up on
 * first use and kept on the item.
 */
export function kindsOf(item: Item, lexicon: PeopleLexicon): number {
  let kinds = item.kinds
  if (kinds < 0) {
    kinds = lexicon.kinds.get(item.key)
    item.kinds = kinds
  }
  return kinds
}

/**
 * A name's last word as the name ends: without a full stop that the parse
 * kept on it because the next sentence opens in lower case ("the model
 * Ann Gandry. iPhone users ..."). A stop stays on initials and short words ("J.",
 * "Jr.", "St.").
 */
export function nameWordText(word: Item): string {
  const bare = word.bare
  return word.shape === 'capitalised' && bare.length > 4 && bare.charCodeAt(bare.length - 1) === 46
    ? bare.slice(0, -1)
    : bare
}

/** Quotation state of a block, carried from sentence to sentence. */
export interface QuoteState {
  open: boolean
  /** The open quotation was opened by a single mark (closed only by one). */
  single?: boolean
}

/**
 * Whether the single mark `child` (a punctuation node at `index` of the
 * sentence's children) opens a quotation: white space or the sentence start
 * before it, a word right after it, and not an elision ("the '90s", "'n'").
 */
function opensSingle(children: NlcstSentence['children'], index: number, spaced: boolean): boolean {
  if (!(spaced || index === 0)) return false
  const next = children[index + 1]
  if (next?.type !== 'WordNode') return false
  const first = next.children[0]
  if (first?.type !== 'TextNode') return false
  const code = first.value.charCodeAt(0)
  return !(code >= 48 && code <= 57) && first.value !== 'n'
}

/** Whether the single mark at `index` closes a quotation: glued to what is before it, white space or the end after it. */
function closesSingle(
  children: NlcstSentence['children'],
  index: number,
  spaced: boolean,
): boolean {
  if (spaced || index === 0) return false
  const next = children[index + 1]
  return next === undefined || next.type === 'WhiteSpaceNode' || next.type === 'PunctuationNode'
}

const initials = /^(?:\p{Lu}\.?){1,3}$/u
const capitalised = /^\p{Lu}.*\p{Ll}/u
const digit = /\d/
const prefixed = /^(?:al|el|ad|as|ash|at|an|ar|bin|ibn|abu|d|l)[-'’]\p{Lu}\p{Ll}/u

/**
 * Items of one sentence, in order.
 *
 * @param sentence The nlcst sentence node (positions index the whole input).
 * @param quotes The quotation state of the block, updated in place.
 * @param lowerCaseKeys Receives the keys of lower-case words of three letters or more.
 * @param pronouns Receives the pronouns outside quotation marks, unless `null`.
 */
export function sentenceItems(
  sentence: NlcstSentence,
  source: string,
  quotes: QuoteState,
  lexicon: PeopleLexicon,
  lowerCaseKeys: string[],
  pronouns: PronounSite[] | null,
): Item[] {
  const items: Item[] = []
  const {pronouns: pronounFilter, particles: particleFilter} = lexicon.filters
  let spaced = false
  let broken = false
  const children = sentence.children
  // Children are contiguous: offsets follow from the lengths, no position to read.
  let end = sentence.position!.start.offset!
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const start = end
    if (child.type === 'WhiteSpaceNode') {
      const value = child.value
      end = start + value.length
      if (value === ' ') spaced = true
      else if (value.includes('\n') || value.includes('\r')) broken = true
      else spaced = true
      continue
    }
    if (child.type === 'WordNode') {
      const parts = child.children
      // A word of one text node holds no mark: no 's, no stop, no hyphen or apostrophe inside.
      const plain = parts.length === 1
      let text: string
      if (plain) {
        text = parts[0]!.value
        end = start + text.length
      } else {
        let length = 0
        for (let part = 0; part < parts.length; part++) length += parts[part]!.value.length
        end = start + length
        text = source.slice(start, end)
      }
      const possessive = !plain && text.length > 2 && isPossessive(text)
      const bare = possessive ? text.slice(0, -2) : text
      const first = bare.charCodeAt(0)
      // Lower-case words are their own key: no new string for most words.
      const lower = first >= 97 && first <= 122
      let key = lower ? bare : bare.toLowerCase()
      if (!plain && key.charCodeAt(key.length - 1) === 46) key = key.slice(0, -1)
      // Lower-case words of three letters or more, to tell common words from names.
      if (lower && key.length > 2) lowerCaseKeys.push(key)
      // Pronouns outside quotation marks; every one starts with h or s.
      if (pronouns && !quotes.open && key.length < 8) {
        const initial = key.charCodeAt(0)
        if ((initial === 104 || initial === 115) && pronounFilter.mayHave(key)) {
          const gender = lexicon.pronouns.get(key)
          if (gender) pronouns.push({start, end, gender})
        }
      }
      items.push({
        kind: 'word',
        start,
        end,
        spaced,
        broken,
        quoted: quotes.open,
        bare,
        key,
        possessive,
        shape: shapeOf(bare, key, lexicon, particleFilter, plain),
        kinds: -1,
      })
    } else {
      const text = child.value
      end = start + text.length
      // Straight double quotes toggle; curly ones open and close.
      let quoted = quotes.open
      if (text === '"') {
        quotes.open = !quotes.open
        quotes.single = false
        quoted = false
      } else if (text === '“') {
        quotes.open = true
        quotes.single = false
        quoted = false
      } else if (text === '”') {
        quotes.open = false
        quoted = false
      } else if (text === "'" || text === '‘' || text === '’') {
        // Single marks, as British news quotes: an opening one before a word, a closing one after.
        if (!quotes.open && (text === '‘' || opensSingle(children, index, spaced || broken))) {
          quotes.open = true
          quotes.single = true
          quoted = false
        } else if (
          quotes.open &&
          quotes.single &&
          closesSingle(children, index, spaced || broken)
        ) {
          quotes.open = false
          quotes.single = false
          quoted = false
        }
      }
      items.push({
        kind: 'punctuation',
        start,
        end,
        spaced,
        broken,
        quoted,
        bare: text,
        key: text,
        possessive: false,
        shape: 'other',
        kinds: -1,
      })
    }
    spaced = false
    broken = false
  }
  return items
}

function isSeparator(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 45 || code === 39 || code === 0x2019
}

function isPossessive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  const apostrophe = text.charCodeAt(text.length - 2)
  return (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)
}

/**
 * The shape of a word of ASCII characters (no line break) that does not
 * start with a lower-case letter or a digit, as the `capitalised`, `digit`
 * and `initials` patterns tell it, without a pattern: `capitalised`,
 * `initials` or `other`; `undefined` for a word with other characters,
 * which the patterns read.
 */
export function asciiShape(word: string): Shape | undefined {
  const length = word.length
  const first = word.charCodeAt(0)
  let lower = false
  let digits = false
  // Initials: one to three capitals, each with or without a stop after it.
  let capitals = 0
  let initialsSoFar = true
  for (let index = 0; index < length; index++) {
    const code = word.charCodeAt(index)
    if (code > 127 || code === 10 || code === 13) return undefined
    if (code >= 97 && code <= 122) {
      lower = true
      initialsSoFar = false
    } else if (code >= 65 && code <= 90) {
      capitals++
    } else {
      if (code >= 48 && code <= 57) digits = true
      // A stop counts after a capital only.
      if (!(code === 46 && index > 0 && isAsciiCapital(word.charCodeAt(index - 1)))) {
        initialsSoFar = false
      }
    }
  }
  if (isAsciiCapital(first) && lower && !digits) return 'capitalised'
  return initialsSoFar && capitals >= 1 && capitals <= 3 ? 'initials' : 'other'
}

/** Whether a UTF-16 code is an ASCII capital, A to Z. */
export function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * The shape of a word; `particles` is the filter of the lexicon's particles,
 * `plain` tells a word of one text node (no hyphen or apostrophe inside).
 */
function shapeOf(
  bare: string,
  key: string,
  lexicon: PeopleLexicon,
  particles: WordFilter,
  plain: boolean,
): Shape {
  const first = bare.charCodeAt(0)
  // Most words: plain lower case or digits.
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) {
    if (bare.length <= 4 && particles.mayHave(key) && lexicon.particles.has(key)) {
      return 'particle'
    }
    // "al-Assad", "d'Estaing": a separator after one to three letters.
    if (
      !plain &&
      bare.length > 3 &&
      (isSeparator(bare, 1) || isSeparator(bare, 2) || isSeparator(bare, 3))
    ) {
      if (prefixed.test(bare)) return 'capitalised'
    }
    return 'other'
  }
  // Here the word starts with no ASCII lower-case letter, so `prefixed` ("al-Assad") cannot match.
  const ascii = asciiShape(bare)
  if (ascii !== undefined) {
    if (ascii !== 'other') return ascii
  } else {
    if (capitalised.test(bare) && !digit.test(bare)) return 'capitalised'
    if (initials.test(bare)) return 'initials'
  }
  if (lexicon.particles.has(key)) return 'particle'
  return 'other'
}
