/**
 * `analyze` of a long text, window by window: cut the text at paragraph
 * breaks into windows of about `windowSize` characters, parse and analyse one
 * window at a time (its nlcst tree let go before the next is parsed), and
 * merge the results so that their positions index the whole text. Memory
 * then grows with the window and the results, not with the tree of the whole
 * input.
 */

import {extractAmounts} from './amounts/index.js'
import type {AnalyzeOptions} from './analyze.js'
import {locatorOf} from './parse/location.js'
import {parseArticle} from './parse/parse-article.js'
import {segment} from './parse/segment.js'
import {extractPeople} from './people/index.js'
import {peopleLexicon} from './people/lexicon.js'
import {nameAliases, sameFullName, surnameOf} from './people/resolve.js'
import {extractQuotes} from './quotes/index.js'
import {sentenceWords} from './summarize/candidates.js'
import {readLimits, summarizeRanked} from './summarize/index.js'
import {defaultWeights, type Limits} from './summarize/select.js'
import type {
  Amount,
  Analysis,
  Block,
  Person,
  Point,
  Position,
  Quote,
  Speaker,
  SummarySentence,
} from './types.js'

/**
 * Where the window that starts at `start` ends (the next one starts there).
 *
 * Searched between half a window and one and a half windows past `start`,
 * the cut nearest to `start + size` of the first kind found: a paragraph
 * break (a blank line between two blocks, as `segment` finds blocks), else a
 * line break between two blocks, else any line break, else white space, else
 * anywhere (never inside a surrogate pair or a `\r\n`). A cut at a line break
 * falls after it, so the next window starts at the start of a line.
 *
 * @param text The whole input.
 * @param start Where the window starts.
 * @param size The window size, in UTF-16 code units.
 * @returns The window's end: `text.length` when the rest fits in one window.
 */
export function windowEnd(text: string, start: number, size: number): number {
  if (text.length - start <= size) return text.length
  const target = start + size
  const from = start + Math.max(1, Math.floor(size / 2))
  const to = Math.min(text.length, target + Math.ceil(size / 2))
  const slice = text.slice(from, to)
  const goal = target - from
  const segments = segment(slice)
  let paragraph = -1
  let line = -1
  for (let index = 1; index < segments.length; index++) {
    const gapEnd = segments[index]!.start
    const {breaks, after} = lineBreaks(slice, segments[index - 1]!.end, gapEnd)
    if (breaks >= 2) paragraph = nearer(paragraph, after, goal)
    else if (breaks === 1) line = nearer(line, after, goal)
  }
  if (paragraph < 0) paragraph = line
  if (paragraph < 0) {
    const {breaks, after} = anyBreak(slice, goal)
    if (breaks > 0) paragraph = after
  }
  if (paragraph < 0) paragraph = nearestSpace(slice, goal)
  if (paragraph > 0) return from + paragraph
  return safeCut(text, start, target)
}

/** How many line breaks (`\r\n` counting one) lie in `text` from `from` to `to`, and where the last ends. */
function lineBreaks(text: string, from: number, to: number): {breaks: number; after: number} {
  let breaks = 0
  let after = -1
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      breaks++
      after = index + 1
    }
  }
  return {breaks, after}
}

/** The end of the line break nearest to `goal` in `text`, if any. */
function anyBreak(text: string, goal: number): {breaks: number; after: number} {
  const before = Math.max(text.lastIndexOf('\n', goal), text.lastIndexOf('\r', goal))
  let next = text.indexOf('\n', goal)
  const carriage = text.indexOf('\r', goal)
  if (next < 0 || (carriage >= 0 && carriage < next)) next = carriage
  let best = -1
  for (const at of [before, next]) {
    if (at < 0) continue
    // After the whole break: past the `\n` of a `\r\n`.
    const end = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1
    if (end < text.length) best = nearer(best, end, goal)
  }
  return {breaks: best < 0 ? 0 : 1, after: best}
}

