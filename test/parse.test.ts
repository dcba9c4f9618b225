import type {Nodes as NlcstNode} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {expectTruePositions} from './helpers.js'
import {nutgraf} from './nutgraf.js'

const {parseArticle} = nutgraf

// Each row: an input (our own sentences) and the kinds of its blocks.
const layouts: Array<[name: string, input: string, kinds: string[]]> = [
  ['one paragraph of prose', 'The council met on Monday. It agreed a budget.', ['body']],
  [
    'headline, byline, standfirst, body',
    'Council agrees budget after long night\nBy Jane Smith\nCuts avoided for now\nThe council met on Monday. It agreed a budget.\nMore talks follow.',
    ['headline', 'byline', 'standfirst', 'body', 'body'],
  ],
  [
    'blank lines between paragraphs',
    'Council Agrees Budget After Long Night.\n\nThe council met on Monday.\n\nIt agreed a budget.',
    ['headline', 'body', 'body'],
  ],
  [
    'caption and credits between paragraphs',
    'Rail strike called\nThe union said the strike would go ahead.\nPassengers queue at a station in Leeds\nGetty Images\nTalks will resume on Friday.\nAFP via Getty Images\nRoads were busy.',
    ['headline', 'body', 'caption', 'credit', 'body', 'credit', 'body'],
  ],
  [
    'an agency source line at the top',
    'Markets rally on rate hopes\nREUTERS\nShares rose sharply on Tuesday.',
    ['headline', 'byline', 'body'],
  ],
  [
    'a date line at the top',
    'Markets rally on rate hopes\nTuesday, March 4, 2025\nShares rose sharply on Tuesday.',
    ['headline', 'byline', 'body'],
  ],
  [
    'a dated sentence in the body is prose, a bare date line is not',
    'Shares rose.\nBut in July 2012, the fund failed.\nUpdated: 10:42 GMT, 4 March 2025',
    ['body', 'body', 'other'],
  ],
  [
    'a long first sentence in title case is a lede, not a headline',
    'The Bank of England Governor Andrew Bailey Told the Treasury Committee on Tuesday That Rates Would Stay Where They Are for Now.\nShares rose.\nThe pound fell.',
    ['body', 'body', 'body'],
  ],
  ['a glued label', 'Shares rose.\nUPDATE:The bank cut rates again.', ['body', 'other', 'body']],
  [
    'glued noise after the last sentence',
    'Shares rose.\nThe bank cut rates.1289',
    ['body', 'body', 'other'],
  ],
  ['a decimal is not glued noise', 'Shares rose.\nThe rate fell to 3.5', ['body', 'caption']],
  [
    'page furniture',
    'Shares rose.\nAdvertisement\nThe bank cut rates.\n1,204',
    ['body', 'other', 'body', 'other'],
  ],
  [
    'a time-stamp line at the top and a related-story link in the body',
    'Council approves flood plan\nPublished 3 hours ago\nThe council approved the plan on Tuesday.\nRead more: How the floods hit the city\nWork starts in March.',
    ['headline', 'byline', 'body', 'other', 'body'],
  ],
  [
    "an agency's staff credit at the end is no caption",
    'Shares rose on Monday.\nReporting by Ann Lee in Mumbai; Editing by Tom Cole',
    ['body', 'other'],
  ],
  [
    'a line asking the reader to follow the writer is page furniture',
    'Shares rose.\n"Follow Ann Lee on Twitter @annlee_news."\nYou can follow her on Instagram.\nFans follow him on Twitter, and he rarely posts.',
    ['body', 'other', 'other', 'body'],
  ],
  [
    "a writer's name and job, a split time stamp, an image source and a labelled caption",
    'Ministers face backlash over rail cuts\nJo Marsh\nPolitical correspondent\nPublished\n2 hours ago\nImage source, PA Media\nImage caption,\nTrains at a station on Monday\nMinisters are facing a backlash over the cuts.\nThe department said services would be reviewed.',
    [
      'headline',
      'byline',
      'byline',
      'other',
      'byline',
      'credit',
      'other',
      'caption',
      'body',
      'body',
    ],
  ],
  [
    'a time stamp in parts, a call to sign up, and a standards link',
    'Mayor pledges money for flood walls\nPublished: 09:14 GMT, 3 March 2025 | Updated: 11:02 GMT, 3 March 2025\nThe mayor promised new flood walls.\nSign up to our daily newsletter\nWork begins in the summer.\nOur Standards: The Trust Principles.',
    ['headline', 'byline', 'body', 'other', 'body', 'other'],
  ],
  [
    "the staff's credits and a writer's note at the end are no body",
    'The council met on Monday.\nShare or comment on this article:\nAnn Lee contributed to this report.\nJo Marsh contributed reporting from London.\nJane Doe is a staff writer at the Daily Post.',
    ['body', 'other', 'other', 'other', 'other'],
  ],
  [
    'a writer filing from a city, a short weekday in a time stamp, a link to follow, a copyright line',
    'Strikes spread across France\nAnn Lee in Paris\nFirst published on Mon 3 Mar 2025 07.00 GMT\nStrikes spread on Monday.\nWriters Jo Marsh in Paris and Tom Cole in Rome contributed to this report.\nFollow our coverage of Europe at https://example.com/europe\nCopyright 2025 Example News. All rights reserved.',
    ['headline', 'byline', 'byline', 'body', 'other', 'other', 'credit'],
  ],
  [
    'prose about contributions and writers is still prose',
    'The council met on Monday.\nThe Treasury contributed research funding of £5m.\nAnn Lee is a writer at heart, her brother said.',
    ['body', 'body', 'body'],
  ],
  [
    'prose that opens with a call to action is still prose',
    'Shares rose.\nSign up for the scheme closes on Friday.\nClick here, he said, was all the page offered.',
    ['body', 'body', 'body'],
  ],
  [
    'a staff credit in brackets',
    'Shares rose on Monday.\n(Additional reporting by Ann Lee in Mumbai)',
    ['body', 'other'],
  ],
  [
    'a photographer credit in brackets',
    'Shares rose on Monday.\n(Photo by Ann Lee/AFP via Getty Images)',
    ['body', 'other'],
  ],
  [
    'prose that opens with "Updated" or "Read" is still prose',
    'Shares rose.\nUpdated figures show 3% growth in 2024.\nRead the full report: it is long.',
    ['body', 'body', 'body'],
  ],
  [
    "a skip link and a menu over the headline, a writer's name over the outlet, a caption after its credit",
    'Skip to main content\nHome | News | Sport | Weather\nStorm floods valley towns\n3 hours ago\nSave\nAnn Lee\nBBC News\nGetty Images\nRescuers in Ashvale on Sunday\nHundreds of homes were flooded on Sunday.\nRelated topics\nMore from the BBC',
    [
      'other',
      'other',
      'headline',
      'byline',
      'other',
      'byline',
      'byline',
      'credit',
      'caption',
      'body',
      'other',
      'other',
    ],
  ],
  [
    'a name over a line that is no outlet, and a line of bars that is prose',
    'Council backs new bridge\nAnn Lee\nThe Harbour Trust\nThe trust met on Monday.\nThe vote split three ways | as expected | in the end, the chair said.',
    ['headline', 'standfirst', 'caption', 'body', 'body'],
  ],
  [
    'a hard-wrapped paragraph',
    'The council met on Monday and\nagreed a budget for the year.\n\nIt was late.',
    ['body', 'body'],
  ],
]

