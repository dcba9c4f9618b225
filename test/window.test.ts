import {describe, expect, it} from 'vitest'
import type {Analysis, Person, SummarizeOptions} from '../src/index.js'
import {mergePeople, windowEnd} from '../src/window.js'
import {expectTruePositions} from './helpers.js'
import {nutgraf} from './nutgraf.js'

const {analyze, parseArticle} = nutgraf

/** Paragraphs of invented news prose: quotes, amounts and people in each. */
const paragraphs = [
  'Defence Secretary David Okafor said the contract would cost £3bn over five years.',
  '"We will not back down," Mr Okafor told reporters in Leeds on Tuesday.',
  'Officials said about 4,000 troops would stay in the region, up 12% on last year.',
  'Union leader Maria Lopez said pay had risen by 3.5% since the spring.',
  '"This is a fair offer for every nurse," Ms Lopez said.',
  'The council will spend $250m on new housing, according to the mayor, Tom Reyes.',
  'Prices rose by 2.1 percentage points in March, the statistics office said.',
]

/** Every positioned item of an analysis, for {@link expectTruePositions}. */
function positioned(analysis: Analysis) {
  return [
    ...analysis.blocks,
    ...analysis.quotes,
    ...analysis.amounts,
    ...analysis.people.flatMap((person) => person.mentions),
    ...analysis.summary.sentences,
    ...analysis.quotes.flatMap((quote) =>
      quote.speaker?.position
        ? [{text: quote.speaker.mention, position: quote.speaker.position}]
        : [],
    ),
  ]
}

/** `count` paragraphs, taken in turn from {@link paragraphs}, joined by `separator`. */
function repeated(count: number, separator: string, glue = ' '): string {
  return Array.from({length: count}, (_, index) => {
    const first = paragraphs[index % paragraphs.length]!
    const second = paragraphs[(index + 3) % paragraphs.length]!
    return `${first}${glue}${second}`
  }).join(separator)
}

describe('analyze: windowSize option', () => {
  it.each([
    ['a number as a string', '1000', TypeError],
    ['a negative number', -1, RangeError],
    ['a fraction', 1.5, RangeError],
    ['NaN', Number.NaN, RangeError],
    ['minus infinity', Number.NEGATIVE_INFINITY, RangeError],
  ])('rejects %s', (_, value, error) => {
    expect(() => analyze('Ann Lee said it rained.', {windowSize: value as number})).toThrow(error)
    expect(() => analyze('Ann Lee said it rained.', {windowSize: value as number})).toThrow(
      'analyze: expected `windowSize`',
    )
  })

  it('checks the summary options before cutting a long text', () => {
    expect(() => analyze(repeated(20, '\n\n'), {windowSize: 500, summary: {sentences: 0}})).toThrow(
      RangeError,
    )
  })
})

describe('analyze: input no longer than the window', () => {
  const texts = [
    ['one paragraph', paragraphs[0]!],
    ['a short article', `Ministers agree housing plan\n\n${repeated(6, '\n\n')}`],
    ['lines without blank lines', repeated(8, '\n')],
    ['CRLF line endings', repeated(8, '\r\n\r\n')],
  ]

  it.each(texts)('%s: the same result at its own length, 0, Infinity and by default', (_, text) => {
    const single = analyze(parseArticle(text))
    expect(analyze(text)).toEqual(single)
    expect(analyze(text, {windowSize: text.length})).toEqual(single)
    expect(analyze(text, {windowSize: 0})).toEqual(single)
    expect(analyze(text, {windowSize: Number.POSITIVE_INFINITY})).toEqual(single)
  })

  it('an Article is never cut, however small the window', () => {
    const text = repeated(30, '\n\n')
    const article = parseArticle(text)
    expect(analyze(article, {windowSize: 100})).toEqual(analyze(text, {windowSize: 0}))
  })
})

