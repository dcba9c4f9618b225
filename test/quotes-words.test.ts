/**
 * The quote frames' word tokenizer: a hand-written scan that must cut text
 * exactly as the pattern it replaced did, checked on a table of cases and on
 * random text against that pattern.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tokenize} from '../src/quotes/words.js'

// The pattern the scanner replaced, with invisible characters (soft hyphens, zero-width ones)
// inside words and skipped before them: the reference its tokens must equal.
const reference =
  /[\p{L}\p{N}][\p{L}\p{N}\u00AD\u200B-\u200D\u2060]*(?:['’.&-][\p{L}\p{N}\u00AD\u200B-\u200D\u2060]+)*|[^\s\p{L}\p{N}\u00AD\u200B-\u200D\u2060]/gu

function referenceTokens(text: string, from: number, to: number) {
  const slice = text.slice(from, to)
  return [...slice.matchAll(reference)].map((match) => {
    const value = match[0]
    const start = from + match.index
    return {
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      punct: value.length === 1 && !/[\p{L}\p{N}]/u.test(value),
    }
  })
}

describe('tokenize (quote frames)', () => {
  it.each([
    ['Okafor’s aide said: "No."', ['Okafor’s', 'aide', 'said', ':', '"', 'No', '.', '"']],
    ['the U.S. and AT&T', ['the', 'U.S', '.', 'and', 'AT&T']],
    ['a well-known -- well- known', ['a', 'well-known', '-', '-', 'well', '-', 'known']],
    ['£2.5m, 3,000 and ½ of 10%', ['£', '2.5m', ',', '3', ',', '000', 'and', '½', 'of', '10', '%']],
    ['Zoë Ångström said “yes”…', ['Zoë', 'Ångström', 'said', '“', 'yes', '”', '…']],
    ['non\u00a0breaking\u2009thin 👍🏽 ok', ['non', 'breaking', 'thin', '👍', '🏽', 'ok']],
    ["rock'n'roll 'quoted' O'Neill's", ["rock'n'roll", "'", 'quoted', "'", "O'Neill's"]],
    // Scraped soft hyphens and zero-width characters: inside a word, or dropped before one.
    ['Doug \u00adAndres \u200b“De\u00admocrats”', ['Doug', 'Andres', '“', 'De\u00admocrats', '”']],
  ])('%j', (text, expected) => {
    const tokens = tokenize(text, 0, text.length)
    expect(tokens.map((token) => token.text)).toEqual(expected)
    expect(tokens).toEqual(referenceTokens(text, 0, text.length))
  })

  it('keeps offsets into the whole input and stops at `to`', () => {
    const text = 'He said: Lee’s plan. Then'
    expect(tokenize(text, 3, 19)).toEqual(referenceTokens(text, 3, 19))
    expect(tokenize(text, 3, 19).map((token) => token.text)).toEqual(['said', ':', 'Lee’s', 'plan'])
    // A surrogate pair cut by `to` is a lone surrogate, one symbol.
    const emoji = 'a👍b'
    expect(tokenize(emoji, 0, 2)).toEqual(referenceTokens(emoji, 0, 2))
    expect(tokenize(emoji, 0, 2)[1]).toMatchObject({text: '\ud83d', punct: true})
  })

  it('cuts random text as the pattern does', () => {
    const pieces = fc.constantFrom(
      ...['a', 'Z', '7', 'é', 'Ω', 'ß', '½', '٣', ' ', '\n', '\t', '\u00a0', '\u2009', '\ufeff'],
      ...["'", '’', '.', '&', '-', ',', '"', '“', '”', '…', '£', '%', '(', ')'],
      ...['👍', '𝐀', '𝟙', '\ud83d', '\udc4d', '\u200b', '\u0301', '\u00ad', '\u2060'],
    )
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('')
        const from = a % (text.length + 1)
        const to = from + (b % (text.length - from + 1))
        expect(tokenize(text, from, to)).toEqual(referenceTokens(text, from, to))
      }),
      {numRuns: 2000},
    )
  })
})
