import type {
  Sentence as NlcstSentence,
  Paragraph,
  Root,
  RootContent,
  SentenceContent,
  WhiteSpace,
} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import type {Article, Block, Sentence} from '../types.js'
import {checkOptions, describe, isArticle} from '../util/input.js'
import {classifySegments} from './classify.js'
import {createLocator, type Locator, rememberLocator} from './location.js'
import {NeedsStockParse, paragraphPlugins, sentencePlugins} from './plugins.js'
import {segment} from './segment.js'
import {tokenizeAt} from './tokenize.js'

/** Options of {@link parseArticle}; none yet, reserved for later. */
export type ParseOptions = Record<string, never>

/**
 * parse-english whose tokens get their final points as they are made: the
 * points of the piece of text being parsed index the whole input (see
 * {@link tokenizeAt}, parse-latin's tokenizer in one pass over the character
 * codes) before the paragraph plugins merge tokens and patch the positions of
 * words, sentences and the paragraph, which take their points from the
 * tokens. No walk of the tree afterwards.
 */
class StockPlacingParser extends ParseEnglish {
  /** Where the text being parsed starts in the whole input. */
  base: Point = {line: 1, column: 1, offset: 0}

  override tokenize(value?: string | null): SentenceContent[] {
    return tokenizeAt(value ?? '', this.base)
  }
}

/** The stock parser, for the rare piece the plugin loops leave to it (see {@link NeedsStockParse}). */
const stockParser = new StockPlacingParser()

/**
 * {@link StockPlacingParser} with parse-english's token-level plugins run as
 * plain loops (see `plugins.ts`): the same tree, made faster.
 */
class PlacingParser extends StockPlacingParser {
  override tokenizeParagraph(value?: string | null): Paragraph {
    try {
      return super.tokenizeParagraph(value)
    } catch (error) {
      if (!(error instanceof NeedsStockParse)) throw error
      stockParser.base = this.base
      return stockParser.tokenizeParagraph(value)
    }
  }
}

// The loops stand in for parse-english 7's plugin lists; another list is kept as it is.
if (ParseEnglish.prototype.tokenizeSentencePlugins.length === sentencePlugins.length) {
  PlacingParser.prototype.tokenizeSentencePlugins = sentencePlugins
}
PlacingParser.prototype.tokenizeParagraphPlugins = paragraphPlugins(
  ParseEnglish.prototype.tokenizeParagraphPlugins,
)

const parser = new PlacingParser()

/**
 * Parse a scraped news article once: cut it into blocks (headline, byline,
 * standfirst, captions, credits, body, noise), parse every block with
 * parse-english (the parser of retext-english), and assemble one nlcst tree
 * whose positions index the original text.
 *
 * Every extractor accepts the result in place of a string, so that
 * `analyze` and callers that run several extractors parse the text once.
 *
 * @param text The article as scraped: plain text, any line endings.
 * @param options Reserved for later; must be an object, `null` or `undefined`.
 * @returns The {@link Article}: text, nlcst tree, blocks and sentences.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @example
 * ```ts
 * import {parseArticle} from 'nutgraf'
 *
 * const article = parseArticle('Ministers met.\nPA\nThey agreed a deal.')
 * article.blocks.map((block) => block.kind) // ['body', 'credit', 'body']
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`parseArticle: expected \`text\` to be a string, got ${describe(text)}`)
  }
  checkOptions<ParseOptions>('parseArticle', options)
  const locator = createLocator(text)
  const segments = segment(text)
  const kinds = classifySegments(text, segments)
  const children: RootContent[] = []
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  let previousEnd = 0

  for (let index = 0; index < segments.length; index++) {
    const {start, end} = segments[index]!
    if (start > previousEnd) children.push(whiteSpace(text, previousEnd, start, locator))
    previousEnd = end
    const kind = kinds[index]!
    const position = locator.position(start, end)
    const value = text.slice(start, end)
    blocks.push({kind, text: value, position})

    const paragraph = parseBlock(text, start, end, locator)
    paragraph.position = position
    children.push(paragraph)
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const sentence = child as NlcstSentence
      shareWordPositions(sentence)
      const from = sentence.position!.start.offset!
      const to = sentence.position!.end.offset!
      sentences.push({
        text: text.slice(from, to),
        position: {start: {...sentence.position!.start}, end: {...sentence.position!.end}},
        block: index,
        kind,
        node: sentence,
      })
    }
  }

  if (text.length > previousEnd) {
    children.push(whiteSpace(text, previousEnd, text.length, locator))
  }

  const tree: Root = {
    type: 'RootNode',
    children,
    position: locator.position(0, text.length),
  }
  const article: Article = {text, tree, blocks, sentences}
  rememberLocator(article, locator)
  return article
}

/**
 * The {@link Article} for `input`: itself when it is one, else a new parse.
 *
 * @param input A string or an Article.
 * @param caller The public function's name, for the error message.
 * @throws {TypeError} When `input` is neither.
 */
export function toArticle(input: unknown, caller: string): Article {
  if (typeof input === 'string') return parseArticle(input)
  if (isArticle(input)) return input
  throw new TypeError(
    `${caller}: expected \`input\` to be a string or an Article, got ${describe(input)}`,
  )
}