describe('analyze: input longer than the window', () => {
  // [case, text, window size]
  const cases: Array<[string, string, number]> = [
    ['paragraphs by blank lines', repeated(60, '\n\n'), 2000],
    ['paragraphs by blank lines, small windows', repeated(60, '\n\n'), 700],
    ['paragraphs by single line breaks', repeated(60, '\n'), 2000],
    ['CRLF paragraphs', repeated(60, '\r\n\r\n'), 2000],
    ['CR paragraphs', repeated(60, '\r\r'), 1500],
    ['indented paragraphs', repeated(60, '\n\n    '), 2000],
    ['hard-wrapped paragraphs', repeated(60, '\n\n', '\n'), 2000],
    ['paragraphs with a blank line of spaces', repeated(60, '\n  \t\n'), 2500],
  ]

  it.each(cases)('%s: no quote, amount or block lost at window edges', (_, text, size) => {
    const single = analyze(text, {windowSize: 0})
    const windowed = analyze(text, {windowSize: size})
    expect(text.length).toBeGreaterThan(size * 3)
    expect(windowed.text).toBe(text)
    expect(windowed.blocks.length).toBe(single.blocks.length)
    expect(windowed.amounts.length).toBe(single.amounts.length)
    expect(windowed.quotes.length).toBe(single.quotes.length)
    expect(windowed.amounts).toEqual(single.amounts)
    expect(windowed.quotes.map((quote) => quote.speaker?.name)).toEqual(
      single.quotes.map((quote) => quote.speaker?.name),
    )
  })

  it.each(cases)('%s: every position slices back to its text', (_, text, size) => {
    expectTruePositions(text, positioned(analyze(text, {windowSize: size})))
  })

  it.each(cases)('%s: the people are the same as in one pass', (_, text, size) => {
    const summary = (people: Person[]) =>
      people.map((person) => [person.name, person.roles, person.mentions.length])
    expect(summary(analyze(text, {windowSize: size}).people)).toEqual(
      summary(analyze(text, {windowSize: 0}).people),
    )
  })

  it.each<[string, SummarizeOptions]>([
    ['three sentences', {}],
    ['two sentences', {sentences: 2}],
    ['at most 40 words', {words: 40}],
    ['at most 180 characters', {characters: 180}],
  ])('summary (%s): within the limits, in text order, the lead first', (_, options) => {
    const text = repeated(60, '\n\n')
    const windowed = analyze(text, {windowSize: 2000, summary: options})
    const single = analyze(text, {windowSize: 0, summary: options})
    const {sentences} = windowed.summary
    expect(sentences.length).toBeGreaterThan(0)
    expect(sentences.length).toBeLessThanOrEqual(single.summary.sentences.length)
    if (options.characters) expect(windowed.summary.text.length).toBeLessThanOrEqual(180)
    if (options.words) expect(windowed.summary.text.split(' ').length).toBeLessThanOrEqual(40)
    const offsets = sentences.map((sentence) => sentence.position.start.offset!)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(windowed.summary.text).toBe(sentences.map((sentence) => sentence.text).join(' '))
    // The position prior runs on across windows: the lead wins as in one pass.
    expect(sentences[0]!.position).toEqual(single.summary.sentences[0]!.position)
  })

  it('cuts a string over 100,000 characters by default', () => {
    const text = repeated(900, '\n\n')
    expect(text.length).toBeGreaterThan(100_000)
    expect(text.length).toBeLessThan(200_000)
    const byDefault = analyze(text)
    expect(byDefault).toEqual(analyze(text, {windowSize: 100_000}))
    // Scores are measured within each window: one pass gives other scores.
    expect(byDefault.summary).not.toEqual(analyze(text, {windowSize: 0}).summary)
  })

  it.each([
    ['emoji', '😀 Ann Lee said 😀 £5m.'],
    ['CRLF', 'Ann Lee said £5m.\r\n\r\nTom Reyes said 4%.'],
  ])('a window of one character (%s): every character once, positions intact', (_, text) => {
    const windowed = analyze(text, {windowSize: 1})
    expect(windowed.text).toBe(text)
    expect(windowed.blocks.map((block) => block.text).join('')).toBe(text.replace(/\s/g, ''))
    expectTruePositions(text, positioned(windowed))
  })

  it('one line with no line break is cut at white space, positions intact', () => {
    const text = paragraphs.join(' ').repeat(20)
    const windowed = analyze(text, {windowSize: 1000})
    expect(windowed.blocks.length).toBeGreaterThan(1)
    // Cut after a space: the space ends one block's window, the next block starts after it.
    expect(windowed.blocks.map((block) => block.text).join(' ') === text).toBe(true)
    expectTruePositions(text, positioned(windowed))
  })

  it('a person named in full in one window and by surname in another is one person', () => {
    const filler = repeated(30, '\n\n').replace(/Okafor/g, 'Adeyemi')
    const text = [
      'Health Secretary Clara Whitcombe visited the hospital in Hull on Monday.',
      filler,
      '"The money is there," Mrs Whitcombe said.',
    ].join('\n\n')
    const windowed = analyze(text, {windowSize: 1500})
    const single = analyze(text, {windowSize: 0})
    const named = (analysis: Analysis) =>
      analysis.people.filter((person) => person.name.includes('Whitcombe'))
    expect(named(windowed)).toHaveLength(1)
    expect(named(windowed)[0]!.name).toBe('Clara Whitcombe')
    expect(named(windowed)[0]!.roles).toEqual(['Health Secretary'])
    expect(named(windowed)[0]!.mentions.map((mention) => mention.text)).toEqual(
      named(single)[0]!.mentions.map((mention) => mention.text),
    )
    expect(windowed.quotes.at(-1)!.speaker?.name).toBe('Clara Whitcombe')
  })
})

