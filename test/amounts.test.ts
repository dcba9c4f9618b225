import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {prefixAlternation} from '../src/amounts/matchers.js'
import type {Amount} from '../src/types.js'
import {expectTruePositions} from './helpers.js'
import {nutgraf} from './nutgraf.js'

type Expected = Omit<Amount, 'position'>

/** The amounts of `input` without positions (positions are checked apart). */
function read(input: string, options?: Parameters<typeof nutgraf.extractAmounts>[1]): Expected[] {
  const amounts = nutgraf.extractAmounts(input, options)
  expectTruePositions(input, amounts)
  return amounts.map(({position, ...rest}) => rest)
}

const money = (
  text: string,
  value: number | null,
  currency: string,
  extra: Partial<Expected> = {},
): Expected => ({
  text,
  kind: 'money',
  value,
  currency,
  ...extra,
})
const percent = (text: string, value: number | null, extra: Partial<Expected> = {}): Expected => ({
  text,
  kind: 'percent',
  value,
  ...extra,
})
const quantity = (
  text: string,
  value: number | null,
  unit: string,
  extra: Partial<Expected> = {},
): Expected => ({
  text,
  kind: 'quantity',
  value,
  unit,
  ...extra,
})

type Row = [input: string, expected: Expected[]]

const cases: Record<string, Row[]> = {
  'currency symbols, before and after': [
    ['The council spent £40 on paint.', [money('£40', 40, 'GBP')]],
    ['Tickets cost $12.50 each.', [money('$12.50', 12.5, 'USD')]],
    ['A coffee is €3 in Rome.', [money('€3', 3, 'EUR')]],
    ['The fare rose to ¥500 this spring.', [money('¥500', 500, 'JPY')]],
    ['She sold it for ₹2,000 at the market.', [money('₹2,000', 2000, 'INR')]],
    ['They paid 20€ for lunch.', [money('20€', 20, 'EUR')]],
    ['The bill came to $ 75 in cash.', [money('$ 75', 75, 'USD')]],
  ],
  'dollar prefixes': [
    ['The mine cost US$4.7 billion.', [money('US$4.7 billion', 4_700_000_000, 'USD')]],
    ['Canberra set aside A$1.2bn for roads.', [money('A$1.2bn', 1_200_000_000, 'AUD')]],
    ['Ottawa pledged C$300m to the fund.', [money('C$300m', 300_000_000, 'CAD')]],
    ['Wellington raised NZ$50m in bonds.', [money('NZ$50m', 50_000_000, 'NZD')]],
    ['The tower sold for HK$3.2bn on Monday.', [money('HK$3.2bn', 3_200_000_000, 'HKD')]],
    ['The port will cost S$800m over a decade.', [money('S$800m', 800_000_000, 'SGD')]],
  ],
  'ISO codes before and after': [
    ['The fee is GBP 350 a year.', [money('GBP 350', 350, 'GBP')]],
    ['Bids started at USD 22.5 million.', [money('USD 22.5 million', 22_500_000, 'USD')]],
    ['The bank lent 40 CHF to each saver.', [money('40 CHF', 40, 'CHF')]],
    ['A charge of EUR3.01 applies.', [money('EUR3.01', 3.01, 'EUR')]],
  ],
  'currency names': [
    ['The ticket was 350 euros.', [money('350 euros', 350, 'EUR')]],
    ['Rent is nine hundred pounds a month.', [money('nine hundred pounds', 900, 'GBP')]],
    ['He owed forty dollars.', [money('forty dollars', 40, 'USD')]],
    ['A bowl of noodles is 800 yen.', [money('800 yen', 800, 'JPY')]],
    ['The fine was 5,000 rupees.', [money('5,000 rupees', 5000, 'INR')]],
    ['A stamp costs 85 pence now.', [money('85 pence', 0.85, 'GBP')]],
    ['Shares fell 12 cents.', [money('12 cents', 0.12, 'USD')]],
    ['A loaf is 45p at the corner shop.', [money('45p', 0.45, 'GBP')]],
    [
      'The deal was worth 200 million Swiss francs.',
      [money('200 million Swiss francs', 200_000_000, 'CHF')],
    ],
    ['The board paid a 12-cent dividend.', [money('12-cent', 0.12, 'USD')]],
  ],
  'magnitudes, glued and spaced, scaled exactly': [
    ['The club lost £16.4m last season.', [money('£16.4m', 16_400_000, 'GBP')]],
    ['A fresh £225million package was agreed.', [money('£225million', 225_000_000, 'GBP')]],
    ['Britain pledged £2.26billion in loans.', [money('£2.26billion', 2_260_000_000, 'GBP')]],
    ['The debt passed $3tn in May.', [money('$3tn', 3_000_000_000_000, 'USD')]],
    ['The startup raised $10k from friends.', [money('$10k', 10_000, 'USD')]],
    ['Profits hit €4.5bn.', [money('€4.5bn', 4_500_000_000, 'EUR')]],
    ['Sales reached $1.17 bn.', [money('$1.17 bn', 1_170_000_000, 'USD')]],
    ['It was valued at $7.5b.', [money('$7.5b', 7_500_000_000, 'USD')]],
    ['The fund holds £3.3 mn in gilts.', [money('£3.3 mn', 3_300_000, 'GBP')]],
    ['The grant was £250 thousand.', [money('£250 thousand', 250_000, 'GBP')]],
    ['They bid $1.1 trillion.', [money('$1.1 trillion', 1_100_000_000_000, 'USD')]],
    ['The contract is worth $0.3bn.', [money('$0.3bn', 300_000_000, 'USD')]],
    ['A $3-billion plan was tabled.', [money('$3-billion', 3_000_000_000, 'USD')]],
  ],
  'numbers in words and fractions': [
    ['Investors lost two billion dollars.', [money('two billion dollars', 2_000_000_000, 'USD')]],
    [
      'The scheme cost half a billion dollars.',
      [money('half a billion dollars', 500_000_000, 'USD')],
    ],
    [
      'He left a quarter of a million pounds.',
      [money('a quarter of a million pounds', 250_000, 'GBP')],
    ],
    [
      'About 1.5 million barrels a day flow.',
      [quantity('About 1.5 million barrels', 1_500_000, 'barrels', {approximate: true})],
    ],
    ['She won a million pounds.', [money('a million pounds', 1_000_000, 'GBP')]],
    [
      'It cost three quarters of a billion euros.',
      [money('three quarters of a billion euros', 750_000_000, 'EUR')],
    ],
    ['The fee was twenty-five dollars.', [money('twenty-five dollars', 25, 'USD')]],
  ],
  'vague amounts': [
    [
      'The council wasted tens of millions of pounds.',
      [money('tens of millions of pounds', null, 'GBP', {approximate: true})],
    ],
    [
      'Lobbyists spent billions of dollars.',
      [money('billions of dollars', null, 'USD', {approximate: true})],
    ],
    ['The scheme could cost £billions.', [money('£billions', null, 'GBP', {approximate: true})]],
    [
      'Thousands of people marched.',
      [quantity('Thousands of people', null, 'people', {approximate: true})],
    ],
    [
      'It won a multimillion-pound contract.',
      [money('multimillion-pound', null, 'GBP', {approximate: true})],
    ],
  ],
  ranges: [
    [
      'The sale could raise £1-2bn.',
      [money('£1-2bn', null, 'GBP', {min: 1_000_000_000, max: 2_000_000_000})],
    ],
    [
      'A £10m-15m gap opened.',
      [money('£10m-15m', null, 'GBP', {min: 10_000_000, max: 15_000_000})],
    ],
    [
      'Analysts expect $5bn-$6bn.',
      [money('$5bn-$6bn', null, 'USD', {min: 5_000_000_000, max: 6_000_000_000})],
    ],
    [
      'Bids of between £1m and £2m came in.',
      [money('between £1m and £2m', null, 'GBP', {min: 1_000_000, max: 2_000_000})],
    ],
    [
      'Repairs will cost £1m to £2m.',
      [money('£1m to £2m', null, 'GBP', {min: 1_000_000, max: 2_000_000})],
    ],
    [
      'Prices range from 10 to 20 dollars.',
      [money('from 10 to 20 dollars', null, 'USD', {min: 10, max: 20})],
    ],
    ['Turnout was 3-5% lower.', [percent('3-5%', null, {min: 3, max: 5})]],
    [
      'The march drew 10,000-20,000 people.',
      [quantity('10,000-20,000 people', null, 'people', {min: 10_000, max: 20_000})],
    ],
    // A change, not a range.
    [
      'Revenue rose from £5m to £6m.',
      [money('£5m', 5_000_000, 'GBP'), money('£6m', 6_000_000, 'GBP')],
    ],
  ],
  qualifiers: [
    [
      'The bill reached nearly £3bn.',
      [money('nearly £3bn', 3_000_000_000, 'GBP', {approximate: true})],
    ],
    ['It cost about $40m.', [money('about $40m', 40_000_000, 'USD', {approximate: true})]],
    [
      'Around 300 jobs are at risk.',
      [quantity('Around 300 jobs', 300, 'jobs', {approximate: true})],
    ],
    ['Almost 2% of votes were spoiled.', [percent('Almost 2%', 2, {approximate: true})]],
    [
      'More than 12,000 troops took part.',
      [quantity('More than 12,000 troops', 12_000, 'troops', {approximate: true})],
    ],
    ['The house sold for over £1m.', [money('over £1m', 1_000_000, 'GBP', {approximate: true})]],
    ['Fines of up to €500 apply.', [money('up to €500', 500, 'EUR', {approximate: true})]],
    ['The rate will go up to 30 per cent.', [percent('30 per cent', 30)]],
    ['It was a sub-zero night.', []],
    [
      'At least 40 people were hurt.',
      [quantity('At least 40 people', 40, 'people', {approximate: true})],
    ],
  ],
  percentages: [
    ['Inflation fell to 3.5%.', [percent('3.5%', 3.5)]],
    ['Growth was 4.1 per cent.', [percent('4.1 per cent', 4.1)]],
    ['Unemployment hit 6 percent.', [percent('6 percent', 6)]],
    [
      'Support rose 2.5 percentage points.',
      [percent('2.5 percentage points', 2.5, {unit: 'percentage point'})],
    ],
    ['Prices rose 7pc in a year.', [percent('7pc', 7)]],
    ['Twenty percent said no.', [percent('Twenty percent', 20)]],
    ['The index moved -0.4% on Friday.', [percent('-0.4%', -0.4)]],
  ],
  'counted quantities': [
    ['Britain will send 12,000 troops.', [quantity('12,000 troops', 12_000, 'troops')]],
    [
      'The war began nearly three years ago.',
      [quantity('nearly three years', 3, 'years', {approximate: true})],
    ],
    [
      'Some 40 new jobs were created.',
      [quantity('Some 40 new jobs', 40, 'jobs', {approximate: true})],
    ],
    [
      'Police arrested 17 men and two women.',
      [quantity('17 men', 17, 'men'), quantity('two women', 2, 'women')],
    ],
    ['The firm will cut 3m jobs.', [quantity('3m jobs', 3_000_000, 'jobs')]],
    ['The route is 40km long.', [quantity('40km', 40, 'km')]],
    [
      'The force hired 2,000 extra police officers.',
      [quantity('2,000 extra police officers', 2000, 'officers')],
    ],
    ['They sent two dozen troops.', [quantity('two dozen troops', 24, 'troops')]],
    ['The bloc has 27 member states.', [quantity('27 member states', 27, 'states')]],
    ['Two thirds of voters agreed.', []],
    // The second number of a ratio counts nothing; a span of time after "in" still counts.
    ['Only one in five voters backed the plan.', []],
    ['Nine out of 10 dentists agreed.', []],
    ['One in every four homes is empty.', []],
    ['Shares lost $4 in five days.', [money('$4', 4, 'USD'), quantity('five days', 5, 'days')]],
    ['The team won 3 of its 5 games.', [quantity('5 games', 5, 'games')]],
  ],
  'not amounts': [
    ['The G7 met in 2019 on 5 May.', []],
    ['The meeting starts at 10:30 on Monday.', []],
    ['She finished 1st and he was 2nd.', []],
    ['Call 020 7946 0958 for details.', []],
    // A temperature in capital C is not cents.
    ['Temperatures hit 40C (104F) on Tuesday.', []],
    ['Ring 555-123-4567 or +44 20 7946 0958.', []],
    ['It was filed on 5/12/2024 at 10.30am.', []],
    ['The F-35 jets and the COVID-19 rules.', []],
    ['The 1990s were a boom decade.', []],
    ['In 2024 ministers agreed.', []],
    ['One says it works.', []],
    ['The final score was 3-1.', []],
    ['Visit https://example.com/a?q=30%25 today.', []],
  ],
  'cents after the main unit': [
    ['It only cost 20 dollars 43 cents.', [money('20 dollars 43 cents', 20.43, 'USD')]],
    ['A pint is £4 and 50p.', [money('£4 and 50p', 4.5, 'GBP')]],
    [
      'He paid 20 dollars and 43 people watched.',
      [money('20 dollars', 20, 'USD'), quantity('43 people', 43, 'people')],
    ],
  ],
  'bare numbers with a magnitude word': [
    [
      'Waiting lists reached a record 7.6 million.',
      [{text: '7.6 million', kind: 'quantity', value: 7_600_000}],
    ],
    [
      'About 2 million have fled; 43 were hurt.',
      [{text: 'About 2 million', kind: 'quantity', value: 2_000_000, approximate: true}],
    ],
    [
      'Between 2 and 3 million voted.',
      [{text: 'Between 2 and 3 million', kind: 'quantity', value: null, min: 2e6, max: 3e6}],
    ],
    ['It cost $5 to 6 million.', [money('$5 to 6 million', null, 'USD', {min: 5e6, max: 6e6})]],
  ],
  'nothing reported twice': [
    ['He paid £5 and $5 and 5%.', [money('£5', 5, 'GBP'), money('$5', 5, 'USD'), percent('5%', 5)]],
    ['50 dollar 50 dollar', [money('50 dollar', 50, 'USD'), money('50 dollar', 50, 'USD')]],
  ],
}

