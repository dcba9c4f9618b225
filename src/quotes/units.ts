/**
 * Reporter sentences: the article's sentences, joined where a sentence break
 * falls inside a quotation ("... want. They are ...," he told), each with its
 * words and one placeholder word for every quote in it.
 */
import type {Article, BlockKind} from '../types.js'
import {type MarkCursor, type MarkedSpan, scanMarks} from './marks.js'
import {tokenize, type Word} from './words.js'

/**
 * One reporter sentence. Its words are tokenized when first read: the reader
 * needs none of a sentence after an article's last quote unless it reports
 * indirect speech.
 */
export class Unit {
  /** Indices into the quote list of the quotes that open in this unit. */
  readonly quotes: number[] = []
  private tokens: Word[] | undefined

  /**
   * @param text The whole input.
   * @param block Index of the block in `article.blocks`.
   * @param start Where the sentence starts in `text`.
   * @param end Where it ends.
   * @param words Its words, when already made (a unit with quotes is tokenized around them).
   */
  constructor(
    private readonly text: string,
    readonly block: number,
    readonly start: number,
    readonly end: number,
    words?: Word[],
  ) {
    this.tokens = words
  }

  /** The reporter's words; each quote is one placeholder word with `quote` set. */
  get words(): Word[] {
    this.tokens ??= tokenize(this.text, this.start, this.end)
    return this.tokens
  }
}

/** A quotation found by the mark scanner, with where it sits. */
export interface QuoteSite {
  span: MarkedSpan
  block: number
  unit: number
  /** Index of its placeholder in the unit's words. */
  word: number
}

/** Blocks whose quotes are read; credits, bylines and page noise hold none. */
const quotedKinds: ReadonlySet<BlockKind> = new Set(['headline', 'standfirst', 'body', 'caption'])

/**
 * Scan every block's marks and build the reporter sentences.
 *
 * @returns The units and the quote sites, both in text order.
 */
export function buildUnits(article: Article): {units: Unit[]; sites: QuoteSite[]} {
  const {text, blocks, sentences} = article
  const units: Unit[] = []
  const sites: QuoteSite[] = []
  let sentenceIndex = 0
  const cursor: MarkCursor = {from: text.length + 1, found: -1}
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!
    const from = block.position.start.offset!
    const to = block.position.end.offset!
    // Sentence ends of this block, as offsets.
    const ends: number[] = []
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.block < blockIndex)
      sentenceIndex++
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.block === blockIndex) {
      ends.push(sentences[sentenceIndex]!.position.end.offset!)
      sentenceIndex++
    }
    if (!quotedKinds.has(block.kind)) continue
    const spans = scanMarks(text, from, to, cursor)
    let spanIndex = 0
    let scanIndex = 0
    let lastClose = -1
    let unitStart = from
    const cuts = ends.length > 0 ? ends.slice(0, -1) : []
    for (let cutIndex = 0; cutIndex <= cuts.length; cutIndex++) {
      const unitEnd = cutIndex < cuts.length ? cuts[cutIndex]! : to
      // A break inside a quotation is no break of the reporter's sentence.
      while (scanIndex < spans.length && spans[scanIndex]!.open < unitEnd) {
        lastClose = spans[scanIndex]!.close
        scanIndex++
      }
      if (
        cutIndex < cuts.length &&
        (lastClose > unitEnd || unitEnd <= unitStart || endsAtNumberSign(text, unitEnd))
      ) {
        continue
      }
      if (spanIndex < spans.length && spans[spanIndex]!.open < unitEnd) {
        // Quotes in this unit: its words now, with a placeholder for each quote.
        const words: Word[] = []
        const unit = new Unit(text, blockIndex, unitStart, unitEnd, words)
        let cursor = unitStart
        while (spanIndex < spans.length && spans[spanIndex]!.open < unitEnd) {
          const span = spans[spanIndex]!
          tokenize(text, cursor, span.open, words)
          const quote = sites.length
          unit.quotes.push(quote)
          sites.push({span, block: blockIndex, unit: units.length, word: words.length})
          words.push({
            text: '',
            lower: '',
            start: span.start,
            end: span.end,
            punct: false,
            quote,
          })
          cursor = span.close
          spanIndex++
        }
        tokenize(text, cursor, unitEnd, words)
        units.push(unit)
      } else units.push(new Unit(text, blockIndex, unitStart, unitEnd))
      unitStart = unitEnd
    }
  }
  return {units, sites}
}

/**
 * Whether the sentence the parse ended at `end` ends with "No." that a
 * number follows ("Thune, the No. 2 Republican, said"): the reporter's
 * sentence goes on.
 */
function endsAtNumberSign(text: string, end: number): boolean {
  if (end < 3 || !text.startsWith('No.', end - 3)) return false
  const before = text.charCodeAt(end - 4)
  if (end > 3 && ((before >= 65 && before <= 90) || (before >= 97 && before <= 122))) return false
  let at = end
  while (text.charCodeAt(at) === 32) at++
  const next = text.charCodeAt(at)
  return next >= 48 && next <= 57
}
