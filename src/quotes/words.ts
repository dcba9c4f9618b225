/** A small word tokenizer for attribution frames, with offsets into the whole input. */

/** A word or a punctuation mark, or a placeholder for a quote. */
export interface Word {
  /** The token as written. */
  text: string
  /** Lower case, for lexicon look-ups. */
  lower: string
  start: number
  end: number
  /** A punctuation mark or symbol, not a word. */
  punct: boolean
  /** Index of the quote this token stands for, when it is a quote placeholder. */
  quote?: number
}

const upperStart = /^\p{Lu}/u
const letterOrNumber = /^[\p{L}\p{N}]$/u
const whiteSpace = /^\s$/u

/** Character classes, as {@link classAt} tells them. */
const space = 0
const wordCharacter = 1
const symbol = 2
/** The class of every ASCII character: white space, letter or digit, else a symbol. */
const asciiClasses = new Uint8Array(128).map((_, code) => {
  if ((code >= 9 && code <= 13) || code === 32) return space
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letter || (code >= 48 && code <= 57) ? wordCharacter : symbol
})
/** The classes of other characters seen so far (there are few in news text), up to a bound. */
const otherClasses = new Map<number, number>()
const otherClassesLimit = 4096

/**
 * The class of the character at `index` (before `to`) times two, plus one
 * when it is a surrogate pair (two code units): a letter or number
 * (`\p{L}`, `\p{N}`), white space (`\s`), else a symbol, as the patterns
 * read code points.
 */
function classAt(text: string, index: number, to: number): number {
  const code = text.charCodeAt(index)
  if (code < 128) return asciiClasses[code]! << 1
  let point = code
  let pair = 0
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) {
      point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
      pair = 1
    }
  }
  let kind = otherClasses.get(point)
  if (kind === undefined) {
    const character = String.fromCodePoint(point)
    kind =
      letterOrNumber.test(character) || isInvisible(point)
        ? wordCharacter
        : whiteSpace.test(character)
          ? space
          : symbol
    if (otherClasses.size < otherClassesLimit) otherClasses.set(point, kind)
  }
  return (kind << 1) | pair
}

/**
 * An invisible character that scraped text carries inside or before words: a
 * soft hyphen, a zero-width space, joiner or non-joiner, or a word joiner.
 * Inside a word it is part of it; before one it is skipped.
 */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060
}

/** Whether a character joins two runs of letters and digits into one word: ' ’ . & - */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 45
}

/**
 * Tokenize `text.slice(from, to)`, appending to `out`: words are runs of
 * letters and digits joined by inner apostrophes, hyphens, full stops and
 * ampersands ("Okafor's", "U.S", "AT&T"); any other character but white
 * space is a token of its own (one code point); an invisible character (a
 * soft hyphen, a zero-width one) is part of a word, and skipped before one. A
 * linear scan, the same tokens as the pattern
 * `[\p{L}\p{N}][\p{L}\p{N}I]*(?:['’.&-][\p{L}\p{N}I]+)*|[^\s\p{L}\p{N}I]`, where `I` is
 * `\u00AD\u200B-\u200D\u2060`.
 */
export function tokenize(text: string, from: number, to: number, out: Word[] = []): Word[] {
  let index = from
  while (index < to) {
    const found = classAt(text, index, to)
    const kind = found >> 1
    const width = (found & 1) + 1
    if (kind === space) {
      index += width
      continue
    }
    // A soft hyphen or a zero-width character left by scraping opens no word ("\u00ADAndres").
    if (kind === wordCharacter && isInvisible(text.charCodeAt(index))) {
      index += width
      continue
    }
    const start = index
    index += width
    if (kind === symbol) {
      const value = text.slice(start, index)
      // A symbol of two code units (an emoji) is not punctuation, as before.
      out.push({
        text: value,
        lower: text.charCodeAt(start) < 128 ? value : value.toLowerCase(),
        start,
        end: index,
        punct: width === 1,
        quote: undefined,
      })
      continue
    }
    // Whether the word has a capital or a character past ASCII: else it is its own lower case.
    let cased = isCasedOrWide(text.charCodeAt(start))
    while (index < to) {
      const next = classAt(text, index, to)
      if (next >> 1 === wordCharacter) {
        if (!cased) cased = isCasedOrWide(text.charCodeAt(index))
        index += (next & 1) + 1
      } else if (
        isJoiner(text.charCodeAt(index)) &&
        index + 1 < to &&
        classAt(text, index + 1, to) >> 1 === wordCharacter
      ) {
        if (!cased) cased = isCasedOrWide(text.charCodeAt(index))
        index++
      } else break
    }
    const value = text.slice(start, index)
    out.push({
      text: value,
      lower: cased ? value.toLowerCase() : value,
      start,
      end: index,
      punct: false,
      quote: undefined,
    })
  }
  return out
}

/** A capital A to Z, or any character past ASCII (which may have a lower case). */
function isCasedOrWide(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 128
}

/** A word in lower case ("critic"), not a mark or a quote. */
export function isLowerWord(word: Word | undefined): boolean {
  if (word === undefined || word.punct || word.quote !== undefined) return false
  const code = word.text.charCodeAt(0)
  // ASCII without the pattern: most words.
  if (code < 128) return code >= 97 && code <= 122
  return lowerStart.test(word.text)
}
const lowerStart = /^\p{Ll}/u

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: Word): boolean {
  if (word.punct || word.quote !== undefined) return false
  const code = word.text.charCodeAt(0)
  // ASCII without the pattern: most words.
  if (code < 128) return code >= 65 && code <= 90
  return upperStart.test(word.text)
}

/** Whether the mark at `index` is an ampersand between two capitalised words: "Smith & Jones". */
export function isAmpersandJoin(words: readonly Word[], index: number): boolean {
  if (words[index]!.text !== '&') return false
  const previous = words[index - 1]
  const next = words[index + 1]
  return (
    previous !== undefined && next !== undefined && isCapitalised(previous) && isCapitalised(next)
  )
}

/** Whether a word ends in a possessive "'s" or "’s". */
export function isPossessive(word: Word): boolean {
  const {lower} = word
  return lower.endsWith("'s") || lower.endsWith('’s')
}