/** The offset after the space or tab nearest to `goal` in `text`, or -1. */
function nearestSpace(text: string, goal: number): number {
  let best = -1
  const before = Math.max(text.lastIndexOf(' ', goal), text.lastIndexOf('\t', goal))
  if (before >= 0) best = before + 1
  let after = text.indexOf(' ', goal)
  const tab = text.indexOf('\t', goal)
  if (after < 0 || (tab >= 0 && tab < after)) after = tab
  if (after >= 0 && after + 1 < text.length) best = nearer(best, after + 1, goal)
  return best
}

/** Of the cut `best` so far (-1 for none) and `candidate`, the one nearer to `goal` (ties: the earlier). */
function nearer(best: number, candidate: number, goal: number): number {
  if (best < 0) return candidate
  return Math.abs(candidate - goal) < Math.abs(best - goal) ? candidate : best
}

/**
 * `at`, moved off the second half of a surrogate pair or a `\r\n`: back,
 * unless that would leave the window starting at `start` empty.
 */
function safeCut(text: string, start: number, at: number): number {
  const code = text.charCodeAt(at)
  const inside =
    (code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(at - 1))) ||
    (code === 10 && text.charCodeAt(at - 1) === 13)
  if (!inside) return at
  return at - 1 > start ? at - 1 : at + 1
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** A point of a window moved to the whole text, the window starting at `base`. */
function shiftPoint(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    // Only the window's first line starts where the window does.
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: point.offset! + base.offset!,
  }
}

function shiftPosition(position: Position, base: Point): Position {
  return {start: shiftPoint(position.start, base), end: shiftPoint(position.end, base)}
}

/** A summary sentence of a window, with what the merged summary's limits count. */
interface Pick {
  sentence: SummarySentence
  words: number
}

/**
 * Analyse `text` window by window (see {@link windowEnd}) and merge the
 * results. Each window is parsed and analysed on its own, so what spans
 * windows is lost: a person named in full in one window and by surname alone
 * in another is merged (see {@link mergePeople}), but a pronoun or a quote
 * frame is resolved only inside its window.
 *
 * @param text The input, longer than `size`.
 * @param size The window size.
 * @param settings The options of `analyze`, checked to be an object.
 */
export function analyzeInWindows(
  text: string,
  size: number,
  settings: Partial<AnalyzeOptions>,
): Analysis {
  // Checked before any work, as a single pass would.
  const limits = readLimits(settings.summary)
  const blocks: Block[] = []
  const quotes: Quote[][] = []
  const amounts: Amount[] = []
  const people: Person[][] = []
  const picks: Pick[] = []
  let base: Point = {line: 1, column: 1, offset: 0}
  let rank = 0
  let start = 0

  while (start < text.length) {
    const end = windowEnd(text, start, size)
    // The window's tree lives only in this iteration: only results are kept.
    const article = parseArticle(text.slice(start, end))
    const windowPeople = extractPeople(article, settings.people)
    const windowQuotes = extractQuotes(article, {...settings.quotes, people: windowPeople})
    const windowAmounts = extractAmounts(article, settings.amounts)
    const {summary, candidates} = summarizeRanked(article, limits, defaultWeights, rank)
    rank += candidates

    // Results may share objects (quotes one speaker): each position is moved once.
    const moved = new Map<Position, Position>()
    const move = (position: Position): Position => {
      let shifted = moved.get(position)
      if (!shifted) {
        shifted = shiftPosition(position, base)
        moved.set(position, shifted)
        // A shared object met again is already moved.
        moved.set(shifted, shifted)
      }
      return shifted
    }
    for (const block of article.blocks) {
      block.position = move(block.position)
      blocks.push(block)
    }
    for (const quote of windowQuotes) {
      quote.position = move(quote.position)
      if (quote.speaker?.position) quote.speaker.position = move(quote.speaker.position)
    }
    quotes.push(windowQuotes)
    for (const amount of windowAmounts) {
      amount.position = move(amount.position)
      amounts.push(amount)
    }
    for (const person of windowPeople) {
      for (const mention of person.mentions) mention.position = move(mention.position)
    }
    people.push(windowPeople)
    for (const sentence of summary.sentences) {
      sentence.position = move(sentence.position)
      picks.push({sentence, words: sentenceWords(sentence.text).length})
    }

    base = shiftPoint(locatorOf(article).point(article.text.length), base)
    start = end
  }

  const merged = mergePeople(people)
  const allQuotes: Quote[] = []
  const renamed = new Set<Speaker>()
  quotes.forEach((windowQuotes, index) => {
    const names = merged.names[index]!
    for (const quote of windowQuotes) {
      const speaker = quote.speaker
      // A speaker named in its window's people, or by a name a person of another window has.
      if (speaker && !renamed.has(speaker)) {
        renamed.add(speaker)
        speaker.name = names.get(speaker.name) ?? merged.canonical(speaker.name) ?? speaker.name
      }
      allQuotes.push(quote)
    }
  })

  const sentences = mergeSummaries(picks, limits)
  return {
    text,
    blocks,
    quotes: allQuotes,
    amounts,
    people: merged.people,
    summary: {text: sentences.map((sentence) => sentence.text).join(' '), sentences},
  }
}

