/**
 * An annotated HTML view of an analysis, in the spirit of spaCy's displaCy:
 * the article with quotes in one colour a speaker, people and amounts marked,
 * summary sentences emphasised, and a side panel listing what was found.
 */

import type {Analysis, Block} from '../types.js'
import {checkOptions, describe} from '../util/input.js'
import {escapeHtml} from './escape.js'
import {type Mark, markBlock} from './marks.js'
import {pageStyle} from './style.js'

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page title. Default: the article's headline, else "nutgraf analysis". */
  title?: string
}

/** Colours for speakers, in order of first quote; chosen to keep dark text readable. */
const speakerColours = [
  '#ffd6a5',
  '#caffbf',
  '#9bf6ff',
  '#bdb2ff',
  '#ffc6ff',
  '#fdffb6',
  '#ffadad',
  '#a0c4ff',
  '#d0f4de',
  '#e4c1f9',
]
const unknownSpeaker = '#e0e0e0'

/**
 * Render an analysis as one self-contained HTML page (inline CSS, no script,
 * no external resource). Every piece of article text is escaped.
 *
 * @param analysis The result of `analyze`.
 * @param options Page options.
 * @returns The HTML document as a string.
 * @throws {TypeError} When `analysis` is not an analysis.
 * @example
 * ```ts
 * import {analyze, toHtml} from 'nutgraf'
 *
 * const page = toHtml(analyze('"We will win," the minister said.'))
 * ```
 */