describe('extractAmounts', () => {
  for (const [group, rows] of Object.entries(cases)) {
    describe(group, () => {
      it.each(rows)('%s', (input, expected) => {
        expect(read(input)).toEqual(expected)
      })
    })
  }

  it('keeps a currency prefix cut off by a sentence split', () => {
    expect(read('He paid Rs. 20 for it.')).toEqual([money('Rs. 20', 20, 'INR')])
    expect(read('The U.S. $5 billion plan')).toEqual([
      money('U.S. $5 billion', 5_000_000_000, 'USD'),
    ])
  })

  it('reads a bare $ as the dollar of the option', () => {
    expect(read('Sydney paid $40m and US$2m.', {dollar: 'AUD'})).toEqual([
      money('$40m', 40_000_000, 'AUD'),
      money('US$2m', 2_000_000, 'USD'),
    ])
  })

  it('reads capitalised counted nouns in a title-case headline', () => {
    const input =
      'US Sends 3,000 Troops To Poland\nBy Jane Doe\nThe Pentagon said 3,000 troops would go.'
    expect(read(input)).toEqual([
      quantity('3,000 Troops', 3000, 'troops'),
      quantity('3,000 troops', 3000, 'troops'),
    ])
  })

  it('skips the numbers of bylines and credits', () => {
    const input =
      'Bills to rise\nBy Jane Doe\nPublished 3 hours ago\nBills will rise by 5%.\nPhoto: 2 Sisters Studio'
    expect(read(input)).toEqual([percent('5%', 5)])
  })

  it('returns only the kinds asked for', () => {
    const input = 'Some 300 staff took a 5% cut worth £2m.'
    expect(read(input, {kinds: ['percent']})).toEqual([percent('5%', 5)])
    expect(read(input, {kinds: ['money', 'quantity']}).map((amount) => amount.kind)).toEqual([
      'quantity',
      'money',
    ])
  })

  it('skips page counters on a line of their own', () => {
    const input =
      'Minister unveils £5m fund\n23 comments\nThe minister unveiled a £5m fund.\nIt drew 300 comments online.'
    expect(read(input).map((amount) => amount.text)).toEqual(['£5m', '£5m', '300 comments'])
  })

  it('skips page noise but reads a one-line snippet', () => {
    expect(read('$1')).toEqual([money('$1', 1, 'USD')])
    expect(
      read('Ministers agreed £5m.\n1.2k\nThe plan costs £2m.').map((amount) => amount.text),
    ).toEqual(['£5m', '£2m'])
  })

  it('accepts a parsed Article and returns the same as for the string', () => {
    const input = 'The council spent £40m.\nIt hired 30 staff.'
    expect(nutgraf.extractAmounts(nutgraf.parseArticle(input))).toEqual(
      nutgraf.extractAmounts(input),
    )
  })

  it.each(['', '   ', '\n\n'])('returns nothing for empty text %j', (input) => {
    expect(nutgraf.extractAmounts(input)).toEqual([])
  })

  it('throws a TypeError naming the function for bad input', () => {
    expect(() => nutgraf.extractAmounts(42 as never)).toThrow(
      'extractAmounts: expected `input` to be a string or an Article, got a number (42)',
    )
  })

  it('validates options', () => {
    expect(() => nutgraf.extractAmounts('x', {kinds: 'money' as never})).toThrow(TypeError)
    expect(() => nutgraf.extractAmounts('x', {kinds: ['cash' as never]})).toThrow(RangeError)
    expect(() => nutgraf.extractAmounts('x', {dollar: 5 as never})).toThrow(TypeError)
    expect(() => nutgraf.extractAmounts('x', {dollar: 'aud'})).toThrow(RangeError)
  })
})

