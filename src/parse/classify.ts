/**
 * Say what each segment of a scraped article is: a small set of matchers on
 * one block's text, then refiners that use its place in the article.
 */

import {
  creditLabels,
  newsAgencies,
  pageNoise,
  pictureSources,
  relatedLinkLabels,
  timestampOpeners,
} from '../data/credits.js'
import type {BlockKind} from '../types.js'
import type {Segment} from './segment.js'

const sentenceEnd = /[.!?…:;]["”’')\]]*$/u
const hasLetter = /\p{L}/u
const hasLowerCase = /\p{Ll}/u
const byline = /^by\s+\p{Lu}/iu
/** An agency's credit line: "Reporting by Ann Lee; Editing by Tom Cole", "(Additional reporting by ...)", "(Photo by ...)". */
const staffCredit =
  /^\(?(?:additional\s)?(?:reporting|editing|writing|research|compiled|graphics|photo|photograph|pictures?|images?)\sby\s\p{Lu}/iu
const monthOrDay =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i
const dateLine = /\b\d{1,2}[:/.]\d{2}\b|\b(?:19|20)\d{2}\b/
const dateWords = new Set([
  'updated',
  'published',
  'posted',
  'last',
  'on',
  'at',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'bst',
  'utc',
  'et',
  'est',
  'edt',
  'pt',
  'pst',
  'pdt',
  'cet',
  'cest',
  'of',
  'the',
])
const creditLabel = /^\(?\s*([a-z ]{3,16}?)\s*:\s*(.+?)\)?$/i
const creditSeparator = /\s*(?:\/|\||,|;|\bvia\b|\band\b|&)\s*/i
// Trailing runs, matched only from the run's start (the lookbehind), so that a
// long run that does not reach the end costs linear, not quadratic, time.
const trailingStops = /(?<![.!:])[.!:]+$/
const trailingDots = /(?<!\.)\.+$/
const edgeNonLetters = /^[^\p{L}]+|(?<![^\p{L}])[^\p{L}]+$/gu
const smallWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'vs',
  'v',
])

/** No rule counts more words than this: a long paragraph is split no further. */
const wordLimit = 41
/** The longest page-noise line, so that a long block is not lower-cased to look it up. */
const longestNoise = Math.max(...[...pageNoise].map((noise) => noise.length))

/** Facts about one segment that the rules read. */
interface Features {
  text: string
  /** Its words, the first {@link wordLimit} of them at most. */
  words: string[]
  endsSentence: boolean
  cut?: Segment['cut']
}

/**
 * Classify segments of `text` into block kinds.
 *
 * @param text The whole input.
 * @param segments Its segments, in text order.
 * @returns One kind a segment.
 */
export function classifySegments(text: string, segments: Segment[]): BlockKind[] {
  const features = segments.map((segment): Features => {
    const value = text.slice(segment.start, segment.end)
    return {
      text: value,
      words: value.split(/\s+/, wordLimit),
      endsSentence: sentenceEnd.test(value),
      cut: segment.cut,
    }
  })

  const kinds: BlockKind[] = features.map(intrinsicKind)
  const firstBody = kinds.indexOf('body')
  const topEnd = firstBody === -1 ? kinds.length : firstBody
  let headline: string | undefined

  // The top of the article: headline, source lines, standfirst.
  let seenHeadline = false
  let seenStandfirst = false
  for (let index = 0; index < topEnd; index++) {
    const block = features[index]!
    const kind = kinds[index]!
    if (kind === 'other') continue
    if (kind === 'credit' && (isAgency(block.text) || !hasLowerCase.test(block.text))) {
      kinds[index] = 'byline'
      continue
    }
    if (kind === 'byline' || kind === 'credit') continue
    if (!seenHeadline && looksLikeHeadline(block) && segments.length > 1) {
      kinds[index] = 'headline'
      headline = block.text
      seenHeadline = true
    } else if (!seenStandfirst && !block.endsSentence) {
      kinds[index] = 'standfirst'
      seenStandfirst = true
    } else {
      kinds[index] = block.endsSentence ? 'body' : 'caption'
    }
  }

  // A first block that ends a sentence and looks like a title is a headline too.
  if (!seenHeadline && firstBody !== -1 && firstBody + 1 < segments.length) {
    const block = features[firstBody]!
    if (firstBody === firstContent(kinds) && looksLikeHeadline(block)) {
      kinds[firstBody] = 'headline'
      headline = block.text
    }
  }

  // Inside the body: lines that end no sentence are captions or noise.
  for (let index = topEnd; index < kinds.length; index++) {
    if (kinds[index] === 'byline' && !byline.test(features[index]!.text)) {
      kinds[index] = 'other'
    }
    if (kinds[index] !== 'caption') continue
    const block = features[index]!
    if (block.text === headline) continue
    if (block.words.length < 4) kinds[index] = 'other'
  }

  return kinds
}

