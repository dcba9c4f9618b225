import type {Sentence as NlcstSentence, Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Node, Point} from 'unist'
import type {Article, Block, Sentence} from '../types.js'
import {checkOptions, describe, isArticle} from '../util/input.js'
import {classifySegments} from './classify.js'
import {createLocator, type Locator} from './location.js'
import {pieceCuts} from './pieces.js'
import {segment} from './segment.js'

/** Options of {@link parseArticle}; none yet, reserved for later. */
export type ParseOptions = Record<string, never>

const parser = new ParseEnglish()

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

    const paragraph = tokenizeBlock(value, start, locator)
    paragraph.position = position
    children.push(paragraph)
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const sentence = child as NlcstSentence
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
  return {text, tree, blocks, sentences}
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

/**
 * Parse one block into a paragraph with positions into the whole input; a
 * very long block is parsed in pieces (see `pieces.ts`) whose children are
 * joined into one paragraph.
 */
function tokenizeBlock(value: string, start: number, locator: Locator): Paragraph {
  const cuts = pieceCuts(value)
  if (cuts.length === 0) {
    const paragraph = parser.tokenizeParagraph(value)
    shift(paragraph, locator.point(start))
    return paragraph
  }
  const children: Paragraph['children'] = []
  let from = 0
  for (const to of [...cuts, value.length]) {
    const piece = parser.tokenizeParagraph(value.slice(from, to))
    shift(piece, locator.point(start + from))
    for (const child of piece.children) children.push(child)
    from = to
  }
  return {type: 'ParagraphNode', children}
}

function whiteSpace(text: string, start: number, end: number, locator: Locator): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: locator.position(start, end),
  }
}

/**
 * Move the positions of a tree parsed from a block so they index the whole
 * input: offsets by the block's offset; lines by its line; columns on the
 * block's first line by its column. parse-latin shares point objects between
 * parents and children, so every node gets new points rather than edits.
 */
function shift(node: Paragraph, base: Point): void {
  const offset = base.offset!
  if (offset === 0 && base.line === 1 && base.column === 1) return
  const lineShift = base.line - 1
  const columnShift = base.column - 1

  function moved(point: Point): Point {
    return {
      line: point.line + lineShift,
      column: point.line === 1 ? point.column + columnShift : point.column,
      offset: (point.offset ?? 0) + offset,
    }
  }

  function visit(current: Node & {children?: Node[]}): void {
    const position = current.position
    if (position) current.position = {start: moved(position.start), end: moved(position.end)}
    const children = current.children
    if (children) for (let index = 0; index < children.length; index++) visit(children[index]!)
  }

  visit(node)
}
