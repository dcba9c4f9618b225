import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle as parseSource} from '../src/index.js'
import {
  datelineLength,
  dropReason,
  hasInnerStop,
  labelLength,
  runOnBreaks,
  sentenceWords,
} from '../src/summarize/candidates.js'
import type {SentenceFeatures} from '../src/summarize/features.js'
import {chooseSentences, defaultWeights} from '../src/summarize/select.js'
import {expectTruePositions} from './helpers.js'
import {nutgraf} from './nutgraf.js'

const {parseArticle, summarize} = nutgraf

// A made-up story in the shape of a scraped page: headline, byline, body
// paragraphs, a caption and a picture credit between them.
const story = [
  'Harbour town votes to rebuild its storm-damaged sea wall',
  'By Jane Porter',
  'Councillors in Kelmouth voted on Tuesday to rebuild the sea wall that collapsed during the January storms, at a cost of £4.2million.',
  'The vote followed months of argument over whether the town should pay for the work or wait for government money.',
  'Fishing crews said the broken wall had left the harbour exposed to every high tide this spring.',
  'Council leader Amira Shah said the sea wall would be finished before next winter.',
  'The collapsed sea wall at Kelmouth harbour in January',
  'PA',
  '"We could not wait any longer for someone else to decide," she said.',
  'Engineers will start by clearing the rubble from the harbour mouth in May.',
  'The harbour wall was first built in 1853 and last repaired forty years ago.',
  'Residents who lost boats in the storms will be offered grants of up to £5,000 from a separate fund.',
  'The council will borrow £3million of the cost and take the rest from its reserves.',
  'A public meeting on the plans will be held at the town hall next month.',
].join('\n')

function wordCount(text: string): number {
  return sentenceWords(text).length
}

describe('summarize: options', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for sentences = %s',
    (value) => {
      expect(() => summarize(story, {sentences: value})).toThrow(RangeError)
      expect(() => summarize(story, {sentences: value})).toThrow(
        'summarize: expected `sentences` to be a positive integer',
      )
    },
  )

  it.each(['3', true, null, {}, [2]])('throws a TypeError for sentences = %j', (value) => {
    expect(() => summarize(story, {sentences: value as never})).toThrow(TypeError)
  })

  it.each([
    ['words', 0],
    ['characters', -5],
    ['words', 2.5],
  ])('throws a RangeError for %s = %s', (name, value) => {
    expect(() => summarize(story, {[name]: value})).toThrow(RangeError)
  })

  it('throws a TypeError for options that are not an object, or input that is not text', () => {
    expect(() => summarize(story, 3 as never)).toThrow(TypeError)
    expect(() => summarize(42 as never)).toThrow(
      'summarize: expected `input` to be a string or an Article, got a number (42)',
    )
  })

  it('returns an empty summary for empty text', () => {
    expect(summarize('')).toEqual({text: '', sentences: []})
    expect(summarize(' \n\t')).toEqual({text: '', sentences: []})
  })
})

