/**
 * `extractPeople`: every person an article names, once, with the fullest
 * form of the name, the roles and honorific the text gives, and every
 * mention. A pipeline of matchers (capitalised runs, titles, evidence) and
 * refiners (merge, titles, pronouns) over the parsed article.
 */

import {locatorOf} from '../parse/location.js'
import {toArticle} from '../parse/parse-article.js'
import type {Article, Mention, Person} from '../types.js'
import {checkBoolean, checkOptions} from '../util/input.js'
import {WordFilter} from '../util/word-filter.js'
import {type Candidate, findCandidates, type TitlePhrase} from './candidates.js'
import {peopleLexicon} from './lexicon.js'
import {attachPronouns} from './pronouns.js'
import {resolvePeople} from './resolve.js'
import {type Item, type PronounSite, type QuoteState, sentenceItems} from './tokens.js'

/** Options of {@link extractPeople}. */
export interface PeopleOptions {
  /**
   * Attach pronouns ("he", "his", "she", "her") outside quotation marks to
   * the person the text makes clear, as mentions of kind `pronoun`.
   *
   * @defaultValue `true`
   */
  pronouns?: boolean
}

const caller = 'extractPeople'

/** The filter of each call's asked words, rebuilt in place (calls never overlap). */
const scratchFilter = new WordFilter([])

/** The pronoun list of a sentence without pronouns (read only). */
const noPronouns: readonly PronounSite[] = []

/**
 * Find the people an article names: one entry a person, named by the
 * fullest form of the name in the text without titles ("Robert Hale" for
 * "Prime Minister Sir Robert Hale"), with the roles the text gives
 * ("Defence Secretary"; a time qualifier such as "former" or "incoming" goes
 * to `roleQualifiers`), the honorific ("Sir", "Dr", "Mrs") and every mention
 * in text order: names ("Okafor", "Mr Okafor" as "Okafor"), capitalised
 * titles that only this person holds ("the Defence Secretary") and, unless
 * turned off, pronouns. News outlets, organisations, places, nationalities
 * and all-capital source lines are not people.
 *
 * @param input The article as text, or an {@link Article} from `parseArticle`.
 * @param options See {@link PeopleOptions}.
 * @returns The people, in the order of their first mention.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an option has the wrong type.
 * @example
 * ```ts
 * import {extractPeople} from 'nutgraf'
 *
 * const people = extractPeople(
 *   'Defence Secretary David Okafor visited Kyiv. Okafor said he would return.',
 * )
 * people[0].name // 'David Okafor'
 * people[0].roles // ['Defence Secretary']
 * people[0].mentions.map((mention) => mention.text) // ['David Okafor', 'Okafor', 'he']
 * ```
 */
export function extractPeople(input: string | Article, options?: PeopleOptions): Person[] {
  const article = toArticle(input, caller)
  const settings = checkOptions<PeopleOptions>(caller, options)
  const pronouns = checkBoolean(caller, 'pronouns', settings.pronouns) ?? true
  if (article.sentences.length === 0) return []

  const lexicon = peopleLexicon()
  const {text} = article
  const candidates: Candidate[] = []
  const titles: TitlePhrase[] = []
  const found = {candidates, titles}
  const pronounSites: Array<readonly PronounSite[] | null> = []
  const lowerCaseKeys: string[] = []
  // Pronouns of the sentence being read; most sentences have none and share one empty list.
  let sites: PronounSite[] = []
  let quotes: QuoteState = {open: false}
  let block = -1

  const sentences = article.sentences
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    if (sentence.block !== block) {
      block = sentence.block
      quotes = {open: false}
    }
    if (sentence.kind === 'byline' || sentence.kind === 'credit' || sentence.kind === 'other') {
      pronounSites.push(null)
      continue
    }
    // Items live for one sentence only: what later steps need is taken from them here.
    const items = sentenceItems(
      sentence.node,
      text,
      quotes,
      lexicon,
      lowerCaseKeys,
      pronouns ? sites : null,
    )
    if (sites.length > 0) {
      pronounSites.push(sites)
      sites = []
    } else pronounSites.push(noPronouns)
    const titleCase = sentence.kind === 'headline' && isTitleCase(items)
    findCandidates(items, index, titleCase, lexicon, found)
  }

  // Which capitalised words the article also writes in lower case ("Officials", "officials").
  // The words resolvePeople may ask about go into a filter, and the lower-case words it lets
  // through make the set: one that passes it by chance is never asked about.
  const asked: string[] = []
  for (const candidate of candidates) {
    // Only a candidate not turned away reads the set (see resolvePeople).
    if (candidate.rejected) continue
    for (const word of candidate.words) {
      const key = word.key
      if (key.length > 2) asked.push(key)
      // "Jong-un", not "Prize-winner": the part after a hyphen, alone.
      const dash = key.indexOf('-')
      if (dash > 0 && key.length - dash > 3) asked.push(key.slice(dash + 1))
    }
    // "Deluxe Films" beside "film": the singular of a plural last word, too.
    const last = candidate.words.at(-1)!.key
    if (last.length > 4 && last.endsWith('s')) asked.push(last.slice(0, -1))
  }
  const askedFilter = scratchFilter.reset(asked)
  const lowerCaseWords = new Set<string>()
  for (const key of lowerCaseKeys) if (askedFilter.mayHave(key)) lowerCaseWords.add(key)

  const people = resolvePeople(candidates, titles, lowerCaseWords, lexicon)
  if (pronouns) attachPronouns(pronounSites, people)

  const locator = locatorOf(article)
  const position = locator
  return people.map((draft): Person => {
    const person: Person = {
      name: draft.name,
      roles: draft.roles.map((role) => role.text),
      mentions: draft.mentions.map(
        (mention): Mention => ({
          text: text.slice(mention.start, mention.end),
          position: position.position(mention.start, mention.end),
          kind: mention.kind,
        }),
      ),
    }
    if (draft.honorific) person.honorific = draft.honorific
    const qualified = draft.roles.filter((role) => role.qualifier)
    if (qualified.length > 0) {
      person.roleQualifiers = Object.fromEntries(
        qualified.map((role) => [role.text, role.qualifier!]),
      )
    }
    return person
  })
}

/** A headline in title case: most of its longer words capitalised. */
function isTitleCase(items: Item[]): boolean {
  let long = 0
  let capitalised = 0
  for (const item of items) {
    if (item.kind !== 'word' || item.bare.length < 4) continue
    long++
    if (item.shape === 'capitalised') capitalised++
  }
  return long >= 3 && capitalised / long >= 0.75
}
