/** Bugs in src/parse/ that the robustness tests found, each kept as a unit test. */
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {expectTruePositions} from '../helpers.js'
import {nutgraf} from '../nutgraf.js'

describe('parseArticle: fixes', () => {
  it.each([
    [42, 'a number (42)'],
    ['yes', 'a string'],
    [['a'], 'an array'],
  ])('rejects options %j that are not an object (they were ignored)', (options, described) => {
    expect(() => nutgraf.parseArticle('The council met.', options as never)).toThrow(
      `parseArticle: expected \`options\` to be an object, got ${described}`,
    )
  })

  it.each([undefined, null, {}, {unknown: 1}])('accepts the options %j', (options) => {
    expect(nutgraf.parseArticle('The council met.', options as never).sentences).toHaveLength(1)
  })
})

describe('parseArticle: a very long block is parsed in pieces, in linear time', () => {
  it.each([
    ['sentences', 'The council met on Monday. “It agreed,” she said! ', 'after a sentence end'],
    ['words without sentence ends', 'one two three, four ', 'at white space'],
    ['one word of digits and separators', '1,234.5', 'anywhere'],
    ['astral characters without spaces', '𝒃😀', 'never inside a surrogate pair'],
    ['CRLF-wrapped words', 'wrapped\r\nwords\r\n', 'at white space'],
  ])('%s are cut %s, and positions stay true', (_name, unit, _where) => {
    const text = unit.repeat(Math.ceil(40_000 / unit.length))
    const article = nutgraf.parseArticle(text)
    expect(toString(article.tree)).toBe(text)
    expectTruePositions(text, article.blocks)
    expectTruePositions(text, article.sentences)
    for (const sentence of article.sentences) {
      // A sentence cut between pieces is joined again: its node prints to its text.
      expect(toString(sentence.node)).toBe(sentence.text)
      // Sentences start with a whole character and never with white space.
      expect(sentence.text).toMatch(/^[^\s\udc00-\udfff]/u)
    }
  })

  it('cuts a long paragraph of prose only between sentences', () => {
    const unit = 'The council met on Monday and agreed a budget. '
    const text = unit.repeat(400).trim()
    const article = nutgraf.parseArticle(text)
    expect(article.sentences).toHaveLength(400)
    expect(new Set(article.sentences.map((sentence) => sentence.text))).toEqual(
      new Set([unit.trim()]),
    )
  })

  it('parses 128 KB of "1,234.5" in time linear in its length (parse-english alone is quadratic)', () => {
    const time = (text: string) => {
      const started = performance.now()
      nutgraf.parseArticle(text)
      return performance.now() - started
    }
    const digits = '1,234.5'.repeat((128 * 1024) / 7)
    const prose = 'The council met on Monday and agreed a budget. '.repeat(digits.length / 47)
    time(prose)
    // Quadratic, this took about 15 s; linear, about as long as prose.
    expect(time(digits)).toBeLessThanOrEqual(5 * time(prose) + 1000)
  })
})

describe('parseArticle: trailing punctuation is stripped in linear time', () => {
  // Each pattern that strips a trailing run tried every start inside a long run
  // that does not reach the end: 40,000 "!" before a letter took seconds.
  const time = (text: string) => {
    const started = performance.now()
    nutgraf.parseArticle(text)
    return performance.now() - started
  }

  it.each([
    ['stops before a letter (page-noise check)', `${'!'.repeat(100_000)}x`],
    [
      'dots before a letter (agency check)',
      `Rates rise again\n${'.'.repeat(100_000)}x\nShares fell.`,
    ],
    [
      'non-letters inside a headline word',
      `Rates Rise x${'1'.repeat(100_000)}x Again Today.\nShares fell.`,
    ],
  ])('%s', (_name, text) => {
    const prose = 'The council met on Monday and agreed a budget. '.repeat(text.length / 47)
    time(prose)
    expect(time(text)).toBeLessThanOrEqual(5 * time(prose) + 1000)
  })

  it.each([
    ['Advertisement.', 'other'],
    ['Advertisement!:', 'other'],
    ['REUTERS.', 'byline'],
  ])('still strips the trailing run of %j', (line, kind) => {
    const article = nutgraf.parseArticle(
      `Rates rise again\n${line}\nShares fell sharply on Monday.`,
    )
    expect(article.blocks[1]!.kind).toBe(kind)
  })

  it('still reads a title-case first line as a headline past edge punctuation', () => {
    const article = nutgraf.parseArticle(
      '“Rates Rise” Again: Banks Act!\nShares fell sharply on Monday.',
    )
    expect(article.blocks.map((block) => block.kind)).toEqual(['headline', 'body'])
  })
})

describe('parseArticle: a long block cut in pieces keeps the sentences of one parse', () => {
  const filler = (length: number) => 'word '.repeat(length / 5)

  it.each([
    ['a sentence end', `${filler(9000)}It ended. Then more`],
    ['a sentence end before a closing quote', `${filler(9000)}“It ended.” Then more`],
    ['"Mr." before a name', `${filler(8500)}It ended. Then ${filler(200)}Mr. Smith came`],
    ['"U.S." before a capital', `${filler(8500)}It ended. Then ${filler(200)}the U.S. Army came`],
    [
      '"p.m." before a lower-case word',
      `${filler(8500)}It ended. Then ${filler(200)}it was 3 p.m. and so`,
    ],
  ])('at %s', async (_name, start) => {
    const {ParseEnglish} = await import('parse-english')
    const text = start + filler(12_000)
    const whole = new ParseEnglish()
      .tokenizeParagraph(text)
      .children.filter((node) => node.type === 'SentenceNode')
      .map((node) => toString(node))
    expect(text.length).toBeGreaterThan(16_384)
    expect(nutgraf.parseArticle(text).sentences.map((sentence) => sentence.text)).toEqual(whole)
  })
})