describe('summarize: what it chooses', () => {
  const article = parseArticle(story)
  const summary = summarize(article)

  it('chooses three sentences by default, with true positions', () => {
    expect(summary.sentences).toHaveLength(3)
    expectTruePositions(story, summary.sentences)
    expect(summary.text).toBe(summary.sentences.map((sentence) => sentence.text).join(' '))
  })

  it('returns sentences in article order', () => {
    const offsets = summary.sentences.map((sentence) => sentence.position.start.offset!)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    const many = summarize(article, {sentences: 8}).sentences.map((s) => s.position.start.offset!)
    expect(many).toEqual([...many].sort((a, b) => a - b))
  })

  it('uses body sentences only: never the headline, byline, caption or credit', () => {
    const body = article.sentences.filter((sentence) => sentence.kind === 'body')
    const all = summarize(article, {sentences: 50})
    expect(all.sentences.length).toBeGreaterThan(5)
    for (const sentence of all.sentences) {
      // Each chosen sentence lies inside one body sentence of the parse.
      const inside = body.some(
        (parsed) =>
          parsed.position.start.offset! <= sentence.position.start.offset! &&
          sentence.position.end.offset! <= parsed.position.end.offset!,
      )
      expect(inside, sentence.text).toBe(true)
    }
    expect(all.text).not.toContain('By Jane Porter')
    expect(all.text).not.toContain('The collapsed sea wall at Kelmouth harbour in January')
    expect(all.sentences.some((sentence) => sentence.text === 'PA')).toBe(false)
  })

  it('keeps the lede, which carries the story', () => {
    expect(summary.sentences[0]!.text).toMatch(/^Councillors in Kelmouth voted/)
  })

  it('returns every body sentence when there are fewer than asked', () => {
    const short =
      'The bridge reopened on Monday after repairs.\nDrivers had waited six weeks for it.'
    const result = summarize(short, {sentences: 5})
    expect(result.sentences.map((sentence) => sentence.text)).toEqual([
      'The bridge reopened on Monday after repairs.',
      'Drivers had waited six weeks for it.',
    ])
  })

  it('gives true positions with Windows line endings too', () => {
    const crlf = story.replace(/\n/g, '\r\n')
    const result = summarize(crlf, {sentences: 6})
    expect(result.sentences).toHaveLength(6)
    expectTruePositions(crlf, result.sentences)
  })

  it('gives the same result for the text and for its parse, every time', () => {
    expect(summarize(story)).toEqual(summary)
    expect(summarize(article)).toEqual(summary)
  })

  it('scores every sentence with a finite number', () => {
    for (const sentence of summary.sentences) expect(Number.isFinite(sentence.score)).toBe(true)
  })
})

describe('summarize: budgets', () => {
  it.each([25, 40, 80, 120])('stays within %i words', (words) => {
    const result = summarize(story, {words})
    const used = result.sentences.reduce((sum, sentence) => sum + wordCount(sentence.text), 0)
    expect(used).toBeLessThanOrEqual(words)
    expect(result.sentences.length).toBeGreaterThan(0)
  })

  it.each([90, 150, 300])('stays within %i characters', (characters) => {
    const result = summarize(story, {characters})
    expect(result.text.length).toBeLessThanOrEqual(characters)
    expect(result.sentences.length).toBeGreaterThan(0)
  })

  it('uses more of a larger budget', () => {
    const small = summarize(story, {words: 40}).sentences.length
    const large = summarize(story, {words: 120}).sentences.length
    expect(large).toBeGreaterThan(small)
  })

  it('applies a sentence limit together with a budget', () => {
    expect(summarize(story, {words: 500, sentences: 2}).sentences).toHaveLength(2)
  })

  it('returns nothing when no sentence fits the budget', () => {
    expect(summarize(story, {characters: 5})).toEqual({text: '', sentences: []})
  })
})

describe('summarize: fragments are not candidates', () => {
  it.each([
    ['Scroll down for video.', 'furniture'],
    ['Scroll down to watch the full interview.', 'furniture'],
    ['Click here to read the report in full.', 'furniture'],
    ['Pictured: the new stadium from the air at night.', 'furniture'],
    ['Photo: Sam Lee for the Courier, taken in 2021.', 'furniture'],
    ['The crowd at the final whistle (Photo: Sam Lee)', 'photo-credit'],
    ['Read the rest.', 'fragment-short'],
    ['Mr Smith, 45.', 'fragment-short'],
    ['BREAKING NEWS ON THE MARKETS TODAY', 'fragment-no-lowercase'],
    ['Tom Smith and Anna Jones of Leeds United FC', 'fragment-no-lowercase'],
    ['The mayor opened the new library on Saturday morning.', null],
    ['"We are thrilled," she said of the result.', null],
  ])('%j -> %s', (text, expected) => {
    expect(dropReason(sentenceWords(text), text)).toBe(expected)
  })
})

