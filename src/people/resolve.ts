/**
 * The refiners of `extractPeople`: decide which candidates are people, merge
 * the forms of one person's name ("David Okafor", "Okafor", "Mr Okafor"),
 * attach title phrases ("the Defence Secretary") to the one person who holds
 * the role, and keep everything in text order.
 */

import {workNouns} from '../data/speech-verbs.js'
import {
  type Candidate,
  hasDescriptorSuffix,
  nameSuffixes,
  type Reason,
  type RoleNote,
  type TitlePhrase,
} from './candidates.js'
import {type Gender, givenNameGender, Kind, type PeopleLexicon} from './lexicon.js'
import {type Item, kindsOf, nameWordText} from './tokens.js'

/** One mention before it gets a unist position. */
export interface DraftMention {
  start: number
  end: number
  kind: 'name' | 'pronoun' | 'title'
  sentence: number
}

/** A person being assembled. */
export interface DraftPerson {
  /** Name parts, normalised (lower case, no stops). */
  parts: string[]
  /** The name as written in its fullest form. */
  name: string
  gender: Gender
  honorific: string | undefined
  roles: RoleNote[]
  mentions: DraftMention[]
  /** Offset of the latest name mention, while assigning in text order. */
  lastSeen: number
  /** Offset of the first mention, for output order. */
  first: number
}

// Evidence strong enough on its own, for one word or several.
const strongReasons: ReadonlySet<Reason> = new Set<Reason>([
  'title',
  'role-before',
  'given-name',
  'initials',
  'hyphenated',
  'apposition',
  'age',
  'home',
])
const singleWordReasons: ReadonlySet<Reason> = new Set<Reason>([
  'hyphenated',
  'title',
  'role-before',
  'initials',
  'apposition',
  'person-verb',
  'possessive-noun',
  'age',
  'home',
])

/** Name parts as one key: the part itself for a one-word name (no new string to hash). */
function nameKey(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : parts.join(' ')
}

/** Whether a candidate is, on its own evidence, a person. */
function isPerson(
  candidate: Candidate,
  lowerCaseWords: ReadonlySet<string>,
  lexicon: PeopleLexicon,
): boolean {
  if (candidate.rejected) return false
  const {reasons, words} = candidate
  if (words.length > 1) {
    // "the Bat Cave", "a Star Wars lead": a determiner makes a thing, not a person.
    if (isDeterminer(candidate.before) && !reasons.includes('title')) return false
    // "the film Saving Private Ryan", "hit single Merry Christmas Everybody": a work's title.
    if (
      candidate.before !== undefined &&
      workNouns.has(candidate.before) &&
      !reasons.includes('title')
    )
      return false
    // A title-case headline's words: "We Will Not Back Down" ("Will" is a given name).
    if (candidate.titleCase && hasFunctionWord(words, lexicon)) return false
    if (reasons.some((reason) => strongReasons.has(reason) && reason !== 'hyphenated')) return true
    if (reasons.includes('hyphenated') && hyphenPartIsName(words, lowerCaseWords)) return true
    if (candidate.titleCase) return false
    // "the Office for National Statistics said": the end of a body's name.
    if (candidate.bodyEnd) return false
    if (reasons.includes('person-verb') || reasons.includes('possessive-noun')) return true
    return isBareName(candidate, lowerCaseWords, lexicon)
  }
  if (candidate.titleCase) return false
  // "their Oscars hopes", "his Ferrari": after a possessive determiner one word is a thing.
  if (candidate.before !== undefined && possessiveDeterminers.has(candidate.before)) return false
  // "How the Parsnip writes": after a determiner one word is a thing, unless a word of office
  // after it makes it a surname ("the Castellano government"). A title in front is what
  // stands before the name, not the determiner ("the Defence Secretary Okafor").
  if (isDeterminer(candidate.before) && !reasons.includes('possessive-noun')) return false
  const word = words[0]!
  if (lowerCaseWords.has(word.key)) return false
  const titled = reasons.includes('title') || reasons.includes('apposition')
  // "the Ministry of Defence said": a word of office or an object of "of" is no name alone.
  if (!titled && (isRoleWord(word, lexicon) || candidate.before === 'of')) return false
  if (
    candidate.initial &&
    !reasons.includes('title') &&
    !reasons.includes('apposition') &&
    !reasons.includes('age') &&
    !reasons.includes('home')
  ) {
    return false
  }
  return reasons.some((reason) => singleWordReasons.has(reason))
}