describe('parseArticle: block layouts', () => {
  it.each(layouts)('%s', (_name, input, kinds) => {
    const article = parseArticle(input)
    expect(article.blocks.map((block) => block.kind)).toEqual(kinds)
    expectTruePositions(input, article.blocks)
    expectTruePositions(input, article.sentences)
  })
})

describe('parseArticle: positions index the original input', () => {
  it.each([
    ['CRLF line endings', 'Shares rose.\r\nThe bank cut rates.\r\n\r\nTalks end.'],
    ['CR line endings', 'Shares rose.\rThe bank cut rates.'],
    ['tabs and no-break spaces', '\tShares\u00a0rose.\n  The bank cut rates.\u00a0'],
    ['astral characters', 'Shares 📈 rose. The 𝒃𝒂𝒏𝒌 cut rates.\n🎉 Talks end.'],
    ['curly punctuation', '“Shares rose,” he said. ‘Fine’ — it’s over…'],
    ['a lone surrogate and a NUL', 'Shares \ud800 rose.\u0000 The bank cut rates.'],
  ])('%s', (_name, input) => {
    const article = parseArticle(input)
    expect(article.sentences.length).toBeGreaterThan(0)
    expectTruePositions(input, article.blocks)
    expectTruePositions(input, article.sentences)
  })

  it('gives every node of the tree a true position, one point object an offset', async () => {
    const {toString} = await import('nlcst-to-string')
    const sentence = 'Mr. Smith paid $3.5bn (U.S.) for “it”, he said. '
    const input = `Headline here\r\n\r\n${sentence.repeat(3)}\n  ${sentence.repeat(400)}\rEnd.`
    const article = parseArticle(input)
    // The expected line and column of every offset, counted once.
    const expected: Array<[number, number]> = []
    for (let offset = 0, line = 1, column = 1; offset <= input.length; offset++) {
      expected.push([line, column])
      const char = input[offset]
      if (char === '\n' || (char === '\r' && input[offset + 1] !== '\n')) {
        line++
        column = 1
      } else if (char !== '\r') column++
    }
    const pointAt = new Map<number, object>()
    let shared = 0
    const check = (point: {line: number; column: number; offset?: number}) => {
      const [line, column] = expected[point.offset!]!
      if (point.line !== line || point.column !== column) {
        expect(point).toEqual({line, column, offset: point.offset})
      }
      const seen = pointAt.get(point.offset!)
      if (seen === undefined) pointAt.set(point.offset!, point)
      else if (seen === point) shared++
    }
    const visit = (node: NlcstNode): void => {
      const {start, end} = node.position!
      expect(input.slice(start.offset, end.offset)).toBe(toString(node))
      if (node.type !== 'RootNode' && node.type !== 'ParagraphNode') {
        check(start)
        check(end)
      }
      if ('children' in node) for (const child of node.children) visit(child)
    }
    visit(article.tree)
    expect(input.length).toBeGreaterThan(16_384)
    // Sentences, words, their text nodes and the tokens that follow share the points of their offsets.
    expect(shared).toBeGreaterThan(pointAt.size)
  })

  it('never lets a sentence cross a block boundary', () => {
    const article = parseArticle('Shares rose and\nGetty Images\nthe bank cut rates')
    for (const sentence of article.sentences) {
      expect(sentence.text).not.toContain('\n')
    }
  })

  it('accepts an Article wherever a string is accepted, without parsing again', () => {
    const article = parseArticle('Shares rose.')
    expect(article.tree.type).toBe('RootNode')
  })
})

