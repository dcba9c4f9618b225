/**
 * parseArticle's tokenizer: a one-pass scan that must cut text exactly as
 * parse-latin's `tokenize` does, node for node and point for point, checked
 * on a table of cases and on random text against parse-latin itself.
 */
import fc from 'fast-check'
import type {Paragraph, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Point} from 'unist'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {tokenizeAt} from '../src/parse/tokenize.js'

const latin = new ParseLatin()

/** parse-latin's tokens of `value`, their points moved to start at `base`. */
function referenceTokens(value: string, base: Point): SentenceContent[] {
  const tokens = latin.tokenize(value)
  const moved = new Set<Point>()
  const move = (point: Point) => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    point.offset! += base.offset!
  }
  for (const token of tokens) {
    move(token.position!.start)
    move(token.position!.end)
    if (token.type === 'WordNode') {
      move(token.children[0]!.position!.start)
      move(token.children[0]!.position!.end)
    }
  }
  return tokens
}

/** Plain data, so that shared point objects compare as equal copies. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

const cases: Array<[string, string]> = [
  ['empty', ''],
  ['words and spaces', 'Ann Lee said'],
  ['repeated punctuation is one token', 'Wait... what?! -- no'],
  ['different punctuation, one token each', '("Yes.")'],
  ['repeated symbol', '$$ ++ =='],
  ['CRLF counts one line', 'One.\r\nTwo.\rThree.\nFour.'],
  ['blank lines', 'a\n\n\r\n\rb'],
  ['leading and trailing white space', '  \tword \u00a0'],
  ['astral symbols: surrogate halves join', 'Go 👍👍 now 😀🎉'],
  ['astral letter', '𝐀𝐁 are letters'],
  ['combining marks and diacritics', 'Erdoğan café naïve e\u0301'],
  ['curly quotes and dashes', '“Yes,” she said — ‘no’ – ok'],
  ['digits and symbols', '£4.5bn, 3% and 40°C at 10:30'],
  ['lone surrogates', 'a\ud800b\udc00c\ud800\ud800'],
  ['soft hyphen and zero width', 'co\u00adop zero\u200bwidth'],
]

describe('tokenizeAt: the tokens of parse-latin, points from a base', () => {
  const base = {line: 4, column: 9, offset: 120}
  it.each(cases)('%s', (_name, value) => {
    expect(plain(tokenizeAt(value, {...base}))).toEqual(plain(referenceTokens(value, base)))
  })

  it('a word shares its points with its text node, and tokens share boundaries', () => {
    const tokens = tokenizeAt('Ann Lee', {line: 1, column: 1, offset: 0})
    const [first, second] = tokens
    expect(first!.position!.end).toBe(second!.position!.start)
    if (first!.type !== 'WordNode') throw new Error('expected a word')
    expect(first!.children[0]!.position!.start).toBe(first!.position!.start)
  })

  const alphabet = [...'aZ9 .,!?"\'“”‘’-—$£%&/\\()\t\n\r\u00a0éğ\u0301\u00ad', '👍', '😀', '\ud800']
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...alphabet), {maxLength: 60}).map((parts) => parts.join('')),
    fc.string({unit: 'binary', maxLength: 60}),
    fc.string({unit: 'grapheme', maxLength: 60}),
  )

  it('equals parse-latin on random text', () => {
    fc.assert(
      fc.property(
        texts,
        fc.integer({min: 1, max: 50}),
        fc.integer({min: 1, max: 80}),
        fc.nat(10_000),
        (value, line, column, offset) => {
          const at = {line, column, offset}
          expect(plain(tokenizeAt(value, {...at}))).toEqual(plain(referenceTokens(value, at)))
        },
      ),
      {numRuns: 2000},
    )
  })

  it('gives parseArticle the paragraph parse-english makes', () => {
    const english = new ParseEnglish()
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet.filter((part) => !/[\r\n]/.test(part))), {
          minLength: 1,
          maxLength: 80,
        }),
        (parts) => {
          const value = `A${parts.join('')}z`
          const paragraph = parseArticle(value).tree.children.find(
            (child) => child.type === 'ParagraphNode',
          ) as Paragraph
          const expected = english.tokenizeParagraph(value)
          expect(plain(paragraph.children)).toEqual(plain(expected.children))
        },
      ),
      {numRuns: 500},
    )
  })
})