// What may stand right before a bare name of capitalised words: not a determiner, "of", a quotation mark or a colon.
const beforeWorks = new Set([
  'the',
  'a',
  'an',
  'of',
  // "the Office for National Statistics"
  'for',
  '"',
  '“',
  "'",
  '‘',
  ':',
  'our',
  'their',
  'its',
])

/**
 * Two or more capitalised words with no other evidence, inside a sentence:
 * a name unless a word of it is a common word, a day or a descriptor, or
 * what stands before it makes it a title or a thing ("the Bat Cave").
 */
function isBareName(
  candidate: Candidate,
  lowerCaseWords: ReadonlySet<string>,
  lexicon: PeopleLexicon,
): boolean {
  if (candidate.initial || candidate.ofRole) return false
  if (candidate.before !== undefined && beforeWorks.has(candidate.before)) return false
  // "Deluxe Films", "Hard Rock Cafes": a plural of a word the article writes in lower case.
  const last = candidate.words.at(-1)!.key
  if (last.length > 4 && last.endsWith('s') && lowerCaseWords.has(last.slice(0, -1))) return false
  return !candidate.words.some(
    (word) =>
      // A particle is written in lower case inside names: "Maarten van Dijk".
      (word.shape !== 'particle' && lowerCaseWords.has(word.key)) ||
      kindsOf(word, lexicon) & (Kind.calendar | Kind.functionWord) ||
      hasDescriptorSuffix(word.key),
  )
}

/** Whether a word after the first is a function word ("Not", "Over"). */
function hasFunctionWord(words: Candidate['words'], lexicon: PeopleLexicon): boolean {
  for (let index = 1; index < words.length; index++) {
    if (kindsOf(words[index]!, lexicon) & Kind.functionWord) return true
  }
  return false
}

/** A hyphenated part that the article never writes alone in lower case: "Jong-un", not "Prize-winner". */
function hyphenPartIsName(words: Candidate['words'], lowerCaseWords: ReadonlySet<string>): boolean {
  return words.some((word) => {
    const dash = word.key.indexOf('-')
    if (dash < 1) return false
    const rest = word.key.slice(dash + 1)
    return !lowerCaseWords.has(rest) && !lowerCaseWords.has(word.key)
  })
}

// Rejections that a known surname overrides: "Jordan" after "Michael Jordan", "King" after
// "Carole King", "Lane" (a street word) after "Mark Lane".
const surnameRejections = new Set([
  'place-name',
  'title-word',
  'calendar',
  'nationality',
  'organisation-cue',
])

function maySurname(candidate: Candidate, aliases: ReadonlyMap<string, DraftPerson[]>): boolean {
  if (candidate.parts.length !== 1 || !surnameRejections.has(candidate.rejected!)) return false
  // "The Hall was full", "the Jordan": a word after a determiner is the thing, not the surname.
  if (isDeterminer(candidate.before)) return false
  const owners = aliases.get(candidate.parts[0]!)
  return owners !== undefined && owners.some((owner) => owner.parts.length > 1)
}

const possessiveDeterminers: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
])

function isDeterminer(word: string | undefined): boolean {
  return word === 'the' || word === 'a' || word === 'an'
}

function isRoleWord(word: Item, lexicon: PeopleLexicon): boolean {
  const words = Kind.roleModifier | Kind.roleHead | Kind.nationality | Kind.functionWord
  return (kindsOf(word, lexicon) & words) !== 0
}

/** Whether two normalised first names can be one: equal, or one an initial of the other. */
function firstNamesAgree(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length <= 3 && a.length < b.length && b.startsWith(a[0]!)) return true
  if (b.length <= 3 && b.length < a.length && a.startsWith(b[0]!)) return true
  return false
}

