/**
 * Who a speaker phrase names: the person name inside the phrase, and its
 * canonical form from the article's people (`extractPeople` results).
 */
import {smallNumbers, tens} from '../data/number-words.js'
import {
  nameRunOpeners,
  organisationWords,
  proxyAdjectives,
  proxyLinks,
  proxyNouns,
  sourceNouns,
  titleWords,
} from '../data/speaker-titles.js'
import {speakerDeterminers} from '../data/speech-verbs.js'
import type {Person} from '../types.js'
import {isAmpersandJoin, isCapitalised, isPossessive, type Word} from './words.js'

/** Resolves the person names of an article to canonical names. */
export interface NameIndex {
  /** The canonical name of the person written at `run` (titles stripped); the name as written when unknown. */
  canonical(run: string, start: number, end: number): string
  /** The person whose mention at `start`-`end` is a pronoun, by the people's coreference, if known. */
  pronounAt(start: number, end: number): string | undefined
  /** Whether the name written at `start` is a known person (a full name, or one written out in full elsewhere). */
  known(run: string, start: number): boolean
  /** `he` or `she` when the text shows the person's gender (an honorific, a resolved pronoun). */
  gender(name: string): 'he' | 'she' | undefined
  /** Whether `name` is the name of one of the article's people. */
  isPerson(name: string): boolean
  /** The person whose title mention ("the Defence Secretary") starts at `start`, if any. */
  titleAt(start: number): string | undefined
  /** The one person whose role ends in `head` ("archbishop" of "Archbishop"), if only one does. */
  roleHolder(head: string): string | undefined
}

const maleHonorifics: ReadonlySet<string> = new Set([
  'mr',
  'sir',
  'lord',
  'baron',
  'father',
  'king',
  'prince',
])
const femaleHonorifics: ReadonlySet<string> = new Set([
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'baroness',
  'sister',
  'queen',
  'princess',
])

/** The gender an honorific shows ("Mrs" -> "she"), if any. */
export function honorificGender(word: string): 'he' | 'she' | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '')
  if (maleHonorifics.has(lower)) return 'he'
  if (femaleHonorifics.has(lower)) return 'she'
  return undefined
}

/** Prepositions that put a place after a speaker's noun ("a mother from Leeds"). */
const placePrepositions: ReadonlySet<string> = new Set(['from', 'in', 'at', 'near'])

/** Strip a possessive ending: "Okafor's" -> "Okafor". */
export function stripPossessive(text: string): string {
  return text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text
}

function lastToken(name: string): string {
  const space = name.lastIndexOf(' ')
  return (space === -1 ? name : name.slice(space + 1)).toLowerCase()
}

/**
 * A name index over `extractPeople` results: a mention at the same place wins,
 * then a person whose name ends (or starts) with the written name.
 */
export function nameIndexFromPeople(people: readonly Person[]): NameIndex {
  const byMentionStart = new Map<number, Person>()
  const titles = new Map<number, Person>()
  const pronouns = new Map<number, Person>()
  const bySurname = new Map<string, Person>()
  const genders = new Map<string, 'he' | 'she'>()
  const names = new Set<string>()
  for (const person of people) {
    names.add(person.name)
    const fromHonorific = person.honorific ? honorificGender(person.honorific) : undefined
    if (fromHonorific) genders.set(person.name, fromHonorific)
    for (const mention of person.mentions) {
      const offset = mention.position.start.offset
      if (offset === undefined) continue
      if (mention.kind === 'pronoun') {
        pronouns.set(offset, person)
        const lower = mention.text.toLowerCase()
        if (!genders.has(person.name) && (lower === 'he' || lower === 'him' || lower === 'his'))
          genders.set(person.name, 'he')
        if (!genders.has(person.name) && (lower === 'she' || lower === 'her' || lower === 'hers'))
          genders.set(person.name, 'she')
      } else {
        byMentionStart.set(offset, person)
        if (mention.kind === 'title') titles.set(offset, person)
      }
    }
    const surname = lastToken(person.name)
    if (!bySurname.has(surname)) bySurname.set(surname, person)
  }
  return {
    canonical(run, start) {
      const atPlace = byMentionStart.get(start)
      if (atPlace) return atPlace.name
      const bare = stripPossessive(run)
      for (const person of people) if (person.name === bare) return person.name
      const bySurnameMatch = bySurname.get(lastToken(bare))
      // "Ana Scott" is not "Keith Scott": a full name must end the person's name (or the name
      // end it: "Fisherman Davey Pascoe"), not share only the surname.
      if (
        bySurnameMatch &&
        bare.includes(' ') &&
        !bySurnameMatch.name.endsWith(` ${bare}`) &&
        !bare.endsWith(` ${bySurnameMatch.name}`)
      ) {
        return bare
      }
      return bySurnameMatch ? bySurnameMatch.name : bare
    },
    pronounAt(start) {
      return pronouns.get(start)?.name
    },
    known(run, start) {
      if (byMentionStart.has(start)) return true
      const bare = stripPossessive(run)
      return people.some((person) => person.name === bare) || bySurname.has(lastToken(bare))
    },
    gender(name) {
      return genders.get(name)
    },
    isPerson(name) {
      return names.has(name)
    },
    titleAt(start) {
      return titles.get(start)?.name
    },
    roleHolder(head) {
      let holder: string | undefined
      for (const person of people) {
        const holds = person.roles.some((role) => lastToken(role).toLowerCase() === head)
        if (!holds) continue
        if (holder !== undefined) return undefined
        holder = person.name
      }
      return holder
    },
  }
}