describe('parseArticle: long blocks are parsed in pieces, with the same result', () => {
  const sentences = [
    'The council met on Monday.',
    'Mr. Smith said the budget was tight, and Dr. Jones agreed.',
    '“We will cut costs,” she said!',
    'Was it enough? Nobody knew.',
    'J. R. Hartley (the author) wrote 3.5 books in the U.S. last year.',
  ]
  const long = Array.from({length: 400}, (_, index) => sentences[index % sentences.length]).join(
    ' ',
  )

  it('finds the same sentences as one parse-english parse of the block', async () => {
    const {ParseEnglish} = await import('parse-english')
    const {toString} = await import('nlcst-to-string')
    const whole = new ParseEnglish()
      .tokenizeParagraph(long)
      .children.filter((node) => node.type === 'SentenceNode')
      .map((node) => toString(node))
    const article = parseArticle(long)
    expect(long.length).toBeGreaterThan(16_000)
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(whole)
    expectTruePositions(long, article.sentences)
    expect(toString(article.tree)).toBe(long)
  })

  it.each([
    ['a long run of words with no sentence end', 'word '.repeat(5000)],
    ['one long word', 'x'.repeat(20_000)],
    ['astral characters across a cut', '😀'.repeat(10_000)],
  ])('keeps %s as one sentence', async (_name, input) => {
    const {toString} = await import('nlcst-to-string')
    const article = parseArticle(input)
    expect(article.sentences).toHaveLength(1)
    expect(toString(article.sentences[0]!.node)).toBe(article.sentences[0]!.text)
    expect(toString(article.tree)).toBe(input)
    expectTruePositions(input, article.sentences)
  })
})
