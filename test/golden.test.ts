import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {expectTruePositions, seedArticle} from './helpers.js'
import {nutgraf, target} from './nutgraf.js'

// The seed article's structure, written by hand as a reader sees it: one row a
// block, with its line and the first words of its text.
const expectedBlocks: Array<[kind: string, line: number, startsWith: string]> = [
  ['headline', 1, 'British troops could head to Ukraine'],
  ['byline', 2, 'GB NEWS'],
  ['standfirst', 3, "John Healey's view comes in stark contrast"],
  ['body', 4, 'Defence Secretary John Healey has signalled'],
  ['body', 5, 'The announcement came alongside'],
  ['body', 6, 'During a visit to Kyiv'],
  ['body', 7, 'Speaking to The Times'],
  ['caption', 8, 'British troops could head to Ukraine'],
  ['credit', 9, 'PA'],
  ['body', 10, '"We need to make it easier'],
  ['body', 11, 'When questioned about'],
  ['body', 12, '"We will look wherever'],
  ['body', 13, 'This marks a notable shift'],
  ['other', 14, 'LATEST DEVELOPMENTS:'],
  ['body', 14, "Healey's stance on potential peace"],
  ['body', 15, "However, Labour's stance"],
  ['body', 16, "The Defence Secretary's comments"],
  ['body', 17, 'Healey stressed that Ukraine'],
  ['body', 18, `"We can't take the eye off the ball,"`],
  ['body', 19, "The Defence Secretary's visit to Kyiv"],
  ['body', 20, 'Announcing the support package'],
  ['body', 21, '"The depths of his miscalculation'],
  ['caption', 22, 'Ukrainian soldiers take part in urban training'],
  ['credit', 23, 'PA'],
  ['body', 24, 'Speaking to LBC'],
  ['body', 25, 'He pointed to clear signs'],
  ['body', 26, 'The £225million package'],
  ['body', 27, 'The commitment was further solidified'],
  ['body', 28, 'Prime Minister Sir Keir Starmer'],
]

