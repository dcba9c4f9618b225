import {describe, expect, it} from 'vitest'
import {extractQuotes, parseArticle, type Quote} from '../src/index.js'
import {scanMarks} from '../src/quotes/marks.js'
import {expectTruePositions} from './helpers.js'

/** One row: input, then the expected quotes as [text, kind, speaker name or null, cue or null]. */
type Row = [input: string, expected: Array<[string, Quote['kind'], string | null, string | null]>]

function summarise(quotes: Quote[]): Array<[string, Quote['kind'], string | null, string | null]> {
  return quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null, quote.cue])
}

function check(
  input: string,
  expected: Row[1],
  options?: Parameters<typeof extractQuotes>[1],
): void {
  const quotes = extractQuotes(input, options)
  expect(summarise(quotes), input).toEqual(expected)
  expectTruePositions(input, quotes)
}

describe('extractQuotes: quotation marks', () => {
  const rows: Row[] = [
    ['"We will win," she said.', [['We will win', 'direct', null, 'said']]],
    ['Ann Lee spoke.\n“We will win,” she said.', [['We will win', 'direct', 'Ann Lee', 'said']]],
    [
      'Ann Lee spoke.\n“We said ‘never’ and we meant it,” she said.',
      [['We said ‘never’ and we meant it', 'direct', 'Ann Lee', 'said']],
    ],
    [
      "Ann Lee spoke.\n\"They can't stop Lee's plan from the '90s, it's rock 'n' roll,\" she said.",
      [
        [
          "They can't stop Lee's plan from the '90s, it's rock 'n' roll",
          'direct',
          'Ann Lee',
          'said',
        ],
      ],
    ],
    [
      'Ann Lee spoke.\n“Straight and curly,” she said. "Mixed styles," she added.',
      [
        ['Straight and curly', 'direct', 'Ann Lee', 'said'],
        ['Mixed styles', 'direct', 'Ann Lee', 'added'],
      ],
    ],
    [
      "Tom Reed spoke.\n'Single marks are quotes too,' he said.",
      [['Single marks are quotes too', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed said: "This quote never closes\nThe next paragraph is not quoted.',
      [['This quote never closes', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed said: "The first paragraph runs on.\n"The second one reopens.\n"The third one closes."\nThe reporter writes again.',
      [
        ['The first paragraph runs on.', 'direct', 'Tom Reed', 'said'],
        ['The second one reopens.', 'direct', 'Tom Reed', 'said'],
        ['The third one closes.', 'direct', 'Tom Reed', 'said'],
      ],
    ],
    [
      'Ann Lee said: "We will win.\n"We will not lose," added Tom Reed.',
      [
        ['We will win.', 'direct', 'Ann Lee', 'said'],
        ['We will not lose', 'direct', 'Tom Reed', 'added'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))

  it('pairs 100,000 marks in linear time', () => {
    const text = `${'"ab" '.repeat(25_000)}\n${"'b ".repeat(25_000)}\n${'“cd, '.repeat(25_000)}`
    let start = performance.now()
    const spans = scanMarks(text, 0, text.length)
    expect(performance.now() - start).toBeLessThan(1500)
    // Straight pairs, then no single quote (none closes), then every curly opener ends the one before.
    expect(spans).toHaveLength(50_000)
    const article = parseArticle(text)
    start = performance.now()
    const quotes = extractQuotes(article)
    expect(performance.now() - start).toBeLessThan(5000)
    expect(quotes).toEqual([])
  })
})

describe('extractQuotes: attribution frames', () => {
  const rows: Row[] = [
    ['"Taxes will fall," Mary Jones said.', [['Taxes will fall', 'direct', 'Mary Jones', 'said']]],
    ['"Taxes will fall," said Mary Jones.', [['Taxes will fall', 'direct', 'Mary Jones', 'said']]],
    [
      'Mary Jones met voters.\n"Taxes will fall," Jones told the Daily Planet.',
      [['Taxes will fall', 'direct', 'Mary Jones', 'told']],
    ],
    ['Mary Jones said: "Taxes will fall."', [['Taxes will fall.', 'direct', 'Mary Jones', 'said']]],
    [
      'Mary Jones said:\n"Taxes will fall this year."',
      [['Taxes will fall this year.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      '"Taxes will fall," according to Mary Jones.',
      [['Taxes will fall', 'direct', 'Mary Jones', 'according to']],
    ],
    [
      'Mary Jones, who chairs the committee, said: "Taxes will fall."',
      [['Taxes will fall.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      'In a statement, Mary Jones said: "Taxes will fall."',
      [['Taxes will fall.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      'Speaking to the radio, Mary Jones described the plan as a "costly failure".',
      [['costly failure', 'partial', 'Mary Jones', 'described']],
    ],
    [
      'Mary Jones visited Leeds on Monday, warning it would be a "grave error" to wait.',
      [['grave error', 'partial', 'Mary Jones', 'warning']],
    ],
    [
      'Mary Jones spoke.\n"Taxes will fall," she said, "and wages will rise."',
      [
        ['Taxes will fall', 'direct', 'Mary Jones', 'said'],
        ['and wages will rise.', 'direct', 'Mary Jones', 'said'],
      ],
    ],
    [
      '"Taxes will fall," Mary Jones said.\n"Wages will rise too."',
      [
        ['Taxes will fall', 'direct', 'Mary Jones', 'said'],
        ['Wages will rise too.', 'direct', 'Mary Jones', null],
      ],
    ],
    [
      '"We regret the delay," a Downing Street spokesman said.',
      [['We regret the delay', 'direct', 'a Downing Street spokesman', 'said']],
    ],
    [
      '"The review is under way," the Ministry of Defence said.',
      [['The review is under way', 'direct', 'the Ministry of Defence', 'said']],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: speakers', () => {
  const rows: Row[] = [
    [
      'Finance Minister Paul Grant met Ana Ruiz. Grant praised the deal.\n"It is a good day," he said.',
      [['It is a good day', 'direct', 'Paul Grant', 'said']],
    ],
    ['"No comment," he said.', [['No comment', 'direct', null, 'said']]],
    [
      'Mrs Ana Ruiz met Paul Grant.\n"It is a good day," he said.\n"It is not," she replied.',
      [
        ['It is a good day', 'direct', 'Paul Grant', 'said'],
        ['It is not', 'direct', 'Ana Ruiz', 'replied'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))

  it('resolves "he" and "she" without people by subject, last speaker and honorific', () => {
    // No coreference: "he" cannot be Mrs Ruiz, and nothing else fits, so no speaker.
    check(
      'Mrs Ana Ruiz met Paul Grant.\n"It is a good day," he said.\n"It is not," she replied.',
      [
        ['It is a good day', 'direct', null, 'said'],
        ['It is not', 'direct', 'Ana Ruiz', 'replied'],
      ],
      {people: []},
    )
  })

  it('names speakers from the people it is given', () => {
    const text = 'Dr Lena Cho arrived.\n"We are ready," Cho said.'
    const article = parseArticle(text)
    const people = [
      {
        name: 'Lena Cho',
        roles: [],
        mentions: [
          {
            text: 'Cho',
            kind: 'name' as const,
            position: {
              start: {line: 2, column: 18, offset: 38},
              end: {line: 2, column: 21, offset: 41},
            },
          },
        ],
      },
    ]
    expect(extractQuotes(article, {people})[0]!.speaker?.name).toBe('Lena Cho')
    expect(extractQuotes(article, {people: []})[0]!.speaker?.name).toBe('Cho')
  })
})

describe('extractQuotes: indirect speech (indirect: true)', () => {
  const rows: Row[] = [
    [
      'Maria Lopez stressed that the budget must be balanced by the spring.',
      [['the budget must be balanced by the spring', 'indirect', 'Maria Lopez', 'stressed']],
    ],
    [
      'The bridge will close for repairs next month, officials said on Tuesday.',
      [['The bridge will close for repairs next month', 'indirect', 'officials', 'said']],
    ],
    [
      'According to the city council, the bridge will close next month.',
      [['the bridge will close next month', 'indirect', 'the city council', 'According to']],
    ],
    [
      'Tom Reed says the new plan will cost far too much.',
      [['the new plan will cost far too much', 'indirect', 'Tom Reed', 'says']],
    ],
    [
      'Tom Reed told reporters on Monday that the plan would cost too much.',
      [['the plan would cost too much', 'indirect', 'Tom Reed', 'told']],
    ],
    [
      'Tom Reed, speaking in Leeds, said the plan would cost too much.',
      [['the plan would cost too much', 'indirect', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed arrived late.\nBut to avoid delays, he said, the work must start at once.',
      [['the work must start at once', 'indirect', 'Tom Reed', 'said']],
    ],
    [
      'Ann Lee spoke first.\n"We will build it," she said, adding that the work would take a year.',
      [
        ['We will build it', 'direct', 'Ann Lee', 'said'],
        ['the work would take a year', 'indirect', 'Ann Lee', 'adding'],
      ],
    ],
    [
      'The firm hired an architect who said the design was flawed from the start.',
      [['the design was flawed from the start', 'indirect', 'an architect', 'said']],
    ],
    ['Tom Reed said nothing at all about the plan.', []],
    ['Speaking on Monday, Tom Reed opened the new bridge.', []],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected, {indirect: true}))

  it('reports no indirect speech by default', () => {
    check('Maria Lopez stressed that the budget must be balanced by the spring.', [])
  })
})

describe('extractQuotes: what is not speech', () => {
  const rows: Row[] = [
    ['She watched "Star Wars" twice.', []],
    ['The so-called "reform" passed on Tuesday.', []],
    ['The album "Blue Skies" was released in 1990.', []],
    ["The '90s were rock 'n' roll; Healey's can't-miss plan.", []],
    ['', []],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: invariants', () => {
  // A small deterministic generator of messy text: words, names, marks of every style, breaks.
  const pieces = [
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    "''",
    ' said',
    ' he',
    ' Ann Lee',
    ' told',
    ',',
    '.',
    ':',
    '\n',
    '\n\n',
    ' the',
    ' plan',
    ' (',
    ')',
    ' according to',
    ' who',
    ' that',
    ' —',
    "can't",
    ' U.S.',
    ' 6\'2"',
  ]
  function messy(seed: number, length: number): string {
    let state = seed
    let out = ''
    for (let index = 0; index < length; index++) {
      state = (state * 1103515245 + 12345) % 2147483648
      out += pieces[state % pieces.length]
    }
    return out
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'keeps true positions in text order on messy text %i',
    (seed) => {
      const text = messy(seed, 400)
      for (const indirect of [false, true]) {
        const quotes = extractQuotes(text, {indirect})
        expectTruePositions(text, quotes)
        for (const quote of quotes) {
          expect(quote.text.length).toBeGreaterThan(0)
          if (quote.speaker?.position) {
            expectTruePositions(text, [
              {text: quote.speaker.mention, position: quote.speaker.position},
            ])
          }
        }
        const starts = quotes.map((quote) => quote.position.start.offset!)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
        // The generator is dense enough that something is always read.
        if (indirect) expect(quotes.length).toBeGreaterThan(0)
      }
    },
  )
})

describe('extractQuotes: arguments', () => {
  it('throws a TypeError on bad input and options', () => {
    expect(() => extractQuotes(42 as never)).toThrow(
      'extractQuotes: expected `input` to be a string or an Article, got a number (42)',
    )
    expect(() => extractQuotes('x', {indirect: 'yes' as never})).toThrow(TypeError)
    expect(() => extractQuotes('x', {people: 'Ann' as never})).toThrow(TypeError)
  })
})
