/**
 * The word lists of `extractPeople`, read once from `src/data/` into sets and
 * maps keyed by lower-cased words.
 */

import {
  femaleGivenNames,
  maleGivenNames,
  mostlyOneGenderNames,
  unisexGivenNames,
} from '../data/given-names.js'
import {worldGivenNames} from '../data/given-names-world.js'
import {
  calendarWords,
  companyNouns,
  foreignArticles,
  functionWords,
  namedStormWords,
  nationalityWords,
  organisationCueWords,
  organisationNames,
  placeNames,
  placeOpeningWords,
  shipPrefixes,
} from '../data/non-person-names.js'
import {
  nameBreakWords,
  nameParticles,
  personNouns,
  personPronouns,
  personVerbs,
} from '../data/person-cues.js'
import {
  honorifics,
  postNominals,
  roleHeads,
  roleModifiers,
  roleQualifiers,
  surnameLikeRoleHeads,
} from '../data/person-titles.js'
import {WordFilter} from '../util/word-filter.js'
import {WordTable} from '../util/word-table.js'

/** `m` male, `f` female, `u` either. */
export type Gender = 'm' | 'f' | 'u'

/** An honorific's canonical spelling and the gender it implies. */
export interface HonorificEntry {
  canonical: string
  gender: Gender
}

/** Every list, ready for lookups by lower-cased word. */
export interface PeopleLexicon {
  givenNames: ReadonlyMap<string, Gender>
  honorifics: ReadonlyMap<string, HonorificEntry>
  roleHeads: ReadonlySet<string>
  roleModifiers: ReadonlySet<string>
  roleQualifiers: ReadonlySet<string>
  organisationCues: ReadonlySet<string>
  organisationNames: ReadonlySet<string>
  places: ReadonlySet<string>
  nationalities: ReadonlySet<string>
  calendar: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  personVerbs: ReadonlySet<string>
  personNouns: ReadonlySet<string>
  particles: ReadonlySet<string>
  pronouns: ReadonlyMap<string, Gender>
  /**
   * Which of the lists above each entry is in, as {@link Kind} bits (0 for
   * a word of none), and a given name's gender: one look-up tells them all
   * (the name matchers ask up to ten of a word). A {@link WordTable}, for
   * look-ups that start cold.
   */
  kinds: WordTable
  /** Cheap tests before the look-ups the scanners make of every word (see {@link WordFilter}). */
  filters: {particles: WordFilter; pronouns: WordFilter; companyNouns: WordFilter}
}

/** Bits of {@link PeopleLexicon.kinds}, one a list. */
export const Kind = {
  givenName: 1,
  honorific: 2,
  roleHead: 4,
  roleModifier: 8,
  roleQualifier: 16,
  organisationCue: 32,
  organisationName: 64,
  place: 128,
  nationality: 256,
  calendar: 512,
  functionWord: 1024,
  personVerb: 2048,
  personNoun: 4096,
  particle: 8192,
  /** Opens a storm's name: "Storm", "Hurricane". */
  stormWord: 16384,
  /** Post-nominal letters or a degree: "KC", "OBE", "PhD". */
  postNominal: 32768,
  /** Opens a ship's name: "HMS", "USS". */
  shipPrefix: 65536,
  /**
   * The first word of a place or an organisation of several words ("new" of
   * "new york"): only after such a word is the phrase worth looking up.
   */
  phraseHead: 131072,
  /** A noun for a business right before its name: "giant" of "oil giant Yukos". */
  companyNoun: 262144,
  /**
   * A role head that is no common surname, or its plural ("ambassador",
   * "directors"): after a word that is no given name it ends a title or a
   * business, not a name.
   */
  office: 524288,
  /** A nationality noun of four letters or more in the plural: "australians", "new zealanders". */
  pluralNationality: 1048576,
  /** Ends a run of capitalised words inside it: "and", "of", "says", "Speaks" ({@link nameBreakWords}). */
  connective: 2097152,
  /** A given name of men ({@link PeopleLexicon.givenNames} says `m`). */
  male: 4194304,
  /** A given name of women ({@link PeopleLexicon.givenNames} says `f`). */
  female: 8388608,
  /** A German, Italian or Spanish article that opens titles, no names: "der", "los" ({@link foreignArticles}). */
  foreignArticle: 16777216,
  /** Opens places and groups, no names: "new", "san", "port" ({@link placeOpeningWords}). */
  placeOpener: 33554432,
} as const

/**
 * The gender of a given name from its kinds (as {@link PeopleLexicon.givenNames}
 * gives it, without a second look-up), or `undefined` for a word that is no given name.
 */
export function givenNameGender(kinds: number): Gender | undefined {
  if (!(kinds & Kind.givenName)) return undefined
  return kinds & Kind.male ? 'm' : kinds & Kind.female ? 'f' : 'u'
}

/** White-space separated words, lower-cased. */
export function wordSet(text: string): Set<string> {
  const result = new Set<string>()
  for (const word of text.split(/\s+/)) if (word) result.add(word.toLowerCase())
  return result
}

