/**
 * Say what each segment of a scraped article is: a small set of matchers on
 * one block's text, then refiners that use its place in the article.
 */

import {
  creditLabels,
  journalistTitles,
  newsAgencies,
  pageNoise,
  pageNoiseOpeners,
  pictureSources,
  relatedLinkLabels,
  socialPlatforms,
  timestampOpeners,
} from '../data/credits.js'
import type {BlockKind} from '../types.js'
import type {Segment} from './segment.js'

/** Marks that end a sentence, and the closing quotation marks and brackets that may follow one. */
const sentenceEnders = '.!?…:;'
const sentenceClosers = `"”’')]`
const hasLetter = /\p{L}/u
const hasLowerCase = /\p{Ll}/u
const byline = /^by\s+\p{Lu}/iu
/** An agency's credit line: "Reporting by Ann Lee; Editing by Tom Cole", "(Additional reporting by ...)", "(Photo by ...)". */
const staffCredit =
  /^\(?(?:additional\s)?(?:reporting|editing|writing|research|compiled|graphics|photo|photograph|pictures?|images?)\sby\s\p{Lu}/iu
const monthOrDay =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\b/i
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
const commaCreditLabel = /^([a-z]{3,8} [a-z]{3,8}),\s*(\S.*)$/i
const creditSeparator = /\s*(?:\/|\||,|;|\bvia\b|\band\b|&)\s*/i
// Trailing runs, matched only from the run's start (the lookbehind), so that a
// long run that does not reach the end costs linear, not quadratic, time.
const trailingStops = /(?<![.!:,])[.!:,]+$/
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

/** Lines that label the caption on the next line ("Image caption,"), lower-cased. */
const captionLabels: ReadonlySet<string> = new Set(['image caption', 'media caption'])

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
 * Whether `value` ends as a sentence does: a mark that ends one, then only
 * closing quotation marks and brackets (the pattern
 * `[.!?…:;]["”’')\]]*$`), read from the end rather than by a search
 * through the whole block.
 */
export function endsSentence(value: string): boolean {
  let at = value.length - 1
  while (at >= 0 && sentenceClosers.includes(value.charAt(at))) at--
  return at >= 0 && sentenceEnders.includes(value.charAt(at))
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
      endsSentence: endsSentence(value),
      cut: segment.cut,
    }
  })

  const kinds: BlockKind[] = features.map(intrinsicKind)
  const firstBody = kinds.indexOf('body')
  const topEnd = firstBody === -1 ? kinds.length : firstBody
  let headline: string | undefined

  // "Ann Lee" over "Political correspondent": a writer's name and job, on lines of their own.
  for (let index = 0; index < topEnd; index++) {
    if (!isJournalistTitle(features[index]!)) continue
    kinds[index] = 'byline'
    const name = features[index - 1]
    if (name && kinds[index - 1] !== 'other' && isNameLine(name)) kinds[index - 1] = 'byline'
  }
  // "Ann Lee" over "BBC News": a writer's name and the outlet, on lines of their own.
  for (let index = 1; index < topEnd; index++) {
    if (kinds[index] === 'other' || kinds[index - 1] === 'other') continue
    if (!isAgency(features[index]!.text) || !isNameLine(features[index - 1]!)) continue
    kinds[index] = 'byline'
    kinds[index - 1] = 'byline'
  }
  // "Ann Lee in Paris" under the headline: the writer and where they file from.
  for (let index = 1; index < topEnd; index++) {
    if (kinds[index] !== 'other' && writerInPlace.test(features[index]!.text))
      kinds[index] = 'byline'
  }

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
    } else if (
      // A line right after a picture's credit is its caption, not the standfirst.
      !seenStandfirst &&
      !block.endsSentence &&
      kinds[index - 1] !== 'credit'
    ) {
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

  // "Image caption," on a line of its own labels the line after it.
  for (let index = 1; index < kinds.length; index++) {
    if (kinds[index - 1] !== 'other' || kinds[index] === 'other') continue
    if (captionLabels.has(lineKey(features[index - 1]!.text))) kinds[index] = 'caption'
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
    if (pageNoise.has(lineKey(text))) return 'other'
  }
  if (isCredit(text)) return 'credit'
  if (isRelatedLink(block) || isSocialFollow(block) || opensWithNoise(block)) return 'other'
  if (block.words.length <= 8 && byline.test(text) && !block.endsSentence) return 'byline'
  if (block.words.length <= 30 && (staffCredit.test(text) || isContributorLine(text))) {
    return 'byline'
  }
  if (isDateLine(block) || isTimestamp(block) || isDateLines(block)) return 'byline'
  if (isMenu(block)) return 'other'
  if (block.words.length <= 5 && !hasLowerCase.test(text) && !block.endsSentence) {
    return 'byline'
  }
  return block.endsSentence || block.words.length > 40 ? 'body' : 'caption'
}

