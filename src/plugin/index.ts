import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {type AnalyzeOptions, analyze} from '../analyze.js'
import {createLocator} from '../parse/location.js'
import {parseArticle} from '../parse/parse-article.js'
import type {Analysis, Article, Block} from '../types.js'
import {checkBoolean, checkOptions} from '../util/input.js'

declare module 'vfile' {
  interface DataMap {
    /** What `retextNutgraf` found in the file: quotes, amounts, people and summary. */
    nutgraf: Analysis
  }
}

/** Options of {@link retextNutgraf}: those of `analyze`, and whether to report messages. */
export interface RetextNutgrafOptions extends AnalyzeOptions {
  /**
   * Report what a reader should look at through `file.message` (rule ids
   * `quote-without-speaker`, `ambiguous-currency`, `unclosed-quotation-mark`).
   * Default: `true`.
   */
  messages?: boolean
}

/** The `source` of every message nutgraf reports. */
export const messageSource = 'nutgraf'

/**
 * A unified plugin that analyses the file's text with nutgraf and puts the
 * result on `file.data.nutgraf`. Use it after `retext-english` (or any parser
 * that gives an nlcst tree): nutgraf re-reads the file's text with its own
 * block-aware parse, so captions, credits and headlines are told from the
 * body, and leaves the tree as it is.
 *
 * Messages (`source: 'nutgraf'`):
 * - `quote-without-speaker`: a quotation whose speaker the text does not name.
 * - `ambiguous-currency`: an amount in bare `$`, read as the default dollar.
 * - `unclosed-quotation-mark`: an opening quotation mark with no closing one in its paragraph.
 *
 * @param options Options of `analyze`, and `messages`.
 * @returns A transformer.
 * @example
 * ```ts
 * import {retext} from 'retext'
 * import {retextNutgraf} from 'nutgraf'
 *
 * const file = await retext().use(retextNutgraf).process('"We won," said Ann Lee.')
 * file.data.nutgraf?.quotes[0]?.speaker?.name // 'Ann Lee'
 * ```
 */
export function retextNutgraf(options?: RetextNutgrafOptions | null) {
  const settings = checkOptions<RetextNutgrafOptions>('retextNutgraf', options)
  const messages = checkBoolean('retextNutgraf', 'messages', settings.messages) ?? true
  const {messages: _messages, ...analyzeOptions} = settings

  return function transformer(tree: Root, file: VFile): undefined {
    void tree
    const article = parseArticle(String(file.value ?? ''))
    const analysis = analyze(article, analyzeOptions)
    file.data.nutgraf = analysis
    if (messages) report(article, analysis, file)
    return undefined
  }
}

function report(article: Article, analysis: Analysis, file: VFile): void {
  for (const quote of analysis.quotes) {
    if (quote.speaker !== null || quote.kind === 'indirect') continue
    file.message(`Unattributed quotation: “${clip(quote.text)}” has no speaker in the text`, {
      place: quote.position,
      source: messageSource,
      ruleId: 'quote-without-speaker',
    })
  }
  for (const amount of analysis.amounts) {
    if (amount.kind !== 'money' || !bareDollar.test(amount.text)) continue
    file.message(
      `Ambiguous currency: \`${amount.text}\` uses a bare \`$\`, read as ${amount.currency ?? 'an unknown currency'}`,
      {place: amount.position, source: messageSource, ruleId: 'ambiguous-currency'},
    )
  }
  const locator = createLocator(article.text)
  article.blocks.forEach((block, index) => {
    const offset = unclosedQuotationMark(block)
    if (offset === undefined) return
    // A quotation that runs on reopens the next paragraph without closing this one.
    const next = article.blocks[index + 1]
    if (next && /^["\u201C]/.test(next.text)) return
    file.message('Unclosed quotation mark: it opens a quotation that its paragraph never closes', {
      place: locator.point(offset),
      source: messageSource,
      ruleId: 'unclosed-quotation-mark',
    })
  })
}

// A `$` not preceded by a letter (US$, A$, C$ name their currency).
const bareDollar = /(?:^|[^A-Za-z$])\$/

/** The offset in the input of an opening double quotation mark that its block never closes. */
function unclosedQuotationMark(block: Block): number | undefined {
  const text = block.text
  let straightOpen = -1
  let curlyOpen = -1
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === '"') straightOpen = straightOpen === -1 ? index : -1
    else if (char === '\u201C') curlyOpen = curlyOpen === -1 ? index : curlyOpen
    else if (char === '\u201D') curlyOpen = -1
  }
  const open = straightOpen !== -1 ? straightOpen : curlyOpen
  return open === -1 ? undefined : block.position.start.offset! + open
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}