describe('extractAmounts invariants', () => {
  // Deterministic pseudo-random texts built from the pieces amounts are made of.
  const pieces = [
    '£',
    '$',
    '€',
    'US$',
    'A$',
    'GBP',
    'usd',
    '12',
    '3.5',
    '1,200',
    '0.25',
    '2019',
    '020',
    'm',
    'bn',
    'k',
    'million',
    'billion',
    'a',
    'an',
    'half',
    'quarter',
    'of',
    'one',
    'twenty',
    'five',
    'hundred',
    'thousand',
    'and',
    'between',
    'from',
    'to',
    '-',
    '–',
    '%',
    'per',
    'cent',
    'percent',
    'percentage',
    'points',
    'pounds',
    'dollars',
    'cents',
    'p',
    'c',
    'troops',
    'people',
    'years',
    'nearly',
    'more',
    'than',
    'up',
    'over',
    'tens',
    'millions',
    'billions',
    'several',
    'multi',
    'G7',
    'May',
    ':',
    '/',
    '.',
    ',',
    '(',
    ')',
    '"',
    '\n',
    'Rs.',
    'rose',
    'minus',
    'dozen',
  ]
  let seed = 42
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const texts = Array.from({length: 400}, () => {
    let text = ''
    const length = 1 + Math.floor(random() * 14)
    for (let index = 0; index < length; index++) {
      text += pieces[Math.floor(random() * pieces.length)]
      const glue = random()
      text += glue < 0.3 ? '' : glue < 0.9 ? ' ' : '  '
    }
    return text
  })

  it('never throws, and gives true, ordered, non-overlapping positions and finite values', () => {
    let found = 0
    for (const text of texts) {
      const amounts = nutgraf.extractAmounts(text)
      found += amounts.length
      expectTruePositions(text, amounts)
      let reach = 0
      for (const amount of amounts) {
        expect(amount.position.start.offset!).toBeGreaterThanOrEqual(reach)
        reach = amount.position.end.offset!
        for (const value of [amount.value, amount.min, amount.max]) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true)
        }
        if (amount.value === null) {
          expect(amount.approximate === true || amount.min !== undefined).toBe(true)
        }
      }
    }
    // The generator must produce amounts, or this test proves nothing.
    expect(found).toBeGreaterThan(50)
  })

  it('is deterministic', () => {
    for (const text of texts.slice(0, 50)) {
      expect(nutgraf.extractAmounts(text)).toEqual(nutgraf.extractAmounts(text))
    }
  })
})

describe('prefixAlternation: the words of the screening pattern, factored by prefix', () => {
  it.each([
    [['ten', 'tens', 'two', 'twelve'], 't(?:en(?:s)?|w(?:o|elve))'],
    [['zero'], 'zero'],
  ])('%j -> %s', (words, expected) => {
    expect(prefixAlternation(words)).toBe(expected)
  })

  it('matches exactly the words it was given, on random word lists', () => {
    const letters = fc.constantFrom('a', 'b', 'e', 'n', 's', 't', '.', '+', '(', '|')
    const word = fc.array(letters, {minLength: 1, maxLength: 5}).map((chars) => chars.join(''))
    fc.assert(
      fc.property(
        fc.uniqueArray(word, {minLength: 1, maxLength: 12}),
        fc.array(word),
        (words, others) => {
          const whole = new RegExp(`^${prefixAlternation(words)}$`)
          for (const candidate of [...words, ...others]) {
            expect(whole.test(candidate), candidate).toBe(words.includes(candidate))
          }
        },
      ),
      {numRuns: 1000},
    )
  })
})
