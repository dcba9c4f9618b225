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