/** The surname: the last part that is no suffix. */
export function surnameOf(parts: string[]): string {
  const last = parts.at(-1)!
  return parts.length > 2 && nameSuffixes.has(last) ? parts.at(-2)! : last
}

/**
 * Whether `name` is the end of `full` from a particle on: "De Villiers" of
 * "Charles de Villiers" (the particle capitalised opening a sentence).
 */
function endsWithParticleName(full: string[], name: string[], lexicon: PeopleLexicon): boolean {
  const offset = full.length - name.length
  if (offset < 1 || full[offset] !== name[0] || !lexicon.particles.has(name[0]!)) return false
  for (let index = 1; index < name.length; index++) {
    if (full[offset + index] !== name[index]) return false
  }
  return true
}

/** Whether full name `a` and full name `b` name one person. */
export function sameFullName(a: string[], b: string[]): boolean {
  if (surnameOf(a) !== surnameOf(b)) return false
  return firstNamesAgree(a[0]!, b[0]!)
}

/**
 * Build the people of an article from its candidates and title phrases.
 *
 * @param candidates Every candidate, in text order.
 * @param titles Every title phrase, in text order.
 * @param lowerCaseWords Words the article also writes in lower case (so are no names alone).
 */
export function resolvePeople(
  candidates: Candidate[],
  titles: TitlePhrase[],
  lowerCaseWords: ReadonlySet<string>,
  lexicon: PeopleLexicon,
): DraftPerson[] {
  const people: DraftPerson[] = []
  // First words of organisation names ("Magna" of "Magna International Inc") are no one's name alone.
  const organisationWords = new Set<string>()
  // Names a business noun introduces ("oil giant Yukos") are no one's, wherever they stand.
  const companyNames = new Set<string>()
  for (const candidate of candidates) {
    if (candidate.rejected === 'company') {
      companyNames.add(nameKey(candidate.parts))
      if (candidate.parts.length > 1) companyNames.add(candidate.parts[0]!)
      continue
    }
    if (candidate.rejected !== 'organisation-cue' && candidate.rejected !== 'acronym') continue
    if (candidate.parts.length < 2 || lexicon.kinds.get(candidate.parts[0]!) & Kind.givenName) {
      continue
    }
    organisationWords.add(candidate.parts[0]!)
  }
  const accepted = candidates.map(
    (candidate) =>
      isPerson(candidate, lowerCaseWords, lexicon) &&
      !(companyNames.size > 0 && companyNames.has(nameKey(candidate.parts))) &&
      !(
        candidate.parts.length === 1 &&
        organisationWords.has(candidate.parts[0]!) &&
        !candidate.reasons.includes('title')
      ),
  )

  // A full name that opens a sentence, whose surname alone is a person elsewhere:
  // "Novak Djokovic beat ... Djokovic, 37, will ...".
  const singles = new Set<string>()
  candidates.forEach((candidate, index) => {
    if (accepted[index] && candidate.parts.length === 1) singles.add(candidate.parts[0]!)
  })
  if (singles.size > 0) {
    candidates.forEach((candidate, index) => {
      if (accepted[index] || !candidate.initial || candidate.rejected) return
      if (candidate.parts.length !== 2 || candidate.titleCase) return
      if (!singles.has(candidate.parts[1]!)) return
      const first = candidate.words[0]!
      if (lowerCaseWords.has(first.key) || isRoleWord(first, lexicon)) return
      if (kindsOf(first, lexicon) & (Kind.calendar | Kind.place | Kind.organisationCue)) return
      accepted[index] = true
    })
  }

  // Full names first: every accepted name of two words or more, found by surname.
  const bySurname = new Map<string, DraftPerson[]>()
  const fullOwner = new Map<Candidate, DraftPerson>()
  candidates.forEach((candidate, index) => {
    if (!accepted[index] || candidate.parts.length < 2) return
    const surname = surnameOf(candidate.parts)
    let person = bySurname
      .get(surname)
      ?.find(
        (known) =>
          sameFullName(known.parts, candidate.parts) ||
          endsWithParticleName(known.parts, candidate.parts, lexicon),
      )
    if (!person) {
      person = newPerson(candidate, lexicon)
      people.push(person)
      const list = bySurname.get(surname)
      if (list) list.push(person)
      else bySurname.set(surname, [person])
    } else if (
      candidate.parts.length > person.parts.length ||
      (candidate.parts.length === person.parts.length &&
        candidate.parts.join('').length > person.parts.join('').length)
    ) {
      person.parts = candidate.parts
      person.name = nameOf(candidate)
    }
    fullOwner.set(candidate, person)
  })

  // Aliases: surname (with particles), and the first name when no one else uses it.
  const aliases = nameAliases(people, lexicon)

  // One-word people: accepted single names that are no one's alias ("Putin").
  candidates.forEach((candidate, index) => {
    if (!accepted[index] || candidate.parts.length !== 1) return
    const key = candidate.parts[0]!
    if (aliases.has(key)) return
    const person = newPerson(candidate, lexicon)
    people.push(person)
    addAlias(aliases, key, person)
  })

  // "Mrs Rice" beside "Declan Rice": people of the other gender who share a surname, by
  // gender and surname.
  const namesakes = new Map<string, DraftPerson>()
  // Assign every candidate, accepted or not, in text order.
  for (const candidate of candidates) {
    if (candidate.rejected && !maySurname(candidate, aliases)) continue
    let person = fullOwner.get(candidate)
    if (!person) {
      const owners = aliases.get(nameKey(candidate.parts))
      if (owners) person = pickOwner(owners, candidate)
      if (person && isOtherGender(person, candidate)) {
        const key = `${candidate.honorific!.gender} ${nameKey(candidate.parts)}`
        person = namesakes.get(key)
        if (!person) {
          person = newPerson(candidate, lexicon)
          people.push(person)
          namesakes.set(key, person)
        }
      }
    }
    if (!person && candidate.parts.length > 1) {
      person = bySurname
        .get(surnameOf(candidate.parts))
        ?.find((known) => sameFullName(known.parts, candidate.parts))
    }
    if (!person) continue
    person.mentions.push({
      start: candidate.start,
      end: candidate.end,
      kind: 'name',
      sentence: candidate.sentence,
    })
    person.lastSeen = candidate.start
    if (candidate.honorific) {
      person.honorific ??= candidate.honorific.text
      if (person.gender === 'u') person.gender = candidate.honorific.gender
    }
    for (const role of candidate.roles) addRole(person, role)
  }

  // Title phrases: "the Defence Secretary" is the one person who holds that role now.
  // Current roles by their last word, so each title looks at its own few holders.
  const byHead = new Map<string, Array<{person: DraftPerson; role: string}>>()
  for (const person of people) {
    for (const role of person.roles) {
      if (isPast(role)) continue
      const key = role.text.toLowerCase()
      const head = key.slice(key.lastIndexOf(' ') + 1)
      const list = byHead.get(head)
      if (list) list.push({person, role: key})
      else byHead.set(head, [{person, role: key}])
    }
  }
  for (const title of titles) {
    const head = title.key.slice(title.key.lastIndexOf(' ') + 1)
    const holders: DraftPerson[] = []
    for (const {person, role} of byHead.get(head) ?? []) {
      if (role !== title.key && !role.endsWith(` ${title.key}`)) continue
      if (!holders.includes(person)) holders.push(person)
      if (holders.length > 1) break
    }
    if (holders.length !== 1) continue
    holders[0]!.mentions.push({
      start: title.start,
      end: title.end,
      kind: 'title',
      sentence: title.sentence,
    })
  }

  const result = people.filter((person) => person.mentions.length > 0)
  for (const person of result) {
    person.mentions.sort((a, b) => a.start - b.start)
    person.first = person.mentions[0]!.start
  }
  result.sort((a, b) => a.first - b.first)
  return result
}