describe('summarize: the words of a sentence', () => {
  it.each([
    ['plain words', 'Rates fell on Monday.', ['Rates', 'fell', 'on', 'Monday']],
    [
      'joined words',
      "Don't trust well-known 3.5 U.S. figures",
      ["Don't", 'trust', 'well-known', '3.5', 'U.S', 'figures'],
    ],
    ['marks that join no word', 'A_B c/d (e) "f"', ['A', 'B', 'c', 'd', 'e', 'f']],
    ['letters past ASCII', 'Café naïve Zoë', ['Café', 'naïve', 'Zoë']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceWords(text)).toEqual(expected)
    const sentence = parseSource(text).sentences[0]!
    expect(sentenceWords(text, sentence.node, sentence.position.start.offset!)).toEqual(expected)
  })

  it('join a word across a joiner that the parse left apart', () => {
    // Hand-made: parse-english itself merges "x-y" into one word node.
    const at = (from: number, to: number) => ({
      start: {line: 1, column: from + 1, offset: from},
      end: {line: 1, column: to + 1, offset: to},
    })
    const word = (value: string, from: number) => ({
      type: 'WordNode' as const,
      children: [{type: 'TextNode' as const, value, position: at(from, from + value.length)}],
      position: at(from, from + value.length),
    })
    const mark = (type: 'PunctuationNode' | 'WhiteSpaceNode', value: string, from: number) => ({
      type,
      value,
      position: at(from, from + value.length),
    })
    const node = {
      type: 'SentenceNode' as const,
      position: at(0, 7),
      children: [
        word('x', 0),
        mark('PunctuationNode', '-', 1),
        word('y', 2),
        mark('WhiteSpaceNode', ' ', 3),
        word('z', 4),
        mark('PunctuationNode', "'", 5),
        word('s', 6),
      ],
    }
    expect(sentenceWords("x-y z's", node, 0)).toEqual(['x-y', "z's"])
  })

  it('are the same read from the parse as a character at a time, on random text', () => {
    const piece = fc.constantFrom(
      'rates',
      'Fell',
      '𝒃𝒂𝒏𝒌',
      'cafe\u0301',
      'snake_case',
      '42',
      'café',
      'naïve',
      "don't",
      'well-known',
      '3.5',
      'U.S.',
      'e.g.',
      "'",
      '’',
      '-',
      '.',
      ',',
      '_',
      '/',
      '"',
      '(',
      ')',
      ' ',
      ' ',
      ' ',
      '\n',
      '\n\n',
      'x-',
      '-y',
    )
    fc.assert(
      fc.property(
        fc.array(piece, {minLength: 1, maxLength: 30}),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join('')
          for (const sentence of parseSource(text).sentences) {
            const start = sentence.position.start.offset!
            const whole = text.slice(start, sentence.position.end.offset!)
            expect(sentenceWords(whole, sentence.node, start)).toEqual(sentenceWords(whole))
            // A piece of the sentence, as summarize cuts run-on sentences.
            const from = whole.length === 0 ? 0 : a % whole.length
            const to = from + (whole.length === from ? 0 : b % (whole.length - from + 1))
            const part = whole.slice(from, to)
            expect(sentenceWords(part, sentence.node, start + from)).toEqual(sentenceWords(part))
          }
        },
      ),
      {numRuns: 1000},
    )
  })
})