export function toHtml(analysis: Analysis, options?: HtmlOptions): string {
  if (
    typeof analysis !== 'object' ||
    analysis === null ||
    typeof analysis.text !== 'string' ||
    !Array.isArray(analysis.blocks)
  ) {
    throw new TypeError(
      `toHtml: expected \`analysis\` to be the result of analyze(), got ${describe(analysis)}`,
    )
  }
  const settings = checkOptions<HtmlOptions>('toHtml', options)
  const headline = analysis.blocks.find((block) => block.kind === 'headline')
  const title =
    typeof settings.title === 'string' ? settings.title : (headline?.text ?? 'nutgraf analysis')

  const colours = new Map<string, string>()
  for (const quote of analysis.quotes) {
    const name = quote.speaker?.name
    if (name !== undefined && !colours.has(name)) {
      colours.set(name, speakerColours[colours.size % speakerColours.length]!)
    }
  }
  const colourOf = (name: string | undefined) =>
    name === undefined ? unknownSpeaker : (colours.get(name) ?? unknownSpeaker)

  const marks = collectMarks(analysis, colourOf)
  const article = analysis.blocks
    .map((block) => renderBlock(analysis.text, block, marks))
    .join('\n')

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nutgraf">
<title>${escapeHtml(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<main class="nutgraf">
<article class="article" aria-label="Annotated article">
${article}
</article>
<aside class="panel" aria-label="What nutgraf found">
${renderPanel(analysis, colourOf)}
</aside>
</main>
</body>
</html>
`
}

function collectMarks(analysis: Analysis, colourOf: (name: string | undefined) => string): Mark[] {
  const marks: Mark[] = []
  for (const sentence of analysis.summary.sentences) {
    marks.push({
      start: sentence.position.start.offset!,
      end: sentence.position.end.offset!,
      tag: 'span',
      className: 'summary',
      title: `Summary sentence (score ${sentence.score.toFixed(3)})`,
      rank: 0,
    })
  }
  analysis.quotes.forEach((quote, index) => {
    const speaker = quote.speaker ? quote.speaker.name : 'unknown speaker'
    marks.push({
      start: quote.position.start.offset!,
      end: quote.position.end.offset!,
      tag: 'mark',
      className: `quote quote-${quote.kind}`,
      title: `Quote ${index + 1} (${quote.kind}): ${speaker}${quote.cue ? `, cue “${quote.cue}”` : ''}`,
      style: `background:${colourOf(quote.speaker?.name)}`,
      data: {speaker, kind: quote.kind},
      rank: 1,
    })
  })
  for (const person of analysis.people) {
    const roles = person.roles.length > 0 ? ` (${person.roles.join(', ')})` : ''
    for (const mention of person.mentions) {
      marks.push({
        start: mention.position.start.offset!,
        end: mention.position.end.offset!,
        tag: 'span',
        className: `person person-${mention.kind}`,
        title: `Person: ${person.name}${roles}`,
        data: {person: person.name},
        rank: 2,
      })
    }
  }
  for (const amount of analysis.amounts) {
    marks.push({
      start: amount.position.start.offset!,
      end: amount.position.end.offset!,
      tag: 'span',
      className: `amount amount-${amount.kind}`,
      title: `Amount: ${describeAmount(amount)}`,
      data: {kind: amount.kind},
      rank: 3,
    })
  }
  return marks
}

function renderBlock(text: string, block: Block, marks: Mark[]): string {
  const start = block.position.start.offset!
  const end = block.position.end.offset!
  const inner = markBlock(text, start, end, marks)
  const tag =
    block.kind === 'headline'
      ? 'h1'
      : block.kind === 'caption'
        ? 'figcaption'
        : block.kind === 'body'
          ? 'p'
          : 'div'
  return `<${tag} class="block block-${block.kind}" data-kind="${block.kind}">${inner}</${tag}>`
}

function renderPanel(analysis: Analysis, colourOf: (name: string | undefined) => string): string {
  const parts: string[] = []

  parts.push(`<section class="panel-people"><h2>People (${analysis.people.length})</h2><ul>`)
  for (const person of analysis.people) {
    const roles =
      person.roles.length > 0
        ? ` <span class="roles">${escapeHtml(person.roles.join(', '))}</span>`
        : ''
    const honorific = person.honorific ? `${escapeHtml(person.honorific)} ` : ''
    parts.push(
      `<li data-person="${escapeHtml(person.name)}"><b>${honorific}${escapeHtml(person.name)}</b>${roles} <span class="count">${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'}</span></li>`,
    )
  }
  parts.push('</ul></section>')

  const bySpeaker = new Map<string, Analysis['quotes']>()
  for (const quote of analysis.quotes) {
    const name = quote.speaker ? quote.speaker.name : 'Unknown speaker'
    const list = bySpeaker.get(name) ?? []
    list.push(quote)
    bySpeaker.set(name, list)
  }
  parts.push(`<section class="panel-quotes"><h2>Quotes (${analysis.quotes.length})</h2>`)
  for (const [name, quotes] of bySpeaker) {
    const colour = colourOf(name === 'Unknown speaker' ? undefined : name)
    parts.push(
      `<h3><span class="swatch" style="background:${colour}"></span>${escapeHtml(name)} (${quotes.length})</h3><ul>`,
    )
    for (const quote of quotes) {
      parts.push(
        `<li class="quote-item" data-kind="${quote.kind}"><q>${escapeHtml(quote.text)}</q> <span class="kind">${quote.kind}${quote.cue ? `, ${escapeHtml(quote.cue)}` : ''}</span></li>`,
      )
    }
    parts.push('</ul>')
  }
  parts.push('</section>')

  parts.push(`<section class="panel-amounts"><h2>Amounts (${analysis.amounts.length})</h2><ul>`)
  for (const amount of analysis.amounts) {
    parts.push(
      `<li data-kind="${amount.kind}"><b>${escapeHtml(amount.text)}</b> <span class="kind">${escapeHtml(describeAmount(amount))}</span></li>`,
    )
  }
  parts.push('</ul></section>')

  parts.push(
    `<section class="panel-summary"><h2>Summary</h2><p>${escapeHtml(analysis.summary.text)}</p></section>`,
  )
  return parts.join('\n')
}

function describeAmount(amount: Analysis['amounts'][number]): string {
  const value =
    amount.value === null
      ? amount.min !== undefined || amount.max !== undefined
        ? `${amount.min ?? '?'} to ${amount.max ?? '?'}`
        : 'vague'
      : String(amount.value)
  const unit = amount.currency ?? amount.unit ?? (amount.kind === 'percent' ? '%' : '')
  return `${amount.kind} ${value}${unit ? ` ${unit}` : ''}${amount.approximate ? ' (approximate)' : ''}`
}