/** One entry a line, lower-cased. */
function lineSet(text: string): Set<string> {
  const result = new Set<string>()
  for (const line of text.split('\n')) {
    const entry = line.trim().toLowerCase()
    if (entry) result.add(entry)
  }
  return result
}

let cached: PeopleLexicon | undefined

/** The lexicon, built on first use. */
export function peopleLexicon(): PeopleLexicon {
  if (cached) return cached
  const givenNames = new Map<string, Gender>()
  for (const name of wordSet(maleGivenNames)) givenNames.set(name, 'm')
  for (const name of wordSet(femaleGivenNames)) givenNames.set(name, 'f')
  for (const name of wordSet(unisexGivenNames)) givenNames.set(name, 'u')
  for (const line of worldGivenNames.split('\n')) {
    const [gender, ...names] = line.trim().split(/\s+/)
    if (gender !== 'm' && gender !== 'f' && gender !== 'u') continue
    for (const name of names) {
      const key = name.toLowerCase()
      const known = givenNames.get(key)
      givenNames.set(key, known && known !== gender ? 'u' : gender)
    }
  }
  // Last, the gender news reads a name as when the lists disagree ("Bill", "Grace").
  for (const line of mostlyOneGenderNames.split('\n')) {
    const [gender, ...names] = line.trim().split(/\s+/)
    if (gender !== 'm' && gender !== 'f') continue
    for (const name of names) givenNames.set(name.toLowerCase(), gender)
  }

  const honorificMap = new Map<string, HonorificEntry>()
  for (const line of honorifics.split('\n')) {
    const [word, gender, canonical] = line.trim().split(/\s+/)
    if (!word || !gender || !canonical) continue
    honorificMap.set(word, {canonical, gender: gender === '-' ? 'u' : (gender as Gender)})
  }

  const pronounMap = new Map<string, Gender>()
  for (const line of personPronouns.split('\n')) {
    const [word, gender] = line.trim().split(/\s+/)
    if (word && gender) pronounMap.set(word, gender as Gender)
  }

  const lists = {
    givenNames,
    honorifics: honorificMap,
    roleHeads: wordSet(roleHeads),
    roleModifiers: wordSet(roleModifiers),
    roleQualifiers: wordSet(roleQualifiers),
    organisationCues: wordSet(organisationCueWords),
    organisationNames: lineSet(organisationNames),
    places: lineSet(placeNames),
    nationalities: wordSet(nationalityWords),
    calendar: wordSet(calendarWords),
    functionWords: wordSet(functionWords),
    personVerbs: wordSet(personVerbs),
    personNouns: wordSet(personNouns),
    particles: wordSet(nameParticles),
    pronouns: pronounMap,
  }
  const kinds = new Map<string, number>()
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const key of keys) kinds.set(key, (kinds.get(key) ?? 0) | bit)
  }
  mark(lists.givenNames.keys(), Kind.givenName)
  for (const [name, gender] of lists.givenNames) {
    if (gender !== 'u') mark([name], gender === 'm' ? Kind.male : Kind.female)
  }
  mark(lists.honorifics.keys(), Kind.honorific)
  mark(lists.roleHeads, Kind.roleHead)
  mark(lists.roleModifiers, Kind.roleModifier)
  mark(lists.roleQualifiers, Kind.roleQualifier)
  mark(lists.organisationCues, Kind.organisationCue)
  mark(lists.organisationNames, Kind.organisationName)
  mark(lists.places, Kind.place)
  mark(lists.nationalities, Kind.nationality)
  mark(lists.calendar, Kind.calendar)
  mark(lists.functionWords, Kind.functionWord)
  mark(lists.personVerbs, Kind.personVerb)
  mark(lists.personNouns, Kind.personNoun)
  mark(lists.particles, Kind.particle)
  mark(wordSet(namedStormWords), Kind.stormWord)
  mark(wordSet(postNominals), Kind.postNominal)
  mark(wordSet(shipPrefixes), Kind.shipPrefix)
  mark(wordSet(nameBreakWords), Kind.connective)
  mark(wordSet(foreignArticles), Kind.foreignArticle)
  mark(wordSet(placeOpeningWords), Kind.placeOpener)
  for (const nationality of lists.nationalities) {
    if (nationality.length > 3) mark([`${nationality}s`], Kind.pluralNationality)
  }
  const surnameLike = wordSet(surnameLikeRoleHeads)
  for (const head of lists.roleHeads) {
    // The plural is no surname even where the singular is ("Judges", "Justices").
    mark(surnameLike.has(head) ? [`${head}s`] : [head, `${head}s`], Kind.office)
  }
  const companyNounSet = wordSet(companyNouns)
  mark(companyNounSet, Kind.companyNoun)
  for (const phrases of [lists.organisationNames, lists.places]) {
    for (const phrase of phrases) {
      const space = phrase.indexOf(' ')
      if (space > 0) mark([phrase.slice(0, space)], Kind.phraseHead)
    }
  }
  const filters = {
    particles: new WordFilter(lists.particles),
    pronouns: new WordFilter(lists.pronouns.keys()),
    companyNouns: new WordFilter(companyNounSet),
  }
  cached = {...lists, kinds: new WordTable(kinds), filters}
  return cached
}