describe('windowEnd', () => {
  const para = 'a'.repeat(50)
  // [case, text, window size, expected end]
  const cases: Array<[string, string, number, number]> = [
    ['the rest fits', `${para}\n\n${para}`, 200, 102],
    ['at the paragraph break nearest the size', `${para}\n\n${para}\n\n${para}`, 60, 52],
    ['after the whole blank line', `${para}\n \n${para}`, 60, 53],
    ['CRLF: after the last break', `${para}\r\n\r\n${para}`, 60, 54],
    [
      'a paragraph break before a nearer line break',
      `${para}\n\n${'b'.repeat(10)}\n${para}`,
      62,
      52,
    ],
    ['a line break when no paragraph break is near', `${para}\n${para}`, 60, 51],
    ['white space when no line break is near', `${'a '.repeat(60)}`, 61, 62],
    ['anywhere in a run', 'a'.repeat(300), 100, 100],
    ['not inside a surrogate pair', `${'a'.repeat(99)}😀${'a'.repeat(100)}`, 100, 99],
    ['never an empty window', '😀😀😀', 1, 2],
    ['not inside a CRLF of a window of one', '\r\n\r\n', 1, 2],
  ]

  it.each(cases)('%s', (_, text, size, end) => {
    expect(windowEnd(text, 0, size)).toBe(end)
  })

  it('starts the search where the window starts', () => {
    const text = `${para}\n\n${para}\n\n${para}\n\n${para}`
    expect(windowEnd(text, 52, 60)).toBe(104)
  })
})

describe('mergePeople', () => {
  const at = (offset: number) => ({
    start: {line: 1, column: offset + 1, offset},
    end: {line: 1, column: offset + 2, offset: offset + 1},
  })
  const person = (name: string, offsets: number[], roles: string[] = []): Person => ({
    name,
    roles,
    mentions: offsets.map((offset) => ({text: name, position: at(offset), kind: 'name'})),
  })

  // [case, the people of each window, expected [name, roles, mention offsets]]
  const cases: Array<[string, Person[][], Array<[string, string[], number[]]>]> = [
    [
      'one full name in two windows',
      [[person('Ann Lee', [1, 5], ['mayor'])], [person('Ann Lee', [20], ['Mayor', 'author'])]],
      [['Ann Lee', ['mayor', 'author'], [1, 5, 20]]],
    ],
    [
      'a surname before its full name',
      [[person('Lee', [1])], [person('Ann Lee', [20])]],
      [['Ann Lee', [], [1, 20]]],
    ],
    [
      'an initial and a full first name',
      [[person('A. Lee', [1])], [person('Ann Lee', [20])]],
      [['Ann Lee', [], [1, 20]]],
    ],
    [
      'a unique first name',
      [[person('Ann Lee', [1])], [person('Ann', [20])]],
      [['Ann Lee', [], [1, 20]]],
    ],
    [
      'a surname two people share stays apart',
      [[person('Ann Lee', [1]), person('Tom Lee', [3])], [person('Lee', [20])]],
      [
        ['Ann Lee', [], [1]],
        ['Tom Lee', [], [3]],
        ['Lee', [], [20]],
      ],
    ],
    [
      'the same one-word name in two windows',
      [[person('Okonjo', [1])], [person('Okonjo', [20])]],
      [['Okonjo', [], [1, 20]]],
    ],
    [
      'different people stay apart, in order of first mention',
      [[person('Ann Lee', [10])], [person('Ruth Marsh', [2])]],
      [
        ['Ruth Marsh', [], [2]],
        ['Ann Lee', [], [10]],
      ],
    ],
  ]

  it.each(cases)('%s', (_, windows, expected) => {
    const {people} = mergePeople(windows)
    expect(
      people.map((one) => [
        one.name,
        one.roles,
        one.mentions.map((mention) => mention.position.start.offset),
      ]),
    ).toEqual(expected)
  })

  it("maps each window's names to the merged names", () => {
    const {names, canonical} = mergePeople([[person('Lee', [1])], [person('Ann Lee', [20])]])
    expect(names[0]!.get('Lee')).toBe('Ann Lee')
    expect(names[1]!.get('Ann Lee')).toBe('Ann Lee')
    expect(canonical('Lee')).toBe('Ann Lee')
    expect(canonical('a council spokesman')).toBeUndefined()
  })

  it('keeps a role qualifier', () => {
    const former = {...person('Ann Lee', [20], ['Mayor']), roleQualifiers: {Mayor: 'former'}}
    const {people} = mergePeople([[person('Ann Lee', [1])], [former]])
    expect(people[0]!.roleQualifiers).toEqual({Mayor: 'former'})
  })
})