/**
 * The summary of the whole text from the windows' summaries: their
 * sentences by score (ties to the earlier), greedily within the limits, in
 * text order. Scores compare across windows because each window ranks its
 * candidates from where the last one stopped; centrality, coverage and the
 * redundancy discount are those within each window.
 */
function mergeSummaries(picks: Pick[], limits: Limits): SummarySentence[] {
  const order = picks.slice()
  order.sort(
    (a, b) =>
      b.sentence.score - a.sentence.score ||
      a.sentence.position.start.offset! - b.sentence.position.start.offset!,
  )
  const chosen: Pick[] = []
  let words = 0
  let characters = 0
  for (const pick of order) {
    if (chosen.length >= limits.sentences) break
    // Every sentence after the first costs its joining space too.
    const length = pick.sentence.text.length + (chosen.length > 0 ? 1 : 0)
    if (words + pick.words > limits.words || characters + length > limits.characters) continue
    chosen.push(pick)
    words += pick.words
    characters += length
  }
  chosen.sort((a, b) => a.sentence.position.start.offset! - b.sentence.position.start.offset!)
  return chosen.map((pick) => pick.sentence)
}

/** The normalised parts of a person's name, as `extractPeople` compares them: lower case, no stops. */
function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(' ')
    .map((part) => part.replace(/\./g, ''))
    .filter((part) => part.length > 0)
}

/** One person of the merged result, and the windows' people merged into it. */
interface Entry {
  parts: string[]
  person: Person
  /** Set when this entry was merged into another. */
  into?: Entry
}

/**
 * Merge the people of every window, with the rules `extractPeople` uses
 * inside one article: people with one full name ("David Okafor", "D. Okafor")
 * are one person, named by the fullest form; a person known by one name
 * ("Okafor", or a first name no one else has) is the one person named in
 * full who may be called so, else one person with everyone so called. Mentions
 * are joined in text order, roles joined (the first spelling kept).
 *
 * @param windows The people of each window, positions already moved to the whole text.
 * @returns The people, in the order of their first mention; for each
 *   window, its people's names mapped to their merged names; and the merged
 *   name of a name written alone ("Okafor"), when one person may be called so.
 */
