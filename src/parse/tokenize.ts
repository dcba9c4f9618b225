/**
 * The first step of parse-latin's parse, cutting a piece of text into word,
 * white space, punctuation and symbol tokens, done in one pass over the
 * character codes instead of three regular expression tests a character.
 *
 * The tokens are the ones `ParseLatin.prototype.tokenize` makes, node for
 * node and point for point: every character's class comes from parse-latin
 * itself (its tokenizer run once on that character alone, the first time the
 * character is seen, and kept in a table), and the rules that join
 * characters into tokens are parse-latin's (a run of word characters or of
 * white space is one token; a run of one punctuation or symbol character
 * repeated, or of surrogate halves, is one token). What differs is the
 * points: they index the whole input rather than the piece (see
 * {@link tokenizeAt}), and one point object stands for each boundary. The
 * test `test/parse.test.ts` compares both on generated text.
 */

import type {SentenceContent, Word} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Point} from 'unist'

/** The node type of each character class, by number (0: not yet known). */
const classNames = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
/** Runs of these classes make one token whatever their characters. */
const whiteSpaceClass = 1
const wordClass = 3

/** The class of every UTF-16 code unit met so far (64 KB, filled lazily). */
const classes = new Uint8Array(0x10000)

/** parse-latin's own tokenizer, to classify a character the first time it is seen. */
const reference = new ParseLatin()

/** The class parse-latin gives the code unit `code`, from the table or by asking parse-latin once. */
function classOf(code: number): number {
  let known = classes[code]!
  if (known === 0) {
    const type = reference.tokenize(String.fromCharCode(code))[0]!.type
    known = classNames.indexOf(type as (typeof classNames)[number])
    if (known <= 0) throw new Error(`nutgraf: unexpected token type ${type} from parse-latin`)
    classes[code] = known
  }
  return known
}

/**
 * Tokenize `value` as parse-latin's `tokenize` does, with points that index
 * the whole input: `base` is the point where `value` starts in it.
 *
 * Each boundary between two tokens is one point object, the end of the one
 * and the start of the next, and a word's text node shares its word's points
 * (parse-latin makes equal copies; nothing after the tokenizer changes a
 * point in place, so sharing them is safe and saves memory).
 *
 * @param value The text of one piece (a block or part of one).
 * @param base Where `value` starts in the whole input.
 * @returns The tokens, in order, covering `value`.
 */
export function tokenizeAt(value: string, base: Point): SentenceContent[] {
  const tokens: SentenceContent[] = []
  const length = value.length
  if (length === 0) return tokens
  const baseOffset = base.offset!
  let line = base.line
  let column = base.column
  let start: Point = {line, column, offset: baseOffset}
  let from = 0
  let previousClass = 0
  let previousCode = -1

  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    const currentClass = classes[code] || classOf(code)
    if (
      index > from &&
      (currentClass !== previousClass ||
        (currentClass !== wordClass &&
          currentClass !== whiteSpaceClass &&
          code !== previousCode &&
          (code < 0xd800 || code > 0xdfff)))
    ) {
      const end: Point = {line, column, offset: baseOffset + index}
      tokens.push(makeToken(previousClass, value.slice(from, index), start, end))
      start = end
      from = index
    }
    if (code === 13 || code === 10) {
      if (code === 13 || previousCode !== 13) {
        line++
        column = 1
      }
    } else {
      column++
    }
    previousClass = currentClass
    previousCode = code
  }
  const end: Point = {line, column, offset: baseOffset + length}
  tokens.push(makeToken(previousClass, value.slice(from), start, end))
  return tokens
}

/** One token of class `kind`. */
function makeToken(kind: number, value: string, start: Point, end: Point): SentenceContent {
  const position = {start, end}
  if (kind === wordClass) {
    const word: Word = {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end}}],
      position,
    }
    return word
  }
  return {type: classNames[kind] as 'PunctuationNode', value, position}
}