describe(`golden: the seed article (${target})`, () => {
  const article = nutgraf.parseArticle(seedArticle)

  it('classifies every block as a reader would', () => {
    expect(article.blocks.map((block) => [block.kind, block.position.start.line])).toEqual(
      expectedBlocks.map(([kind, line]) => [kind, line]),
    )
    article.blocks.forEach((block, index) => {
      expect(block.text.startsWith(expectedBlocks[index]![2])).toBe(true)
    })
  })

  it('splits the glued label from its sentence', () => {
    const label = article.blocks[13]!
    expect(label.text).toBe('LATEST DEVELOPMENTS:')
    expect(label.position.start.column).toBe(1)
    expect(article.blocks[14]!.position.start.column).toBe(21)
  })

  it('gives blocks and sentences true positions', () => {
    expectTruePositions(seedArticle, article.blocks)
    expectTruePositions(seedArticle, article.sentences)
  })

  it('keeps sentences inside blocks and in text order', () => {
    let previous = 0
    for (const sentence of article.sentences) {
      const block = article.blocks[sentence.block]!
      expect(sentence.kind).toBe(block.kind)
      expect(sentence.position.start.offset).toBeGreaterThanOrEqual(block.position.start.offset!)
      expect(sentence.position.end.offset).toBeLessThanOrEqual(block.position.end.offset!)
      expect(sentence.position.start.offset).toBeGreaterThanOrEqual(previous)
      previous = sentence.position.end.offset!
    }
    // One sentence a body paragraph, but for the two-sentence quote on line 12.
    const body = article.sentences.filter((sentence) => sentence.kind === 'body')
    expect(body).toHaveLength(22)
    expect(
      body.map((sentence) => sentence.position.start.line).filter((line) => line === 12),
    ).toHaveLength(2)
  })

  it('builds one tree that prints back to the input', () => {
    expect(toString(article.tree)).toBe(seedArticle)
    expect(article.tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(
      article.blocks.length,
    )
  })
})

// The seed's amounts, read by hand: the package twice as "£225m" (headline
// and the caption that repeats it), twice as "£225million" (lines 5 and 26),
// the loan contribution once as "£2.26billion"; "nearly three years" is the
// one counted quantity. "G7", "first day", "last year" are not amounts.
describe(`golden: amounts in the seed article (${target})`, () => {
  const article = nutgraf.parseArticle(seedArticle)
  const amounts = nutgraf.extractAmounts(article)

  it('finds exactly the five sums of money, all GBP, with exact values', () => {
    const money = amounts.filter((amount) => amount.kind === 'money')
    expect(
      money.map(({text, value, currency, position}) => [
        text,
        value,
        currency,
        position.start.line,
      ]),
    ).toEqual([
      ['£225m', 225_000_000, 'GBP', 1],
      ['£225million', 225_000_000, 'GBP', 5],
      ['£225m', 225_000_000, 'GBP', 8],
      ['£225million', 225_000_000, 'GBP', 26],
      ['£2.26billion', 2_260_000_000, 'GBP', 26],
    ])
    for (const amount of money) {
      expect(amount.approximate).toBeUndefined()
      expect(amount.min).toBeUndefined()
    }
  })

  it('reads "nearly three years" as an approximate quantity, and nothing else', () => {
    const others = amounts.filter((amount) => amount.kind !== 'money')
    expect(others).toEqual([
      {
        text: 'nearly three years',
        kind: 'quantity',
        value: 3,
        unit: 'years',
        approximate: true,
        position: others[0]!.position,
      },
    ])
    expect(others[0]!.position.start.line).toBe(20)
  })

  it('gives every amount its true position, in text order, and the same from the string', () => {
    expectTruePositions(seedArticle, amounts)
    const starts = amounts.map((amount) => amount.position.start.offset!)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(nutgraf.extractAmounts(seedArticle)).toEqual(amounts)
  })
})

// The seed article's people, written by hand from reading it: name, roles,
// honorific, time qualifiers, and every mention as [kind, text, line].
const expectedPeople: Array<{
  name: string
  roles: string[]
  honorific?: string
  roleQualifiers?: Record<string, string>
  mentions: Array<[kind: string, text: string, line: number]>
}> = [
  {
    name: 'John Healey',
    roles: ['Defence Secretary'],
    mentions: [
      ['name', 'John Healey', 3],
      ['name', 'John Healey', 4],
      ['name', 'Healey', 6],
      ['name', 'Healey', 7],
      ['pronoun', 'he', 10],
      ['name', 'Healey', 11],
      ['pronoun', 'he', 12],
      ['name', 'Healey', 13],
      ['name', 'Healey', 14],
      ['title', 'Defence Secretary', 16],
      ['name', 'Healey', 17],
      ['pronoun', 'he', 18],
      ['title', 'Defence Secretary', 19],
      ['name', 'Healey', 20],
      ['pronoun', 'he', 21],
      ['name', 'Healey', 24],
      ['pronoun', 'He', 25],
    ],
  },
  {
    name: 'Donald Trump',
    roles: ['President'],
    roleQualifiers: {President: 'incoming'},
    mentions: [
      ['name', 'Donald Trump', 3],
      ['name', 'Donald Trump', 15],
      ['pronoun', 'his', 15],
    ],
  },
  {
    name: 'Grant Shapps',
    roles: ['Defence Secretary'],
    roleQualifiers: {'Defence Secretary': 'former'},
    mentions: [['name', 'Grant Shapps', 6]],
  },
  {
    name: 'JD Vance',
    roles: ['Vice-President'],
    roleQualifiers: {'Vice-President': 'incoming'},
    mentions: [
      ['name', 'JD Vance', 16],
      ['title', 'Vice-President', 16],
    ],
  },
  {
    name: 'Putin',
    roles: [],
    mentions: [
      ['name', 'Putin', 17],
      ['name', 'Putin', 20],
      ['name', 'Putin', 25],
    ],
  },
  {
    name: 'Keir Starmer',
    roles: ['Prime Minister'],
    honorific: 'Sir',
    mentions: [['name', 'Keir Starmer', 28]],
  },
]

describe(`golden: the people of the seed article (${target})`, () => {
  const people = nutgraf.extractPeople(seedArticle)

  it('finds exactly the six people, in order of first mention', () => {
    expect(people.map((person) => person.name)).toEqual(expectedPeople.map((person) => person.name))
  })

  it.each(expectedPeople)(
    'gives $name the roles, honorific and mentions a reader sees',
    (expected) => {
      const person = people.find((candidate) => candidate.name === expected.name)!
      expect(person.roles).toEqual(expected.roles)
      expect(person.honorific).toBe(expected.honorific)
      expect(person.roleQualifiers).toEqual(expected.roleQualifiers)
      expect(
        person.mentions.map((mention) => [mention.kind, mention.text, mention.position.start.line]),
      ).toEqual(expected.mentions)
    },
  )

  it('gives every mention a true position', () => {
    for (const person of people) expectTruePositions(seedArticle, person.mentions)
  })

  it('takes no outlet, party, place or group for a person', () => {
    const names = people.map((person) => person.name)
    for (const name of ['GB News', 'The Times', 'LBC', 'Labour', 'Kyiv', 'Yorkshire', 'G7', 'PA']) {
      expect(names).not.toContain(name)
    }
  })

  it('parses once: the same people from the string and from its Article', () => {
    expect(nutgraf.extractPeople(nutgraf.parseArticle(seedArticle))).toEqual(people)
  })
})

// The seed article's quotations, written by hand from reading it: the quoted
// words, the kind, who said them and the reporting verb. Seven are John
// Healey's (three partial); one partial is Keir Starmer's. Nothing else in
// the article is in quotation marks.
const expectedQuotes: Array<[text: string, kind: string, speaker: string, cue: string]> = [
  [
    'make the training a better fit for what the Ukrainians need',
    'partial',
    'John Healey',
    'emphasised',
  ],
  [
    'We need to make it easier for the Ukrainians to access and we need to work with the Ukrainians to help them motivate and mobilise more recruits',
    'direct',
    'John Healey',
    'stated',
  ],
  [
    'We will look wherever we can to respond to what the Ukrainians want. They are the ones fighting',
    'direct',
    'John Healey',
    'told',
  ],
  ['from a position of strength not weakness', 'partial', 'John Healey', 'emphasising'],
  ["We can't take the eye off the ball", 'direct', 'John Healey', 'warned'],
  [
    'The depths of his miscalculation are clearer than ever, as the brave people of Ukraine continue to defy all expectations with their unbreakable spirit',
    'direct',
    'John Healey',
    'declared',
  ],
  ['critical period for Ukraine', 'partial', 'John Healey', 'described'],
  ['big mistake', 'partial', 'Keir Starmer', 'warning'],
]

describe(`golden: the seed article's quotes (${target})`, () => {
  const article = nutgraf.parseArticle(seedArticle)
  const quotes = nutgraf.extractQuotes(article)

  it('finds the eight quotes with their kinds, speakers and cues, and no others', () => {
    expect(
      quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null, quote.cue]),
    ).toEqual(expectedQuotes)
  })

  it('keeps the words at each attribution site', () => {
    expect(quotes.map((quote) => quote.speaker?.mention)).toEqual([
      'Healey',
      'he',
      'he',
      'Healey',
      'he',
      'he',
      'Healey',
      'Prime Minister Sir Keir Starmer',
    ])
    expectTruePositions(
      seedArticle,
      quotes.map((quote) => ({text: quote.speaker!.mention, position: quote.speaker!.position!})),
    )
  })

  it('gives quotes true positions, in text order', () => {
    expectTruePositions(seedArticle, quotes)
    const starts = quotes.map((quote) => quote.position.start.offset!)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('gives the same quotes for the string as for the parsed Article', () => {
    expect(nutgraf.extractQuotes(seedArticle)).toEqual(quotes)
  })

  it('adds reported speech with indirect: true and keeps the eight quotes', () => {
    const all = nutgraf.extractQuotes(article, {indirect: true})
    expect(all.filter((quote) => quote.kind !== 'indirect')).toEqual(quotes)
    // Reported speech: Healey "emphasising that" (line 14) and "stressed that" (line 17), Starmer
    // "warning" (line 28); each holds the partial quote of its sentence. (JD Vance's reported
    // suggestion on line 16 sits in a clause after "as" and is missed.)
    expect(
      all
        .filter((quote) => quote.kind === 'indirect')
        .map((quote) => [quote.text, quote.speaker?.name, quote.cue, quote.position.start.line]),
    ).toEqual([
      [
        'Ukraine should enter any talks "from a position of strength not weakness"',
        'John Healey',
        'emphasising',
        14,
      ],
      [
        'Ukraine must continue to build up its fighting capability and ability to deter Putin',
        'John Healey',
        'stressed',
        17,
      ],
      [
        'it would be a "big mistake" if allies wavered in their support',
        'Keir Starmer',
        'warning',
        28,
      ],
    ])
    expectTruePositions(seedArticle, all)
  })
})

describe(`golden: the seed article's summary (${target})`, () => {
  const article = nutgraf.parseArticle(seedArticle)
  const summary = nutgraf.summarize(article)
  const lines = summary.sentences.map((sentence) => sentence.position.start.line)

  it('opens on the lede, Healey signalling a shift on troops', () => {
    expect(summary.sentences).toHaveLength(3)
    expect(summary.sentences[0]!.text).toMatch(
      /^Defence Secretary John Healey has signalled a potential shift in British military support for Ukraine/,
    )
    expect(summary.text.startsWith('Defence Secretary John Healey has signalled')).toBe(true)
  })

  it('keeps the £225million package, the news the headline leads with', () => {
    expect(lines).toContain(5)
  })

  it('uses body sentences only, in article order, with true positions', () => {
    const body = article.sentences.filter((sentence) => sentence.kind === 'body')
    for (const sentence of summary.sentences) {
      const inside = body.some(
        (parsed) =>
          parsed.position.start.offset! <= sentence.position.start.offset! &&
          sentence.position.end.offset! <= parsed.position.end.offset!,
      )
      expect(inside, sentence.text).toBe(true)
    }
    // Not the headline (1), the GB NEWS line (2), the standfirst (3), nor a caption (8, 22).
    for (const line of [1, 2, 3, 8, 9, 22, 23]) expect(lines).not.toContain(line)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
    expectTruePositions(seedArticle, summary.sentences)
  })

  it('opens on no pronoun or "However" at any length', () => {
    for (const sentences of [1, 2, 3, 4, 5, 6]) {
      const [first] = nutgraf.summarize(article, {sentences}).sentences
      expect(first!.text).not.toMatch(/^(?:He|She|They|It|This|However|But)\b/)
    }
  })
})

describe(`golden: the seed article in small windows (${target})`, () => {
  const single = nutgraf.analyze(seedArticle, {windowSize: 0})

  it.each([1000, 2000])('windowSize %i: the same blocks, quotes, amounts and people', (size) => {
    const windowed = nutgraf.analyze(seedArticle, {windowSize: size})
    expect(seedArticle.length).toBeGreaterThan(size)
    expect(windowed.blocks).toEqual(single.blocks)
    expect(windowed.amounts).toEqual(single.amounts)
    expect(windowed.quotes.map((quote) => [quote.text, quote.kind, quote.cue])).toEqual(
      single.quotes.map((quote) => [quote.text, quote.kind, quote.cue]),
    )
    expect(windowed.people.map((person) => [person.name, person.roles])).toEqual(
      single.people.map((person) => [person.name, person.roles]),
    )
    expectTruePositions(seedArticle, windowed.quotes)
  })

  it('windowSize 2000: every speaker as in one pass', () => {
    const windowed = nutgraf.analyze(seedArticle, {windowSize: 2000})
    expect(windowed.quotes.map((quote) => quote.speaker?.name)).toEqual(
      single.quotes.map((quote) => quote.speaker?.name),
    )
  })
})