/** What a segment is from its own text alone: credit, byline, noise, or else body/caption. */
function intrinsicKind(block: Features): BlockKind {
  if (block.cut) return 'other'
  const {text} = block
  if (!hasLetter.test(text)) return 'other'
  if (mayBeNoise(text)) {
    const bare = text.toLowerCase().replace(trailingStops, '').trim()
    if (pageNoise.has(bare)) return 'other'
  }
  if (isCredit(text)) return 'credit'
  if (isRelatedLink(block)) return 'other'
  if (block.words.length <= 8 && byline.test(text) && !block.endsSentence) return 'byline'
  if (block.words.length <= 30 && staffCredit.test(text)) return 'byline'
  if (isDateLine(block) || isTimestamp(block)) return 'byline'
  if (block.words.length <= 5 && !hasLowerCase.test(text) && !block.endsSentence) {
    return 'byline'
  }
  return block.endsSentence || block.words.length > 40 ? 'body' : 'caption'
}

/** Whether a block is short enough to be page noise once its closing marks and white space are cut. */
function mayBeNoise(text: string): boolean {
  let end = text.length
  while (end > 0 && isNoiseEnd(text.charCodeAt(end - 1))) end--
  return end <= longestNoise + 8
}

/** A closing mark that the noise look-up cuts, or (any non-ASCII character, to be safe) white space. */
function isNoiseEnd(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 58 ||
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code > 127
  )
}

/** A dateline or timestamp: a month or weekday, a year or time, and at most one other word. */
function isDateLine(block: Features): boolean {
  if (block.words.length > 10 || !monthOrDay.test(block.text) || !dateLine.test(block.text)) {
    return false
  }
  let other = 0
  for (const word of block.words) {
    const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    if (!bare || /\d/.test(bare) || monthOrDay.test(bare) || dateWords.has(bare.toLowerCase()))
      continue
    other++
  }
  return other <= 1
}

/** A label and a colon opening a short line: "Read more: ...", "Updated 2 hours ago". */
const lineLabel = /^([A-Za-z][A-Za-z ]{1,24}?)\s?:\s*\S/

/** Whether a short line links to another story: "Read more: How the floods hit the city". */
function isRelatedLink(block: Features): boolean {
  if (block.words.length > 20) return false
  const label = lineLabel.exec(block.text)
  return label !== null && relatedLinkLabels.has(label[1]!.toLowerCase())
}

/** When, in a time-stamp line: "3 hours ago", "yesterday", "10:42", "2025". */
const timestampWhen = /\bago\b|\b(?:yesterday|today)\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/i

/** Whether a short line only says when the page was published: "Published 3 hours ago", "Updated 10 mins ago". */
function isTimestamp(block: Features): boolean {
  const {words} = block
  if (words.length > 8 || words.length < 2 || block.endsSentence) return false
  const first = words[0]!.toLowerCase().replace(/:$/, '')
  const opener =
    timestampOpeners.has(first) ||
    timestampOpeners.has(`${first} ${words[1]!.toLowerCase().replace(/:$/, '')}`)
  return opener && timestampWhen.test(block.text)
}

/** Whether a line is a picture credit: "PA", "AFP via Getty Images", "Photo: Jane Smith/Reuters". */
function isCredit(text: string): boolean {
  const value = text.trim().replace(/^©\s*/, '')
  if (value.length > 80) return false
  if (text.trim().startsWith('©')) return true
  const labelled = creditLabel.exec(value)
  if (labelled && creditLabels.has(labelled[1]!.toLowerCase())) {
    return labelled[2]!.split(/\s+/).length <= 8
  }
  const parts = value
    .replace(/^\(|\)$/g, '')
    .split(creditSeparator)
    .map((part) => part.toLowerCase().replace(trailingDots, '').trim())
    .filter(Boolean)
  return parts.length > 0 && parts.every((part) => pictureSources.has(part))
}

function isAgency(text: string): boolean {
  return newsAgencies.has(text.toLowerCase().replace(trailingDots, '').trim())
}

/** A title: short, and either without a sentence end or in title case. */
function looksLikeHeadline(block: Features): boolean {
  if (block.words.length > 30 || block.words.length < 2) return false
  if (!block.endsSentence) return true
  if (block.words.length > 20) return false
  let long = 0
  let capitalised = 0
  for (const word of block.words) {
    const bare = word.replace(edgeNonLetters, '')
    if (bare.length < 2 || smallWords.has(bare.toLowerCase())) continue
    long++
    if (/^\p{Lu}/u.test(bare)) capitalised++
  }
  return long >= 3 && capitalised / long >= 0.75
}

function firstContent(kinds: BlockKind[]): number {
  return kinds.findIndex((kind) => kind !== 'other' && kind !== 'byline' && kind !== 'credit')
}
