/**
 * parseArticle's tokenizer and plugin loops: a one-pass scan that must cut
 * text exactly as parse-latin's `tokenize` does, node for node and point for
 * point, and loops that must build the words and sentences parse-english's
 * plugins build, checked on tables of cases and on random text against
 * parse-latin and parse-english themselves.
 */
import fc from 'fast-check'
import type {Paragraph, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Point} from 'unist'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {NeedsStockParse, paragraphPlugins, sentencePlugins} from '../src/parse/plugins.js'
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

/** parse-english with the plugin loops in place of its token-level plugins, and its fallback. */
class LoopParser extends ParseEnglish {
  /** Pieces left to the stock plugins. */
  fallbacks = 0
  override tokenizeParagraph(value?: string | null): Paragraph {
    try {
      return super.tokenizeParagraph(value)
    } catch (error) {
      if (!(error instanceof NeedsStockParse)) throw error
      this.fallbacks++
      return new ParseEnglish().tokenizeParagraph(value)
    }
  }
}
LoopParser.prototype.tokenizeSentencePlugins = sentencePlugins
LoopParser.prototype.tokenizeParagraphPlugins = paragraphPlugins(
  ParseEnglish.prototype.tokenizeParagraphPlugins,
)

describe('plugin loops: the words and sentences of parse-english', () => {
  const english = new ParseEnglish()
  const loops = new LoopParser()

  it('stand in for the plugin lists of the installed parse-english', () => {
    expect(ParseEnglish.prototype.tokenizeSentencePlugins).toHaveLength(sentencePlugins.length)
    expect(ParseEnglish.prototype.tokenizeParagraphPlugins).toHaveLength(13)
  })

  const paragraphs: Array<[string, string]> = [
    ['initialisms', 'The U.S. and the U.K. met. J.D. Vance spoke. It was 1.2. Then 3.'],
    ['inner marks', 'A state-of-the-art AT&T deal, e.g. this; co-op_x and o\u2019clock.'],
    ['slashes', 'w/o and/or 24/7 w/ him'],
    ['final hyphen and initial ampersand', 'pre- and post-war &c. & more'],
    ['elisions', "rock 'n' roll, 'twas o' the 'cause and the '90s"],
    ['curly elisions', 'rock ’n’ roll, ’twas o’ the ’cause and the ’90s'],
    [
      'abbreviations and remaining stops',
      'Mr. Lee met Dr. Ann Cole at 5 p.m. on Jan. 3. Then .. ok . .',
    ],
    ['blank lines inside a paragraph', 'One line\n\nanother line\r\n\r\nand a third.\n\nEnd'],
    ['lower-case and digit starts', 'He left. and came back. 2 more came. ; then'],
    ['only marks', '... !!! Yes.'],
  ]
  it.each(paragraphs)('%s', (_name, value) => {
    expect(plain(loops.tokenizeParagraph(value))).toEqual(plain(english.tokenizeParagraph(value)))
  })

  const pieces = [
    ...'aAzZ09 .,;:!?"\'’-/&_@=…\t\n',
    '\n\n',
    '\r\n',
    'U.S.',
    'J.',
    'w/',
    "o'",
    "'n'",
    "'twas",
    '’twas',
    '’n’',
    ' o’ ',
    '1.2.',
    'Mr.',
    'p.m.',
    'Ann',
    'the',
    'É',
  ]
  it('equal parse-english on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((parts) => parts.join('')),
          fc.string({maxLength: 60}),
        ),
        (value) => {
          expect(plain(loops.tokenizeParagraph(value))).toEqual(
            plain(english.tokenizeParagraph(value)),
          )
        },
      ),
      {numRuns: 3000},
    )
    // Most pieces were built by the loops, not the fallback.
    expect(loops.fallbacks).toBeLessThan(300)
  })

  it('leave initialisms of other scripts to the stock plugins', () => {
    const value = 'Les É.U. et la U.É. ont dit non. ١.٢. fin'
    const paragraph = parseArticle(value).tree.children[0] as Paragraph
    expect(plain(paragraph.children)).toEqual(plain(english.tokenizeParagraph(value).children))
  })
})