describe('summarize: a stop inside a sentence, before white space', () => {
  // A character at a time, as the test was first written.
  function scanned(text: string): boolean {
    for (let index = 0; index < text.length - 2; index++) {
      if (!'.!?'.includes(text[index]!)) continue
      let next = index + 1
      if (`"')’”`.includes(text[next]!)) next++
      if (' \n\r\t\u00a0'.includes(text[next] ?? 'x')) return true
    }
    return false
  }

  it.each([
    ['Rates fell. Then they rose.', true],
    ['"Rates fell!" Then they rose.', true],
    ['Rates fell by 3.5 per cent.', false],
    ['Rates fell.', false],
    ['Did rates fall? ', false],
    ['Did rates fall?  ', true],
  ])('%j -> %s', (text, expected) => {
    expect(hasInnerStop(text)).toBe(expected)
    expect(scanned(text)).toBe(expected)
  })

  it('answers as a scan a character at a time does, on random text', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      ' ',
      '.',
      '!',
      '?',
      '"',
      "'",
      ')',
      '’',
      '”',
      '\n',
      '\t',
      '\u00a0',
      '3',
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 16}), (pieces) => {
        const text = pieces.join('')
        expect(hasInnerStop(text)).toBe(scanned(text))
      }),
      {numRuns: 3000},
    )
  })
})

describe('summarize: fragments by their words (random word lists)', () => {
  // The rule, counted over every word: fewer than two lower-case words other than name
  // joiners, or more than half the words in capitals, make a fragment.
  const joiners = new Set(['and', 'of', 'the', 'de', 'da', 'del', 'van', 'von', 'der', 'for'])
  function counted(words: string[]): string | null {
    let lowercase = 0
    let shouting = 0
    for (const word of words) {
      if (/^[a-z]/.test(word)) {
        if (!joiners.has(word)) lowercase++
      } else if (word.length > 1 && /^[A-Z]+$/.test(word)) shouting++
    }
    if (lowercase < 2) return 'fragment-no-lowercase'
    if (shouting * 2 > words.length) return 'fragment-shouting'
    return null
  }

  it('drops the same lists as a count over every word', () => {
    const word = fc.constantFrom(
      'rates',
      'fell',
      'and',
      'of',
      'BANK',
      'UK',
      'NEWS',
      'Smith',
      'A',
      '42',
    )
    fc.assert(
      fc.property(fc.array(word, {minLength: 4, maxLength: 14}), (words) => {
        expect(dropReason(words, words.join(' '))).toBe(counted(words))
      }),
      {numRuns: 2000},
    )
  })
})

describe('summarize: a first sentence that leans on an earlier one', () => {
  // Two candidates, alike but for their place and their opening word.
  function features(dangling: boolean, centrality: number): SentenceFeatures {
    return {
      terms: [dangling ? 0 : 1],
      counts: [1],
      norm: 1,
      entities: [],
      length: 12,
      dangling,
      quote: false,
      centrality,
      coverage: 0,
      specificity: 0,
    }
  }
  const lengths = [
    {words: 12, characters: 60},
    {words: 12, characters: 60},
  ]
  const one = {sentences: 1, words: Number.POSITIVE_INFINITY, characters: Number.POSITIVE_INFINITY}
  const flat = {...defaultWeights, positions: [0]}

  it('prefers an equally good sentence that stands on its own', () => {
    const chosen = chooseSentences([features(true, 0.5), features(false, 0.5)], lengths, one, flat)
    expect(chosen.map((choice) => choice.index)).toEqual([1])
  })

  it('keeps the leaning sentence when it is clearly better', () => {
    const chosen = chooseSentences([features(true, 0.9), features(false, 0.1)], lengths, one, flat)
    expect(chosen.map((choice) => choice.index)).toEqual([0])
  })

  it('breaks exact ties by position', () => {
    const chosen = chooseSentences([features(false, 0.5), features(false, 0.5)], lengths, one, flat)
    expect(chosen.map((choice) => choice.index)).toEqual([0])
  })

  it('avoids an opening "However" or "He" in a real paragraph when asked for one sentence', () => {
    const text = [
      'The museum will reopen its east wing on Friday after a two-year restoration of the roof.',
      'However, the museum said the east wing would keep shorter opening hours for the first month.',
    ].join(' ')
    const [first] = summarize(text, {sentences: 1}).sentences
    expect(first!.text).toMatch(/^The museum will reopen/)
  })
})