/**
 * What each of `people` (named in full) may be called alone: the whole name,
 * the surname, the name from a particle on ("de Vries"), and the first name
 * when no one else has it and it is nobody's surname. Also used by `analyze`
 * to merge the people of its windows.
 *
 * @param people People with their normalised name parts (lower case, no stops).
 * @returns Each alias with its owners, in the order of `people`.
 */
export function nameAliases<T extends {parts: string[]}>(
  people: readonly T[],
  lexicon: PeopleLexicon,
): Map<string, T[]> {
  const aliases = new Map<string, T[]>()
  const firstNames = new Map<string, T[]>()
  for (const person of people) {
    addAlias(aliases, person.parts.join(' '), person)
    addAlias(aliases, surnameOf(person.parts), person)
    const particle = person.parts.findIndex(
      (part, index) => index > 0 && lexicon.particles.has(part),
    )
    if (particle > 0) addAlias(aliases, person.parts.slice(particle).join(' '), person)
    const first = person.parts[0]!
    if (first.length > 2) {
      const list = firstNames.get(first) ?? []
      list.push(person)
      firstNames.set(first, list)
    }
  }
  for (const [first, owners] of firstNames) {
    if (owners.length === 1 && !aliases.has(first)) addAlias(aliases, first, owners[0]!)
  }
  return aliases
}

