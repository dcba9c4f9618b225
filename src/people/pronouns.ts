/**
 * The pronoun refiner of `extractPeople`: attach "he", "his", "she", "her"
 * outside quotation marks to the person the text makes clear: the nearest
 * person named earlier in the same sentence, else the first person named in
 * the closest earlier sentence that names one (usually its subject), when the
 * gender agrees.
 */

import type {Gender} from './lexicon.js'
import type {DraftPerson} from './resolve.js'
import type {PronounSite} from './tokens.js'

/** How many sentences back a pronoun may look for its person. */
const lookBack = 3

interface Named {
  start: number
  person: DraftPerson
}

/**
 * Add pronoun mentions to `people`.
 *
 * @param sentences The pronouns of every sentence, `null` for sentences not read (bylines, noise).
 * @param people The people, with their name and title mentions.
 */
export function attachPronouns(
  sentences: ReadonlyArray<readonly PronounSite[] | null>,
  people: DraftPerson[],
): void {
  // Named mentions, by sentence, in text order; none for a sentence that names no one.
  const named: Array<Named[] | undefined> = new Array(sentences.length)
  for (const person of people) {
    for (const mention of person.mentions) {
      ;(named[mention.sentence] ??= []).push({start: mention.start, person})
    }
  }
  for (const list of named) list?.sort((a, b) => a.start - b.start)

  const added: Array<{person: DraftPerson; start: number; end: number; sentence: number}> = []
  for (let index = 0; index < sentences.length; index++) {
    const sites = sentences[index]
    if (!sites) continue
    for (const site of sites) {
      const person = resolvePronoun(named, sentences, index, site.start, site.gender)
      if (person) added.push({person, start: site.start, end: site.end, sentence: index})
    }
  }
  for (const {person, start, end, sentence} of added) {
    person.mentions.push({start, end, kind: 'pronoun', sentence})
  }
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start)
}

function agrees(person: DraftPerson, gender: Gender): boolean {
  return person.gender === 'u' || person.gender === gender
}

function resolvePronoun(
  named: ReadonlyArray<Named[] | undefined>,
  sentences: ReadonlyArray<readonly PronounSite[] | null>,
  index: number,
  offset: number,
  gender: Gender,
): DraftPerson | undefined {
  // The same sentence: the nearest person before the pronoun.
  const here = named[index] ?? []
  // Binary search for the last mention before the pronoun.
  let low = 0
  let high = here.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (here[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  if (low > 0) {
    const entry = here[low - 1]!
    return agrees(entry.person, gender) ? entry.person : undefined
  }
  // Earlier sentences: the first person named in the closest one that names someone.
  let seen = 0
  // Sentences not read (bylines, noise) do not count, but the walk is bounded all the same.
  const stop = Math.max(0, index - 8 * lookBack)
  for (let back = index - 1; back >= stop && seen < lookBack; back--) {
    if (!sentences[back]) continue
    const list = named[back]
    seen++
    if (list === undefined) continue
    const compatible = list.filter((entry) => agrees(entry.person, gender))
    if (compatible.length === 0) return undefined
    return compatible[0]!.person
  }
  return undefined
}