/** Blocks longer than this are parsed in pieces: parse-english slows down superlinearly on long paragraphs. */
const chunkSize = 16_384
/** Pieces of a long run without white space are shorter: parse-english merges its tokens in quadratic time. */
const runPieceSize = 1024
// A sentence end followed by white space and a capital (or an opening mark before one).
const sentenceBreak = /[.!?]["”’')\]]*(\s+)(?=["“‘(]?\p{Lu})/gu
// A short capitalised word or an initial before a full stop: "Mr.", "Dr.", "J.", "St.", "U.S."
const abbreviationBefore = /(?:(?:^|[\s(])\p{Lu}\p{Ll}{0,3}|(?:^|[\s(.])\p{Lu})\.$/u

/**
 * Parse one block as an nlcst paragraph. A long block is cut at sentence
 * breaks into pieces of about {@link chunkSize} characters, each parsed on its
 * own, and the pieces joined into one paragraph; a block with no usable break
 * is cut at white space or, failing that, anywhere, and the sentences that the
 * cut splits are joined again.
 */
function parseBlock(
  text: string,
  blockStart: number,
  blockEnd: number,
  locator: Locator,
): Paragraph {
  if (blockEnd - blockStart <= chunkSize) return parsePiece(text, blockStart, blockEnd, locator)
  const value = text.slice(blockStart, blockEnd)
  const paragraph: Paragraph = {type: 'ParagraphNode', children: []}
  let from = 0
  let runUntil = -1
  let carry: NlcstSentence | undefined
  let gaps: Paragraph['children'] = []
  while (from < value.length) {
    const cut = from < runUntil ? runCut(value, from) : findCut(value, from)
    if (cut.runUntil !== undefined) runUntil = cut.runUntil
    const {end, next, clean} = cut
    const piece = parsePiece(text, blockStart + from, blockStart + end, locator)
    const children = piece.children
    if (carry) {
      // The previous cut fell inside a sentence: white space, then its second half.
      while (children[0]?.type === 'WhiteSpaceNode') gaps.push(children.shift()!)
      if (children[0]?.type === 'SentenceNode') {
        const head = children.shift() as NlcstSentence
        carry.children.push(...(gaps as NlcstSentence['children']), ...head.children)
        carry.position = {start: carry.position!.start, end: head.position!.end}
        gaps = []
      }
    }
    paragraph.children.push(...gaps, ...children)
    gaps = []
    const last = paragraph.children.at(-1)
    carry = !clean && last?.type === 'SentenceNode' ? last : undefined
    if (end < next) {
      const gap: WhiteSpace = {
        type: 'WhiteSpaceNode',
        value: value.slice(end, next),
        position: locator.position(blockStart + end, blockStart + next),
      }
      if (carry) gaps.push(gap)
      else paragraph.children.push(gap)
    }
    from = next
  }
  paragraph.children.push(...gaps)
  return paragraph
}

/** Give a word made of one text node and that node one position object: a smaller tree. */
function shareWordPositions(sentence: NlcstSentence): void {
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'WordNode' || child.children.length !== 1) continue
    const position = child.position!
    const only = child.children[0]!
    if (only.position!.start === position.start && only.position!.end === position.end) {
      only.position = position
    }
  }
}

/** Parse `text.slice(start, end)` as a paragraph whose points index `text`. */
function parsePiece(text: string, start: number, end: number, locator: Locator): Paragraph {
  parser.base = locator.point(start)
  return parser.tokenizeParagraph(text.slice(start, end))
}

/** A cut of a long block: the piece ends at `end`; the next starts at `next`. */
interface Cut {
  end: number
  next: number
  /** Whether the cut is a sentence break (else the sentence goes on in the next piece). */
  clean: boolean
  /** Set when no white space occurs before this offset: cut there without searching again. */
  runUntil?: number
}

/**
 * Where to cut the piece of `value` that starts at `from`: at a sentence
 * break past half a piece, else at a space, else (a long run of word
 * characters) after {@link runPieceSize} characters. Searches stay inside a
 * window of two pieces, so a block costs linear time.
 */
function findCut(value: string, from: number): Cut {
  const limit = from + chunkSize
  if (limit >= value.length) return {end: value.length, next: value.length, clean: true}
  const window = value.slice(from, Math.min(value.length, limit + chunkSize))
  sentenceBreak.lastIndex = chunkSize >> 1
  let match: RegExpExecArray | null
  while ((match = sentenceBreak.exec(window)) !== null) {
    const end = match.index + match[0].length - match[1]!.length
    if (!abbreviationBefore.test(window.slice(Math.max(0, end - 6), end))) {
      return {end: from + end, next: from + match.index + match[0].length, clean: true}
    }
  }
  const space = window.lastIndexOf(' ', chunkSize)
  if (space > chunkSize >> 1) return {end: from + space, next: from + space + 1, clean: false}
  const firstSpace = window.search(/\s/)
  const run = runCut(value, from)
  if (firstSpace === -1) run.runUntil = from + window.length - runPieceSize
  return run
}

/** A cut inside a run of word characters: after {@link runPieceSize}, never inside a surrogate pair. */
function runCut(value: string, from: number): Cut {
  const at = from + runPieceSize
  if (at >= value.length) return {end: value.length, next: value.length, clean: true}
  const code = value.charCodeAt(at)
  const cut = code >= 0xdc00 && code <= 0xdfff ? at - 1 : at
  return {end: cut, next: cut, clean: false}
}

function whiteSpace(text: string, start: number, end: number, locator: Locator): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: locator.position(start, end),
  }
}
