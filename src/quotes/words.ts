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

// Words with inner apostrophes, hyphens, full stops and ampersands ("Okafor's", "U.S", "AT&T"); else one symbol.
const wordPattern = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
const upperStart = /^\p{Lu}/u
const alphanumeric = /[\p{L}\p{N}]/u

/** Tokenize `text.slice(from, to)`, appending to `out`. */
export function tokenize(text: string, from: number, to: number, out: Word[] = []): Word[] {
  if (to <= from) return out
  const slice = text.slice(from, to)
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(slice); match; match = wordPattern.exec(slice)) {
    const value = match[0]
    const start = from + match.index
    const punct = value.length === 1 && !alphanumeric.test(value)
    out.push({text: value, lower: value.toLowerCase(), start, end: start + value.length, punct})
  }
  return out
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: Word): boolean {
  return !word.punct && word.quote === undefined && upperStart.test(word.text)
}

/** Whether a word ends in a possessive "'s" or "’s". */
export function isPossessive(word: Word): boolean {
  const {lower} = word
  return lower.endsWith("'s") || lower.endsWith('’s')
}
