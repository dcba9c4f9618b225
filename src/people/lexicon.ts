/**
 * The word lists of `extractPeople`, read once from `src/data/` into sets and
 * maps keyed by lower-cased words.
 */

import {femaleGivenNames, maleGivenNames, unisexGivenNames} from '../data/given-names.js'
import {worldGivenNames} from '../data/given-names-world.js'
import {
  calendarWords,
  functionWords,
  nationalityWords,
  organisationCueWords,
  organisationNames,
  placeNames,
} from '../data/non-person-names.js'
import {nameParticles, personNouns, personPronouns, personVerbs} from '../data/person-cues.js'
import {honorifics, roleHeads, roleModifiers, roleQualifiers} from '../data/person-titles.js'

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
}

/** White-space separated words, lower-cased. */
function wordSet(text: string): Set<string> {
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

  cached = {
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
  return cached
}