/**
 * The person name inside `words.slice(from, to)`: the last run of capitalised
 * words that are not titles, when no organisation word is in it and it is not
 * a common noun at a sentence start ("Officials").
 */
export function personRun(
  words: readonly Word[],
  from: number,
  to: number,
): {name: string; start: number; end: number; tokens: number} | undefined {
  let runEnd = -1
  let runStart = -1
  for (let index = to - 1; index >= from; index--) {
    const word = words[index]!
    if (word.punct && word.text === '.' && index > from && titleWords.has(words[index - 1]!.lower))
      continue
    // Shouted words ("WASHINGTON", "BREAKING") are datelines and labels, not names.
    const capital = isCapitalised(word) && !isShouted(word.text)
    if (runEnd === -1) {
      if (capital && !titleWords.has(word.lower)) {
        runEnd = index + 1
        runStart = index
      }
      continue
    }
    if (
      capital &&
      !titleWords.has(word.lower) &&
      !isPossessive(word) &&
      !nameRunOpeners.has(word.lower)
    ) {
      runStart = index
    } else break
  }
  if (runEnd === -1) return undefined
  // "Ann Lee's spokesman": the noun after a possessive name heads the phrase.
  const after = words[runEnd]
  if (runEnd < to && after && !after.punct && isPossessive(words[runEnd - 1]!)) return undefined
  // Sentence openers, determiners and numbers are not names ("One neighbour", "Another
  // source", "Eight of 10 voters").
  while (
    runStart < runEnd &&
    (nameRunOpeners.has(words[runStart]!.lower) ||
      speakerDeterminers.has(words[runStart]!.lower) ||
      smallNumbers.has(words[runStart]!.lower) ||
      tens.has(words[runStart]!.lower))
  ) {
    runStart++
  }
  if (runStart >= runEnd) return undefined
  const tokens = runEnd - runStart
  for (let index = runStart; index < runEnd; index++) {
    const lower = stripPossessive(words[index]!.lower)
    if (organisationWords.has(lower)) return undefined
  }
  // "Smith & Jones": a name after an ampersand ends a firm's name.
  if (runStart > 0 && isAmpersandJoin(words, runStart - 1)) return undefined
  const previous = words[runStart - 1]
  if (
    previous &&
    (previous.lower === 'the' ||
      previous.lower === 'of' ||
      previous.lower === 'a' ||
      previous.lower === 'an' ||
      // "the Minister for Housing", "a spokesman for Ann Lee": what the phrase is for, inside it.
      (previous.lower === 'for' && runStart > from))
  )
    return undefined
  if (tokens === 1 && sourceNouns.has(words[runStart]!.lower)) return undefined
  // "a mother-of-two from Leeds", "a teacher in Perth": one word after a place preposition is a place.
  if (tokens === 1 && previous && placePrepositions.has(previous.lower)) return undefined
  // "a spokesman for House Speaker Ann Lee": the one who speaks for the person is not the person.
  for (let index = from + 1; index < runStart; index++) {
    if (isProxyLink(words, index)) return undefined
  }
  const start = words[runStart]!.start
  const lastWord = words[runEnd - 1]!
  const end = isPossessive(lastWord) ? lastWord.end - 2 : lastWord.end
  return {name: wordsText(words, runStart, runEnd), start, end, tokens}
}

/** The words from `from` to `to` joined by single spaces, a possessive ending dropped. */
function wordsText(words: readonly Word[], from: number, to: number): string {
  const parts: string[] = []
  for (let index = from; index < to; index++) parts.push(words[index]!.text)
  return stripPossessive(parts.join(' '))
}

/** A word of three or more letters in capitals only ("WASHINGTON"), unlike initials ("JD"). */
export function isShouted(word: string): boolean {
  if (word.length < 3) return false
  // A small ASCII letter after the first ("Okafor"): not in capitals, without a new string.
  const second = word.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

/**
 * Whether `words[index]` is a preposition after a noun for someone who speaks
 * for or about another: "a spokesman for", "a source close to", "friends of".
 * The phrase around it is the speaker, not the name after it.
 */
export function isProxyLink(words: readonly Word[], index: number): boolean {
  const link = words[index]
  if (!link || !proxyLinks.has(link.text)) return false
  let at = index - 1
  if (at >= 0 && proxyAdjectives.has(words[at]!.text)) at--
  const noun = words[at]
  return noun !== undefined && !noun.punct && proxyNouns.has(noun.text)
}
