/**
 * Cut scraped text into segments: one a line or paragraph, with glued labels
 * ("LATEST DEVELOPMENTS:Okafor's ...") and glued page noise ("support.1289")
 * cut off into segments of their own.
 */

import {forEachLineBreak} from './location.js'

/** A run of the input, `start` to `end` (exclusive), no white space at either end. */
export interface Segment {
  start: number
  end: number
  /** Set on a label or noise cut off from its line. */
  cut?: 'label' | 'noise'
}

// An all-capitals label before a colon at the start of a line: "LATEST DEVELOPMENTS:".
const gluedLabel = /^[A-Z][A-Z0-9&'’ -]{1,40}[A-Z0-9]:/
// Digits glued after a sentence end at the end of a line: "support.1289".
const gluedNoise = /(?<=[\p{L}"”’')\]][.!?]["”’')\]]?)\d+$/u
const sentenceEnd = /[.!?…]["”’')\]]*$/
const startsLowerCase = /^[\p{Ll}]/u

/**
 * Split `text` into segments. A line is a segment, except in text whose
 * paragraphs are separated by blank lines, where a line that does not end a
 * sentence is joined with the next one when that one starts in lower case (a
 * hard-wrapped paragraph).
 */
export function segment(text: string): Segment[] {
  const lines: Segment[] = []
  let from = 0
  forEachLineBreak(text, (start, end) => {
    const line = trim(text, from, start)
    if (line) lines.push(line)
    from = end
  })
  const last = trim(text, from, text.length)
  if (last) lines.push(last)

  // Only where blank lines separate paragraphs can a single break be a wrap.
  const wrapped = hasBlankLine(text)
  const joined: Segment[] = []
  for (const line of lines) {
    const previous = joined.at(-1)
    if (
      wrapped &&
      previous &&
      !sentenceEnd.test(text.slice(previous.end - 3, previous.end)) &&
      startsLowerCase.test(text.charAt(line.start)) &&
      isSingleBreak(text, previous.end, line.start)
    ) {
      previous.end = line.end
    } else {
      joined.push({...line})
    }
  }

  const result: Segment[] = []
  for (const line of joined) cutGlued(text, line, result)
  return result
}

function cutGlued(text: string, line: Segment, result: Segment[]): void {
  let {start, end} = line
  const head = text.slice(start, Math.min(end, start + 48))
  const label = gluedLabel.exec(head)
  if (label && start + label[0].length < end && /[A-Z]{2}/.test(label[0])) {
    result.push({start, end: start + label[0].length, cut: 'label'})
    const rest = trim(text, start + label[0].length, end)
    if (!rest) return
    start = rest.start
  }

  const tail = text.slice(Math.max(start, end - 24), end)
  const noise = gluedNoise.exec(tail)
  if (noise && noise.index > 0) {
    const cutAt = end - tail.length + noise.index
    result.push({start, end: cutAt})
    result.push({start: cutAt, end, cut: 'noise'})
    return
  }

  result.push({start, end})
}

/**
 * Whether a blank line (nothing but spaces and tabs on it) stands anywhere in
 * `text`: "\n", then "\n" or "\r\n"; or "\r", then a "\r" that starts no
 * "\r\n". The same as the pattern `\n[ \t]*\r?\n|\r[ \t]*\r(?!\n)`, with
 * `indexOf` finding the breaks.
 */
export function hasBlankLine(text: string): boolean {
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    let next = afterSpacesAndTabs(text, at + 1)
    if (text.charCodeAt(next) === 13) next++
    if (text.charCodeAt(next) === 10) return true
  }
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    const next = afterSpacesAndTabs(text, at + 1)
    if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) !== 10) return true
  }
  return false
}

/** The first offset from `from` on that holds no space or tab. */
function afterSpacesAndTabs(text: string, from: number): number {
  let at = from
  for (let code = text.charCodeAt(at); code === 32 || code === 9; code = text.charCodeAt(at)) at++
  return at
}

/** Whether only one line break (no blank line) lies between two offsets. */
function isSingleBreak(text: string, from: number, to: number): boolean {
  let breaks = 0
  for (let index = from; index < to; index++) {
    const char = text.charAt(index)
    if (char === '\n' || (char === '\r' && text.charAt(index + 1) !== '\n')) {
      breaks++
    }
  }
  return breaks <= 1
}

/** The segment from `from` to `to` without white space at either end, or undefined when blank. */
function trim(text: string, from: number, to: number): Segment | undefined {
  let start = from
  let end = to
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return start < end ? {start, end} : undefined
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