describe('summarize: cleaning candidates', () => {
  it.each([
    ['(CNN) The storm reached the coast on Monday.', '(CNN) '],
    ['PARIS, France (Reuters) -- Talks resumed on Friday.', 'PARIS, France (Reuters) -- '],
    ['WASHINGTON — The Senate passed the bill late on Tuesday.', 'WASHINGTON — '],
    ['The storm (CNN) reached the coast.', ''],
    ['The storm reached the coast on Monday.', ''],
  ])('finds the dateline of %j', (text, dateline) => {
    expect(text.slice(0, datelineLength(text))).toBe(dateline)
  })

  it.each([
    ['Rescued: The two climbers were found at dawn.', 'Rescued: '],
    ['Back at work: The mayor returned on Monday.', 'Back at work: '],
    ['Mr Lee said: The plan is working.', ''],
    ["She told reporters: 'We are fine.'", ''],
    ['The mayor returned on Monday.', ''],
  ])('finds the caption label of %j', (text, label) => {
    expect(text.slice(0, labelLength(text))).toBe(label)
  })

  it.each([
    ['The fire began at 2am. Crews arrived within minutes.', ['The fire began at 2am.']],
    ['She was 64. Her family were with her.', ['She was 64.']],
    ['He joined in 1999. He left in 2004.', ['He joined in 1999.']],
    ['Talks with the U.S. Army went on.', []],
    ['Prices rose, etc. Nobody was surprised.', []],
    ['The vote was 5-4. It passed.', ['The vote was 5-4.']],
  ])('cuts the run-on sentence %j', (text, firsts) => {
    const breaks = runOnBreaks(text)
    expect(breaks.filter((_, index) => index % 2 === 0).map((end) => text.slice(0, end))).toEqual(
      firsts,
    )
  })

  it('summarizes the pieces of a run-on sentence with true positions', () => {
    const text =
      'Harbour crews worked through the night to repair the storm wall at 64. The council thanked the volunteers who helped them.\nResidents were told to stay away from the harbour until the weekend.'
    const result = summarize(text, {sentences: 5})
    expectTruePositions(text, result.sentences)
    expect(result.sentences.map((sentence) => sentence.text)).toContain(
      'The council thanked the volunteers who helped them.',
    )
  })
})

describe('summarize: any text', () => {
  // A small deterministic generator of messy text: words, stops, quotes, line breaks.
  function messyText(seed: number): string {
    const pieces = [
      'The',
      'council',
      'said',
      '"',
      "'",
      '.',
      '. ',
      '?',
      '(CNN)',
      '\n',
      '\r\n',
      'UK',
      '£5m',
      '2am.',
      'He',
      'Rescued:',
      ' ',
      '—',
      'é',
      '64.',
      'However,',
      'voted',
      'for',
      'the',
      'new',
      'bridge',
    ]
    let state = seed
    let text = ''
    for (let index = 0; index < 120; index++) {
      state = (state * 1103515245 + 12345) % 2147483648
      text += pieces[state % pieces.length]! + (state % 3 === 0 ? '' : ' ')
    }
    return text
  }

  it('finds sentences in some of them (the checks below are not vacuous)', () => {
    const found = [1, 2, 3, 4, 5, 6, 7, 8].filter(
      (seed) => summarize(messyText(seed), {sentences: 10}).sentences.length > 0,
    )
    expect(found.length).toBeGreaterThan(1)
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never throws and gives true positions (seed %i)', (seed) => {
    const text = messyText(seed)
    for (const options of [undefined, {sentences: 10}, {words: 30}, {characters: 80}]) {
      const result = summarize(text, options)
      expectTruePositions(text, result.sentences)
      expect(result.text).toBe(result.sentences.map((sentence) => sentence.text).join(' '))
    }
  })
})