/** A short line as the word lists hold it: lower case, without closing stops, colons or commas. */
function lineKey(text: string): string {
  return text.toLowerCase().replace(trailingStops, '').trim()
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
    code === 44 ||
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

/**
 * Whether a short line asks the reader to follow someone on a social
 * network: "Follow Ann Lee on Twitter @annlee", "You can follow her on
 * Instagram.", even inside the quotation mark that some sites open every
 * pasted paragraph with.
 */
function isSocialFollow(block: Features): boolean {
  const {words} = block
  if (words.length > 14 || words.length < 3 || !followOpener.test(block.text)) return false
  for (let index = 2; index < words.length; index++) {
    if (words[index]!.startsWith('@') || words[index]!.includes('://')) return true
    if (
      words[index - 1]!.toLowerCase() === 'on' &&
      socialPlatforms.has(words[index]!.replace(edgeNonLetters, '').toLowerCase())
    ) {
      return true
    }
  }
  return false
}

/** The opening of a line asking the reader to follow someone, after an opening mark or two. */
const followOpener = /^[^\p{L}]{0,3}(?:you\s+can\s+)?follow\s/iu

/**
 * A line that credits the staff, not the story: "Ann Lee contributed to
 * this report.", "Jo Marsh contributed reporting from London.", "Jane Doe
 * is a staff writer at the Daily Post."
 */
function isContributorLine(text: string): boolean {
  return (
    (text.includes(' contributed ') && contributorCredit.test(text)) ||
    (text.includes(' is ') && writerBio.test(text))
  )
}

const contributorCredit =
  /^\p{Lu}[^.!?]{0,120}\scontributed\s(?:to\s(?:this|the)\s(?:report|story|article)|(?:additional\s)?reporting\b)/u
const writerBio =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\sis\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,3}(?:writer|reporter|correspondent|columnist|editor|journalist|contributor)\s(?:at|for|with|of)\s(?:the\s)?\p{Lu}/u

/** "Ann Lee in Paris", "Ann Lee and Tom Cole in New York": a writer's name and where they file from. */
const writerInPlace =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:\sand\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})?\sin\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u

/** A writer's job on a line of its own: "Political correspondent", "Economics Editor". */
function isJournalistTitle(block: Features): boolean {
  const {words} = block
  if (words.length > 5 || block.endsSentence) return false
  const last = words[words.length - 1]!.replace(edgeNonLetters, '').toLowerCase()
  return journalistTitles.has(last)
}

/** A person's name on a line of its own: two to four capitalised words, no sentence end. */
function isNameLine(block: Features): boolean {
  const {words} = block
  if (words.length < 2 || words.length > 4 || block.endsSentence) return false
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))
}

/**
 * Whether a short line that ends no sentence opens with a call to action
 * of the page: "Sign up to our daily newsletter", "Click here to ...".
 */
function opensWithNoise(block: Features): boolean {
  const {words} = block
  if (words.length < 2 || words.length > 12 || block.endsSentence) return false
  return pageNoiseOpeners.has(`${words[0]!.toLowerCase()} ${words[1]!.toLowerCase()}`)
}

/** Separators of a menu's items: a bar, a bullet or a middle dot between spaces. */
const menuSeparator = /\s[|•·]\s/

/** A menu of the site's sections on one line: "Home | News | Sport | Weather". */
function isMenu(block: Features): boolean {
  if (block.endsSentence || block.words.length > 30) return false
  const parts = block.text.split(menuSeparator)
  if (parts.length < 3) return false
  return parts.every((part) => {
    const words = part.trim().split(/\s+/)
    return words[0] !== '' && words.length <= 3
  })
}

/** A time stamp of several parts: "Published: 09:14 GMT, 3 March 2025 | Updated: 11:02 GMT". */
function isDateLines(block: Features): boolean {
  if (!block.text.includes('|') || block.words.length > 30) return false
  return block.text.split('|').every((part) => {
    const text = part.trim()
    const words = text.split(/\s+/)
    const features = {text, words, endsSentence: false}
    return text !== '' && (isDateLine(features) || isTimestamp(features))
  })
}

/** A time stamp relative to now, alone: "2 hours ago", "3 days ago", "1 min ago". */
const relativeTime =
  /^(?:an?|\d{1,3})\s(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\sago$/i

/** When, in a time-stamp line: "3 hours ago", "yesterday", "10:42", "2025". */
const timestampWhen = /\bago\b|\b(?:yesterday|today)\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/i

/** Whether a short line only says when the page was published: "Published 3 hours ago", "Updated 10 mins ago". */
function isTimestamp(block: Features): boolean {
  const {words} = block
  if (words.length > 8 || words.length < 2 || block.endsSentence) return false
  // "2 hours ago" alone, on the line after "Published".
  if (words.length <= 4 && relativeTime.test(block.text)) return true
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
  if (text.trim().startsWith('©') || /^copyright\s/i.test(value)) return true
  const labelled = creditLabel.exec(value)
  if (labelled && creditLabels.has(labelled[1]!.toLowerCase())) {
    return labelled[2]!.split(/\s+/).length <= 8
  }
  // "Image source, PA Media": a two-word label before a comma.
  const commaLabelled = commaCreditLabel.exec(value)
  if (commaLabelled && creditLabels.has(commaLabelled[1]!.toLowerCase())) {
    return commaLabelled[2]!.split(/\s+/).length <= 6
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