function addAlias<T>(aliases: Map<string, T[]>, key: string, person: T): void {
  const list = aliases.get(key)
  if (!list) aliases.set(key, [person])
  else if (!list.includes(person)) list.push(person)
}

function isPast(role: RoleNote): boolean {
  return role.qualifier === 'former' || role.qualifier === 'late' || role.qualifier === 'ex-'
}

/** Whether a surname with an honorific ("Mrs Rice") is of the other gender than the person its surname points to. */
function isOtherGender(person: DraftPerson, candidate: Candidate): boolean {
  const gender = candidate.honorific?.gender
  return (
    candidate.parts.length === 1 &&
    (gender === 'm' || gender === 'f') &&
    (person.gender === 'm' || person.gender === 'f') &&
    gender !== person.gender
  )
}

/** Of several people sharing an alias: the honorific's gender, then the latest mentioned. */
function pickOwner(owners: DraftPerson[], candidate: Candidate): DraftPerson | undefined {
  if (owners.length === 1) return owners[0]
  let pool = owners
  const gender = candidate.honorific?.gender
  if (gender && gender !== 'u') {
    const matching = owners.filter((owner) => owner.gender === gender)
    if (matching.length > 0) pool = matching
  }
  if (pool.length === 1) return pool[0]
  // The latest mentioned before this point, when one has been mentioned.
  let best: DraftPerson | undefined
  for (const owner of pool) {
    if (owner.lastSeen < 0 || owner.lastSeen > candidate.start) continue
    if (!best || owner.lastSeen > best.lastSeen) best = owner
  }
  return best
}

function addRole(person: DraftPerson, role: RoleNote): void {
  const key = role.text.toLowerCase()
  // "Col" after "Lt Col": the end of a role the person has is that role.
  const known = person.roles.find((existing) => {
    const text = existing.text.toLowerCase()
    return text === key || (text.length > key.length && text.endsWith(` ${key}`))
  })
  if (known) {
    if (!known.qualifier && role.qualifier) known.qualifier = role.qualifier
    return
  }
  // "Acme manager" after "manager": the fuller form of a role the person has takes its place.
  const shorter = person.roles.find((existing) => key.endsWith(` ${existing.text.toLowerCase()}`))
  if (shorter) {
    shorter.text = role.text
    if (role.qualifier) shorter.qualifier = role.qualifier
    return
  }
  person.roles.push({...role})
}

function nameOf(candidate: Candidate): string {
  const {words} = candidate
  const last = words.length - 1
  let name = ''
  for (let index = 0; index < last; index++) name += `${words[index]!.bare} `
  return name + nameWordText(words[last]!)
}

function newPerson(candidate: Candidate, lexicon: PeopleLexicon): DraftPerson {
  // The gender is in the name's kinds: one look-up of a slot, not a second map's.
  const given =
    candidate.parts.length > 1 ? givenNameGender(lexicon.kinds.get(candidate.parts[0]!)) : undefined
  return {
    parts: candidate.parts,
    name: nameOf(candidate),
    gender: candidate.honorific?.gender ?? given ?? 'u',
    honorific: undefined,
    roles: [],
    mentions: [],
    lastSeen: -1,
    first: candidate.start,
  }
}