export function mergePeople(windows: Person[][]): {
  people: Person[]
  names: Array<Map<string, string>>
  canonical: (name: string) => string | undefined
} {
  const lexicon = peopleLexicon()
  const entries: Entry[] = []
  const owners: Array<Array<Entry | undefined>> = windows.map((people) =>
    people.map(() => undefined),
  )

  // Full names first, found by surname.
  const bySurname = new Map<string, Entry[]>()
  windows.forEach((people, window) => {
    people.forEach((person, index) => {
      const parts = nameParts(person.name)
      if (parts.length < 2) return
      const surname = surnameOf(parts)
      let entry = bySurname.get(surname)?.find((known) => sameFullName(known.parts, parts))
      if (entry) absorb(entry, person, parts)
      else {
        entry = newEntry(person, parts)
        entries.push(entry)
        const list = bySurname.get(surname)
        if (list) list.push(entry)
        else bySurname.set(surname, [entry])
      }
      owners[window]![index] = entry
    })
  })

  const aliases = nameAliases(entries, lexicon)
  const ownerOf = (key: string): Entry | undefined => {
    const found = aliases.get(key)
    if (!found) return undefined
    const distinct = [...new Set(found.map(final))]
    return distinct.length === 1 ? distinct[0] : undefined
  }
  // A part of a full name ("de Vries") that only one fuller name has.
  for (const entry of entries) {
    const found = aliases.get(entry.parts.join(' ')) ?? []
    const fuller = found.filter(
      (other) => other !== entry && other.parts.length > entry.parts.length,
    )
    if (fuller.length === 1) {
      const into = final(fuller[0]!)
      if (into === entry) continue
      absorb(into, entry.person, entry.parts)
      entry.into = into
    }
  }

  // People of one name: someone's alias, else one person a name.
  const single = new Map<string, Entry>()
  windows.forEach((people, window) => {
    people.forEach((person, index) => {
      if (owners[window]![index]) return
      const parts = nameParts(person.name)
      const key = parts.join(' ')
      let entry = ownerOf(key) ?? single.get(key)
      if (entry) absorb(entry, person, parts)
      else {
        entry = newEntry(person, parts)
        entries.push(entry)
        single.set(key, entry)
      }
      owners[window]![index] = entry
    })
  })

  const people: Person[] = []
  for (const entry of entries) {
    if (entry.into) continue
    entry.person.mentions.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
    people.push(entry.person)
  }
  people.sort(
    (a, b) => a.mentions[0]!.position.start.offset! - b.mentions[0]!.position.start.offset!,
  )
  const names = windows.map((people, window) => {
    const map = new Map<string, string>()
    people.forEach((person, index) => {
      if (!map.has(person.name)) map.set(person.name, final(owners[window]![index]!).person.name)
    })
    return map
  })
  const canonical = (name: string): string | undefined =>
    ownerOf(nameParts(name).join(' '))?.person.name
  return {people, names, canonical}
}

function final(entry: Entry): Entry {
  let current = entry
  while (current.into) current = current.into
  return current
}

function newEntry(person: Person, parts: string[]): Entry {
  const copy: Person = {name: person.name, roles: [...person.roles], mentions: [...person.mentions]}
  if (person.honorific) copy.honorific = person.honorific
  if (person.roleQualifiers) copy.roleQualifiers = {...person.roleQualifiers}
  return {parts, person: copy}
}

/** Merge `person` (with name parts `parts`) into `entry`, as `extractPeople` merges the forms of a name. */
function absorb(entry: Entry, person: Person, parts: string[]): void {
  const target = entry.person
  if (
    parts.length > entry.parts.length ||
    (parts.length === entry.parts.length && parts.join('').length > entry.parts.join('').length)
  ) {
    entry.parts = parts
    target.name = person.name
  }
  for (const mention of person.mentions) target.mentions.push(mention)
  if (person.honorific && !target.honorific) target.honorific = person.honorific
  for (const role of person.roles) {
    const key = role.toLowerCase()
    const known = target.roles.find((existing) => existing.toLowerCase() === key)
    const qualifier = person.roleQualifiers?.[role]
    if (known === undefined) {
      target.roles.push(role)
      if (qualifier) target.roleQualifiers = {...target.roleQualifiers, [role]: qualifier}
    } else if (qualifier && !target.roleQualifiers?.[known]) {
      target.roleQualifiers = {...target.roleQualifiers, [known]: qualifier}
    }
  }
}
