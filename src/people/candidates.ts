/**
 * The matchers of `extractPeople`: find runs of capitalised words in a
 * sentence, strip titles and honorifics off their front, reject
 * organisations, places and nationalities, and collect the evidence that the
 * rest is a person's name. Each piece of evidence carries a reason id.
 */

import {monthNames} from '../data/counted-nouns.js'
import {
  abstractEndingSurnames,
  gluedNamePrefixes,
  kinWords,
  personDescriptorWords,
} from '../data/person-cues.js'
import {regnalTitles} from '../data/person-titles.js'
import {isCapitals} from '../util/letters.js'
import {type Gender, Kind, type PeopleLexicon, wordSet} from './lexicon.js'
import {type Item, isAsciiCapital, kindsOf, nameWordText} from './tokens.js'

/** Why a candidate looks like a person. */
export type Reason =
  /** A title or honorific stands before it in the same run: "Defence Secretary David Okafor". */
  | 'title'
  /** A lower-case role stands right before it: "coach Glenn Hoddle". */
  | 'role-before'
  /** Its first word is a known given name: "Grant Harlow". */
  | 'given-name'
  /** It has initials before a name: "J. Smith", "JD Ross", "George W. Bush". */
  | 'initials'
  /** A hyphenated given name part: "Kim Jong-un". */
  | 'hyphenated'
  /** A verb of speech or human action follows: "Okafor stressed". */
  | 'person-verb'
  /** A role in apposition: "JD Ross, the incoming Vice-President,". */
  | 'apposition'
  /** A possessive before a noun people have: "Smith's reliance". */
  | 'possessive-noun'
  /** An age in commas after it: "Okafor, 28, signed". */
  | 'age'
  /** Where the person lives, in commas: "Keane, of Salford, was jailed". */
  | 'home'
  /** Two or more capitalised words that are nothing else. */
  | 'several-words'

/** A role given to a candidate, with its time qualifier ("former"). */
export interface RoleNote {
  text: string
  qualifier: string | undefined
}

/** A capitalised run that may name a person. */
export interface Candidate {
  /** Index of the sentence in the article. */
  sentence: number
  /** The name's words (titles stripped). */
  words: Item[]
  /** The name's words, normalised for comparison: lower case, no stops. */
  parts: string[]
  /** Offsets of the name (without a possessive 's). */
  start: number
  end: number
  roles: RoleNote[]
  honorific: {text: string; gender: Gender} | undefined
  reasons: Reason[]
  /** The run begins its sentence. */
  initial: boolean
  /** The sentence is in title case (a headline): weak evidence does not count. */
  titleCase: boolean
  /** The word or mark right before the name, lower-cased ("the", "of", "\""), if any. */
  before: string | undefined
  /** Set when the run is an organisation, place or other non-person name. */
  rejected: string | undefined
  /**
   * A lower-case role and a name follow: the run names the body the role is
   * of ("Mineral Resources founder Ann Lee", "Maple Leafs forward Tom Cole").
   */
  ofRole: boolean
  /**
   * It follows a capitalised word and "of" or "for" (or a body's word and
   * "on"): the end of a body's name ("Office for National Statistics", "Bank
   * of New Zealand", "Council on Foreign Relations").
   */
  bodyEnd: boolean
}

/** A capitalised role without a name ("the Defence Secretary's"): a possible title mention. */
export interface TitlePhrase {
  sentence: number
  start: number
  end: number
  text: string
  key: string
}

/** What the matchers find. */
export interface SentenceFindings {
  candidates: Candidate[]
  titles: TitlePhrase[]
}

// Determiners before an apposed role: "X, the incoming Vice-President,".
const appositionDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her'])
// Cue words that are also common surnames: they make an organisation only without a given name.
const surnameLikeCues = new Set([
  'old',
  'moor',
  'hall',
  'house',
  'park',
  'church',
  'law',
  'star',
  'post',
  'mail',
  'sun',
  'guard',
  'banks',
  'field',
  'bridge',
  'wood',
  'king',
  'day',
  'rose',
  'castle',
  'way',
  'young',
  'price',
  'read',
  'street',
  'lane',
  'tower',
  'market',
  'hill',
  'banks',
  'temple',
  'chapel',
  'moody',
  'page',
  'press',
  'standard',
  'independent',
  'express',
  'record',
  'review',
  'guardian',
  'observer',
  'herald',
  'beach',
  'power',
  'gas',
])
// Words of office after a bare surname: "the Blair government".
const officeNouns = new Set([
  'government',
  'administration',
  'cabinet',
  'presidency',
  'premiership',
])
const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/
// One-word Arabic and South Asian compound names: "Ata-ur-Rehman", "Inzamam-ul-Haq".
const compoundName = /^\p{Lu}\p{Ll}+-(?:ur|ul|al|el|ud|ad|uz|us)-\p{Lu}\p{Ll}+$/u
const hyphenatedName = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u
const ageOrNumber = /^\d{1,3}$/
/** Points of the compass, which the nationality list holds for "East Timor" and the like. */
const compassPoints: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west'])
/** Endings of nationality adjectives ("Indian", "Chinese", "Nordic", "Eastern", "Polish"). */
const demonymAdjective = /(?:an|ese|ic|ern|ish|i)$/
/** Generations after a full name: "Henry Fordham III". */
const generation: ReadonlySet<string> = new Set(['II', 'III', 'IV'])
/** Words for relatives and companions, and for what a person is ({@link kinWords}, {@link personDescriptorWords}). */
const kinSet: ReadonlySet<string> = wordSet(`${kinWords} ${personDescriptorWords}`)
/** Days named from today, which open sentences before names: "Yesterday Ann Lutz said". */
const relativeDays: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight'])
/** Suffixes after a surname, as keys: "Charles Evans Jr", "Henry Ford III". */
export const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
/** Compound adjectives of a place or body and a participle: "London-based", "state-owned". */
const compoundAdjective =
  /-(?:based|listed|owned|run|led|backed|born|made|funded|controlled|registered|headquartered|bred|raised|educated|trained)$/
/** A Roman numeral of a monarch or pope, up to XXIII. */
const regnalNumber = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/

/** Whether a key is a compound adjective ("london-born"); the pattern only for hyphenated words. */
function isCompoundAdjective(key: string): boolean {
  return key.length > 6 && key.includes('-') && compoundAdjective.test(key)
}

/**
 * Whether a key ends as adverbs that open sentences do ("sadly",
 * "unfortunately", "tragically", "thankfully", "surprisingly",
 * "obviously"), and as given names in "-ly" seldom do ("Marly", "Everly",
 * "Kimberly" end in "-rly", "Shelly" in "-lly").
 */
function isSentenceAdverb(key: string): boolean {
  return key.length > 4 && sentenceAdverbEnding.test(key)
}
const sentenceAdverbEnding = /(?:ally|ully|ily|ely|tly|dly|bly|sly|ously|ingly)$/

/**
 * Whether a capitalised hyphenated word ends in a part of four letters or
 * more that opens in lower case, as compound modifiers do ("Award-winning",
 * "Well-known", "Self-employed", "Long-serving"), where hyphenated names
 * have capitals ("Jean-Claude", "al-Assad", "Ata-ur-Rehman"); not after a
 * given name ("Mary-kate", "Abdul-rahman", written so).
 */
function isCompoundModifier(item: Item, lexicon: PeopleLexicon): boolean {
  if (item.shape !== 'capitalised') return false
  const bare = item.bare
  const dash = bare.lastIndexOf('-')
  if (dash < 1 || bare.length - dash - 1 < 4) return false
  const code = bare.charCodeAt(dash + 1)
  if (code < 97 || code > 122) return false
  const first = item.key.slice(0, item.key.indexOf('-'))
  return !(lexicon.kinds.get(first) & Kind.givenName)
}

/**
 * Whether a key ends like an abstract noun, which no surname does: "election",
 * "politics", "leadership" ("-tion", "-sion", "-ment", "-ity", "-ogy",
 * "-ics", "-ism", "-ship"), by the last letter and `endsWith`.
 */
export function isAbstractNoun(key: string): boolean {
  switch (key.charCodeAt(key.length - 1)) {
    case 110: // n
      return key.endsWith('tion') || key.endsWith('sion')
    case 116: // t
      return key.endsWith('ment')
    case 121: // y
      return key.endsWith('ity') || key.endsWith('ogy')
    case 115: // s
      return key.endsWith('ics')
    case 109: // m
      return key.endsWith('ism')
    case 112: // p
      return key.endsWith('ship')
    default:
      return false
  }
}

/** {@link abstractEndingSurnames}, as a set. */
const abstractEndingSurnameSet: ReadonlySet<string> = wordSet(abstractEndingSurnames)

/**
 * Whether a key ends like an abstract noun that ends the names of bodies,
 * works and events ("Parenthood", "Division", "Depression", "Fellowship")
 * and few surnames: "-tion", "-sion" and "-ship" in words of six letters or
 * more, and "-hood" in words of eight or more (not "Hood", "LaHood"), but
 * not the surnames of {@link abstractEndingSurnames} ("Nation",
 * "Blankenship"). Endings that many surnames have ("-ment": "Clement";
 * "-ity": "Hannity"; "-ence": "Lawrence") are left out.
 */
function isAbstractHead(key: string): boolean {
  const length = key.length
  if (length < 6) return false
  let abstract: boolean
  switch (key.charCodeAt(length - 1)) {
    case 110: // n
      abstract = key.endsWith('tion') || key.endsWith('sion')
      break
    case 112: // p
      abstract = key.endsWith('ship')
      break
    case 100: // d
      abstract = length >= 8 && key.endsWith('hood')
      break
    default:
      return false
  }
  return abstract && !abstractEndingSurnameSet.has(key)
}

/** Whether a lower-case key is a day of the week (the pattern only for words ending in "day"). */
function isWeekday(key: string): boolean {
  return key.endsWith('day') && weekday.test(key)
}

/**
 * Find candidates and title phrases in one sentence.
 *
 * @param items The sentence's items.
 * @param sentence The sentence's index.
 * @param titleCase Whether the sentence is a title-case headline.
 * @param found Receives the candidates and title phrases (the article's, in text order).
 */
export function findCandidates(
  items: Item[],
  sentence: number,
  titleCase: boolean,
  lexicon: PeopleLexicon,
  found: SentenceFindings,
): void {
  const {candidates, titles} = found
  let firstWord = -1
  for (let index = 0; index < items.length; index++) {
    if (items[index]!.kind === 'word') {
      firstWord = index
      break
    }
  }

  let index = 0
  while (index < items.length) {
    const item = items[index]!
    if (!startsRun(item)) {
      index++
      continue
    }
    let end = index + 1
    while (
      end < items.length &&
      !items[end - 1]!.possessive &&
      (continuesRun(items[end]!, lexicon) || isLongRegnalNumber(items, end, lexicon))
    ) {
      end++
    }
    // Words run together ("TechCrunch", "LutzReplyShare") are no part of a name: the run is read
    // in pieces around them ("Ann Lutz ShareTweet" gives "Ann Lutz"). One that opens the run
    // stays, as it may be the body of a title after it ("BuzzFeed Editor Ann Lutz") or stand
    // before a name (see readRun).
    let piece = index
    for (let at = index + 1; at < end; at++) {
      if (!isGluedWords(items[at]!, lexicon)) continue
      splitRun(items, piece, at, sentence, firstWord, titleCase, lexicon, candidates, titles)
      piece = at + 1
    }
    splitRun(items, piece, end, sentence, firstWord, titleCase, lexicon, candidates, titles)
    index = end
  }
}

function startsRun(item: Item): boolean {
  return item.kind === 'word' && (item.shape === 'capitalised' || item.shape === 'initials')
}

function continuesRun(item: Item, lexicon: PeopleLexicon): boolean {
  if (item.kind !== 'word' || !item.spaced || item.broken) return false
  if (item.shape === 'particle') return true
  if (item.shape === 'capitalised' && kindsOf(item, lexicon) & Kind.connective) return false
  return item.shape === 'capitalised' || item.shape === 'initials'
}

/**
 * Whether the item at `index` is a regnal number of four letters or more
 * right after a given name ("Henry VIII", "Louis XVIII"): the shorter ones
 * ("Charles III") are initials in shape and go on a run anyway.
 */
function isLongRegnalNumber(items: Item[], index: number, lexicon: PeopleLexicon): boolean {
  const item = items[index]!
  if (item.kind !== 'word' || !item.spaced || item.bare.length < 4) return false
  const first = item.bare.charCodeAt(0)
  // I, V or X.
  if (first !== 73 && first !== 86 && first !== 88) return false
  return (
    regnalNumber.test(item.bare) && (kindsOf(items[index - 1]!, lexicon) & Kind.givenName) !== 0
  )
}

/**
 * Cut a run (or a piece of one between words run together) at function words
 * that start it, then read it. Particles never end a run (one at its start
 * stays: "de Souza").
 */
function splitRun(
  items: Item[],
  from: number,
  runEnd: number,
  sentence: number,
  firstWord: number,
  titleCase: boolean,
  lexicon: PeopleLexicon,
  candidates: Candidate[],
  titles: TitlePhrase[],
): void {
  // A piece between two words run together may be empty.
  if (from >= runEnd) return
  let start = from
  let to = runEnd
  while (to - 1 > start && items[to - 1]!.shape === 'particle') to--
  let determiner = start > 0 && isThe(items, start - 1)
  let inTitle = false
  void firstWord
  while (start < to) {
    const item = items[start]!
    const key = item.key
    const kinds = kindsOf(item, lexicon)
    if (kinds & Kind.honorific) break
    // "First Minister Ann Lee": a function word that modifies the role after it stays.
    const modifiesRole =
      kinds & Kind.roleModifier &&
      start + 1 < to &&
      kindsOf(items[start + 1]!, lexicon) & Kind.roleHead
    const dropped =
      (item.shape === 'capitalised' &&
        !modifiesRole &&
        (kinds & Kind.connective ||
          (kinds & Kind.functionWord &&
            (!(kinds & Kind.givenName) ||
              start === firstWord ||
              to - start === 1 ||
              opensQuotation(items, start))))) ||
      // "A Tom Reed goal": "A" opening a sentence is the article, not an initial.
      (item.bare === 'A' && start === firstWord && to - start > 1)
    // "On Monday Ann Lee", "In December Cole", "Yesterday Ann Lutz": a day or a month
    // before a given name or a single word is no part of the name, unless it is a given name
    // too ("April Ryan", "Jan Mueller"). Seasons may be ("Autumn Reed").
    if (
      !dropped &&
      to - start > 1 &&
      kinds & Kind.calendar &&
      (isWeekday(key) || monthNames.has(key) || relativeDays.has(key)) &&
      !(kinds & Kind.givenName) &&
      (to - start === 2 ||
        kindsOf(items[start + 1]!, lexicon) & Kind.givenName ||
        items[start + 1]!.shape === 'initials')
    ) {
      start++
      continue
    }
    // "Sadly Ann Lutz died", "Unfortunately Tom Reed ...": an adverb opening the sentence
    // before a given name, its comma left out.
    if (
      !dropped &&
      start === firstWord &&
      to - start > 1 &&
      item.shape === 'capitalised' &&
      isSentenceAdverb(key) &&
      !(kinds & Kind.givenName) &&
      kindsOf(items[start + 1]!, lexicon) & Kind.givenName
    ) {
      start++
      continue
    }
    if (dropped) {
      determiner = key === 'the'
      // "Million Dollar Baby": a capitalised common word inside a sentence starts a title.
      if (!(kinds & Kind.connective) && start !== firstWord && !opensSentence(items, start)) {
        inTitle = true
      }
      start++
      continue
    }
    break
  }
  // "Father-of-two Mr Ali", "Tory Mr Fox": what stands before an inner honorific is no part
  // of the name, unless it is a title ("General Sir Mike Lane").
  for (let index = start + 1; index < to - 1; index++) {
    if (!(kindsOf(items[index]!, lexicon) & Kind.honorific)) continue
    // "Martin Luther King Jr.": a title word before a name's suffix is its surname.
    if (index === to - 2 && nameSuffixes.has(items[to - 1]!.key)) break
    const keep =
      Kind.roleHead |
      Kind.roleModifier |
      Kind.roleQualifier |
      Kind.honorific |
      Kind.shipPrefix |
      Kind.nationality |
      Kind.place |
      Kind.organisationName
    if (!(kindsOf(items[index - 1]!, lexicon) & keep)) start = index
    break
  }
  // Days and months after a name: "Hugh McGuire Sunday"; post-nominals: "Ann Lee KC".
  let end = to
  while (end - start > 1 && !items[end - 1]!.possessive) {
    const item = items[end - 1]!
    if (
      !(
        isWeekday(item.key) ||
        (end - start > 2 && kindsOf(item, lexicon) & Kind.calendar) ||
        isPostNominal(items, end - 1, lexicon)
      )
    ) {
      break
    }
    end--
  }
  if (start >= end) return
  to = end
  // "Former President Ann Lee" opening a sentence: the qualifier is the role's, as in "former President".
  if (
    to - start > 2 &&
    kindsOf(items[start]!, lexicon) & Kind.roleQualifier &&
    kindsOf(items[start + 1]!, lexicon) & (Kind.roleHead | Kind.roleModifier)
  ) {
    start++
  }
  const before = candidates.length
  readRun(items, start, to, sentence, firstWord, titleCase, determiner, lexicon, candidates, titles)
  // Weak evidence does not count inside a title: treat it as a sentence start.
  if (inTitle)
    for (let index = before; index < candidates.length; index++) candidates[index]!.initial = true
}

/** Styles of academics and doctors, which are honorifics and no role: "Prof", "Dr". */
const academicStyles: ReadonlySet<string> = new Set(['prof', 'professor', 'dr', 'doctor'])

/** Post-nominal letters after a capitalised word that is no title: "Ann Lee KC", not "Tory MP". */
function isPostNominal(items: Item[], index: number, lexicon: PeopleLexicon): boolean {
  if (!(kindsOf(items[index]!, lexicon) & Kind.postNominal)) return false
  const before = items[index - 1]!
  const title = Kind.roleHead | Kind.roleModifier | Kind.organisationName | Kind.nationality
  return before.shape === 'capitalised' && !(kindsOf(before, lexicon) & title)
}

/** Whether an opening quotation mark stands right before `index`: '"My Santorum was sweet"'. */
function opensQuotation(items: Item[], index: number): boolean {
  const before = items[index - 1]
  return (
    before !== undefined && before.kind === 'punctuation' && items[index]!.quoted && !before.quoted
  )
}

function isThe(items: Item[], index: number): boolean {
  const item = items[index]
  return item !== undefined && item.kind === 'word' && item.key === 'the'
}

/**
 * A full stop, question or exclamation mark alone, or an age with its full
 * stop after a comma (", 31."; not a rank in a list, "1. Ann Lee").
 */
function isSentenceEnd(items: Item[], index: number): boolean {
  const item = items[index]
  if (item === undefined) return false
  if (item.kind === 'punctuation') return item.key === '.' || item.key === '?' || item.key === '!'
  const first = item.bare.charCodeAt(0)
  return (
    first >= 48 &&
    first <= 57 &&
    item.bare.charCodeAt(item.bare.length - 1) === 46 &&
    items[index - 1]?.key === ','
  )
}

/** Whether only punctuation (quotation marks, dashes) stands before `index`. */
function opensSentence(items: Item[], index: number): boolean {
  for (let before = index - 1; before >= 0; before--) {
    if (items[before]!.kind === 'word') return false
  }
  return true
}

function readRun(
  items: Item[],
  from: number,
  to: number,
  sentence: number,
  firstWord: number,
  titleCase: boolean,
  determiner: boolean,
  lexicon: PeopleLexicon,
  candidates: Candidate[],
  titles: TitlePhrase[],
): void {
  const count = to - from
  // A ship, whoever it is named after: "HMS Queen Elizabeth".
  if (count > 1 && kindsOf(items[from]!, lexicon) & Kind.shipPrefix) return
  // Titles and honorifics off the front: "Prime Minister Sir Robert Hale".
  let titleEnd = from
  let roleStart = -1
  let roleEnd = -1
  let honorific: Candidate['honorific']
  for (let index = from; index < to; index++) {
    const item = items[index]!
    const key = item.key
    const kinds = kindsOf(item, lexicon)
    const entry = kinds & Kind.honorific ? lexicon.honorifics.get(key) : undefined
    if (entry && index < to - 1 && !(index === from && isGivenNameUse(items, index, to, lexicon))) {
      honorific ??= {text: entry.canonical, gender: entry.gender}
      titleEnd = index + 1
      continue
    }
    if (
      kinds & Kind.roleHead &&
      !(index === from && isGivenNameUse(items, index, to, lexicon)) &&
      // "Prime Minister Dean Ross", "PC Dean Marsh": a given name after a title.
      !(
        to - index === 2 &&
        (roleEnd === index || (index > from && items[index - 1]!.shape === 'initials')) &&
        kinds & Kind.givenName &&
        items[index + 1]!.shape === 'capitalised'
      ) &&
      // "Refugee Council", "Teachers Union": a head before an organisation cue names the body,
      // unless an honorific opens the title ("Mr Justice Hall").
      !(
        honorific === undefined &&
        index + 1 < to &&
        kindsOf(items[index + 1]!, lexicon) & Kind.organisationCue
      )
    ) {
      if (roleStart === -1) roleStart = from
      roleEnd = index + 1
      titleEnd = index + 1
      continue
    }
    // "Dad Tom Reed", "Friend Ann Lutz", "Welshman Tom Reed", "Ex-Tory Ann Lee": a word for a
    // relative or for what the person is (or was) before a full name.
    if (
      index === from &&
      to - index > 2 &&
      (kinSet.has(key) || key.startsWith('ex-')) &&
      kindsOf(items[index + 1]!, lexicon) & Kind.givenName
    ) {
      titleEnd = index + 1
      continue
    }
    // "Senators Ann Lutz and Tom Reed": a title in the plural before a given name is shared,
    // no part of the name.
    if (
      index === from &&
      to - index > 1 &&
      kinds & Kind.office &&
      !(kinds & Kind.roleHead) &&
      kindsOf(items[index + 1]!, lexicon) & Kind.givenName
    ) {
      titleEnd = index + 1
      continue
    }
    if (
      kinds & (Kind.roleModifier | Kind.nationality | Kind.place | Kind.organisationName) ||
      (item.shape === 'initials' && key.length <= 4)
    ) {
      continue
    }
    break
  }
  if (titleEnd === from && roleEnd === -1) titleEnd = from

  const roles: RoleNote[] = []
  if (roleEnd > from) {
    // The role runs from the run's start (after honorifics in front) to the last head.
    let first = from
    while (first < roleEnd && kindsOf(items[first]!, lexicon) & Kind.honorific) first++
    // "Bank of England Governor": the place after "of" is the body's name, not the role's.
    const of = items[from - 1]
    if (of?.kind === 'word' && of.key === 'of' && of.shape === 'other') {
      const body = Kind.place | Kind.nationality | Kind.organisationName
      while (first < roleEnd - 1 && kindsOf(items[first]!, lexicon) & body) first++
    }
    if (first < roleEnd)
      roles.push(roleNote(items, first, roleEnd, qualifierBefore(items, from, lexicon)))
  }

  if (titleEnd >= to) {
    // A title alone: "the Defence Secretary's", "the incoming Vice-President".
    const last = items[to - 1]!
    if (roleEnd === to && hasDeterminer(items, from, determiner, lexicon)) {
      const text = spanText(items, firstNonHonorific(items, from, to, lexicon), to)
      if (text) {
        titles.push({
          sentence,
          start: items[firstNonHonorific(items, from, to, lexicon)]!.start,
          end: last.start + last.bare.length,
          text: text.value,
          key: text.value.toLowerCase(),
        })
      }
    }
    // A single title word may still be a surname ("King", "Major"), if someone has it.
    if (count === 1 && !last.possessive && !determiner && !isThe(items, from - 1)) {
      candidates.push(surnameOnly(items, from, sentence, titleCase, 'title-word'))
    }
    return
  }

  let nameStart = titleEnd
  // Places and nationalities in front of a name: "United States Hamdullah Mohib".
  const skipped = {kinds: 0}
  const afterPlaces = skipLeadingPlaces(items, nameStart, to, lexicon, skipped)
  // "Apple Music said", "BBC Sport said": one word after a body's name names what the body
  // makes, not a person.
  const product = skipped.kinds & Kind.organisationName && to - afterPlaces === 1
  // An organisation or descriptor in front: "Refugee Council Enver Solomon".
  nameStart = splitOffFront(items, afterPlaces, to, lexicon, afterPlaces > nameStart)
  // "Archbishop of Canterbury Justin Lee": an office's body, then a given name.
  if (
    nameStart === from &&
    roles.length === 0 &&
    to - from > 2 &&
    isComplementPreposition(items[from - 1])
  ) {
    for (let index = from + 1; index <= to - 2; index++) {
      if (!(kindsOf(items[index]!, lexicon) & Kind.givenName)) continue
      if (roleOfBefore(items, from, index, lexicon)) nameStart = index
      break
    }
  }
  // "Hong Kong-based Hutchison Whampoa": what follows a "-based" word is a business.
  let company = false
  for (let index = nameStart; index < to - 1; index++) {
    const key = items[index]!.key
    if (key.endsWith('-based')) {
      nameStart = index + 1
      company = true
    } else if (isCompoundAdjective(key)) {
      // "Leeds-born Ann Lutz", "Kremlin-backed Ann Lee": the adjective is no part of the name.
      nameStart = index + 1
    }
  }
  // "Award-winning Ann Lutz", "Self-employed Tom Reed": a compound modifier in front.
  if (nameStart < to - 1 && isCompoundModifier(items[nameStart]!, lexicon)) nameStart++
  // "told HuffPost Ann Lutz", "ShareTweet Tom Reed": words run together before a given name.
  let glued = isGluedWords(items[nameStart]!, lexicon)
  if (glued && nameStart < to - 1 && kindsOf(items[nameStart + 1]!, lexicon) & Kind.givenName) {
    nameStart++
    glued = isGluedWords(items[nameStart]!, lexicon)
  }
  // "Hong Kong-based", "London-born", "Kremlin-backed": a compound adjective ends no name.
  const adjective = isCompoundAdjective(items[to - 1]!.key)
  const words: Item[] = []
  const parts: string[] = []
  for (let index = nameStart; index < to; index++) {
    const word = items[index]!
    const key = word.key
    words.push(word)
    parts.push(key.includes('.') ? key.replace(/\./g, '') : key)
  }
  const last = words.at(-1)!
  const candidate: Candidate = {
    sentence,
    words,
    parts,
    start: words[0]!.start,
    end: last.start + nameWordText(last).length,
    roles,
    honorific,
    reasons: [],
    initial:
      nameStart === firstWord ||
      (nameStart === from && opensSentence(items, nameStart)) ||
      // A sentence end the parse did not split at: "Ann Lee, 31. Detectives said".
      (nameStart === from && isSentenceEnd(items, nameStart - 1)),
    titleCase,
    before: undefined,
    rejected: undefined,
    ofRole: false,
    bodyEnd: false,
  }
  const previous = items[nameStart - 1]
  if (previous && !previous.broken) {
    candidate.before = previous.key
    const body = items[nameStart - 2]
    if (
      previous.shape === 'other' &&
      body?.shape === 'capitalised' &&
      (previous.key === 'of' ||
        previous.key === 'for' ||
        // "Council on Foreign Relations", "Committee on Standards": "on" after a body's word.
        (previous.key === 'on' && kindsOf(body, lexicon) & Kind.organisationCue))
    ) {
      candidate.bodyEnd = true
    }
  }
  if (titleEnd > from) candidate.reasons.push('title')
  if (nameStart > titleEnd && count > 1) candidate.initial = false
  if (roles.length === 0 && nameStart > from) {
    const office = roleOfBefore(items, from, nameStart, lexicon)
    // Only the role: the organisation's words before the name are no evidence of a person.
    if (office) roles.push(office)
    // "Acme CEO Jane Doe", "Controversial DJ Howard Stern": a role head right before the name;
    // not an academic's or a doctor's style that is the honorific ("Prof Tom Reid"; "King
    // Felipe" keeps both).
    else if (
      kindsOf(items[nameStart - 1]!, lexicon) & Kind.roleHead &&
      !(honorific && nameStart === titleEnd && academicStyles.has(items[nameStart - 1]!.key))
    ) {
      roles.push(roleNote(items, nameStart - 1, nameStart))
    }
  }

  // "oil giant Yukos", "leisure group Rank": a noun for a business right before the name.
  if (
    !company &&
    roles.length === 0 &&
    !honorific &&
    previous?.shape === 'other' &&
    !previous.broken &&
    // "the firm's Ann Lutz": a business noun in the possessive is whose the person is.
    !previous.possessive &&
    previous.key.length > 3 &&
    lexicon.filters.companyNouns.mayHave(previous.key) &&
    kindsOf(previous, lexicon) & Kind.companyNoun
  ) {
    company = true
  }
  const rejected =
    (company ? 'company' : undefined) ??
    (product || isBrandEnd(items, nameStart, to) ? 'product-name' : undefined) ??
    (adjective ? 'compound-adjective' : undefined) ??
    rejection(
      words,
      lexicon,
      hasRegnalTitle(items, from, titleEnd),
      honorific !== undefined,
      honorific !== undefined || roles.length > 0,
      items[from - 1],
      glued,
    ) ??
    (isPhotoCredit(items, nameStart) ? 'credit' : undefined) ??
    (isHomeTownAfterAge(items, nameStart) ? 'home-town' : undefined)
  if (rejected) {
    candidate.rejected = rejected
    candidates.push(candidate)
    return
  }

  collectEvidence(items, from, to, candidate, lexicon)
  candidates.push(candidate)
}

/**
 * Whether the name at `index` is a photographer's credit glued to an
 * agency in capitals: "REUTERS/Jane Doe", "AFP/Getty".
 */
function isPhotoCredit(items: Item[], index: number): boolean {
  const slash = items[index - 1]
  const agency = items[index - 2]
  if (slash?.kind !== 'punctuation' || slash.bare !== '/' || slash.spaced) return false
  if (items[index]!.spaced || agency?.kind !== 'word' || agency.bare.length < 2) return false
  return agency.bare === agency.bare.toUpperCase() && agency.bare !== agency.key
}

/** A one-word candidate kept only as a possible surname of someone named in full. */
function surnameOnly(
  items: Item[],
  index: number,
  sentence: number,
  titleCase: boolean,
  rejected: string,
): Candidate {
  const word = items[index]!
  return {
    sentence,
    words: [word],
    parts: [word.key],
    start: word.start,
    end: word.start + nameWordText(word).length,
    roles: [],
    honorific: undefined,
    reasons: [],
    initial: false,
    titleCase,
    before: undefined,
    rejected,
    ofRole: false,
    bodyEnd: false,
  }
}

function firstNonHonorific(
  items: Item[],
  from: number,
  to: number,
  lexicon: PeopleLexicon,
): number {
  let index = from
  while (index < to - 1 && kindsOf(items[index]!, lexicon) & Kind.honorific) index++
  return index
}

/** A role head or honorific at a run's start used as a given name: "Dean Kamen", "Earl Woods". */
function isGivenNameUse(items: Item[], index: number, to: number, lexicon: PeopleLexicon): boolean {
  if (to - index !== 2) return false
  if (!(kindsOf(items[index]!, lexicon) & Kind.givenName)) return false
  const next = items[index + 1]!
  return next.shape === 'capitalised' && !(kindsOf(next, lexicon) & Kind.givenName)
}

function hasDeterminer(
  items: Item[],
  from: number,
  determiner: boolean,
  lexicon: PeopleLexicon,
): boolean {
  if (determiner) return true
  // "the incoming Vice-President": a qualifier between.
  let index = from - 1
  if (index >= 0 && kindsOf(items[index]!, lexicon) & Kind.roleQualifier) index--
  return index >= 0 && isThe(items, index)
}

function spanText(items: Item[], from: number, to: number): {value: string} | undefined {
  if (from >= to) return undefined
  const words: string[] = []
  for (let index = from; index < to; index++) {
    const item = items[index]!
    // A possessive inside a phrase stays: "spokesman for the Mayor's office".
    words.push(item.possessive && index < to - 1 ? `${item.bare}'s` : item.bare)
  }
  return {value: words.join(' ')}
}

function roleNote(items: Item[], from: number, to: number, qualifier?: string): RoleNote {
  const text = spanText(items, from, to)!.value
  return {text, qualifier: qualifier || undefined}
}

/**
 * One capitalised word right after a capitalised word with a digit, on the
 * same line: the end of a brand's name ("Jet2 Holidays", "Formula1 Racing"),
 * not a person.
 */
function isBrandEnd(items: Item[], from: number, to: number): boolean {
  if (to - from !== 1) return false
  const previous = items[from - 1]
  const item = items[from]!
  if (previous?.kind !== 'word' || item.broken || !item.spaced) return false
  const first = previous.bare.charCodeAt(0)
  return first >= 65 && first <= 90 && /\d/.test(previous.bare)
}

/** A time qualifier right before the run: "former", "incoming". */
function qualifierBefore(items: Item[], from: number, lexicon: PeopleLexicon): string | undefined {
  const before = items[from - 1]
  if (before && before.kind === 'word' && kindsOf(before, lexicon) & Kind.roleQualifier)
    return before.key
  return undefined
}

/**
 * Where a run goes on after the places, nationalities and organisations in
 * front of a name ("United States Hamdullah Mohib"); `skipped` receives the
 * kinds of what was passed over.
 */
function skipLeadingPlaces(
  items: Item[],
  from: number,
  to: number,
  lexicon: PeopleLexicon,
  skipped: {kinds: number},
): number {
  let start = from
  while (to - start > 1) {
    let matched = 0
    for (let length = Math.min(3, to - start - 1); length >= 1; length--) {
      let kinds: number
      if (length === 1) kinds = kindsOf(items[start]!, lexicon)
      else if (!(kindsOf(items[start]!, lexicon) & Kind.phraseHead)) continue
      else {
        let phrase = items[start]!.key
        for (let index = start + 1; index < start + length; index++) {
          phrase += ` ${items[index]!.key}`
        }
        kinds = lexicon.kinds.get(phrase)
      }
      if (
        kinds & (Kind.place | Kind.organisationName | Kind.nationality) &&
        // A given name too ("Tory Burch") stays, unless it is a body's name before a full name
        // ("Tory Craig Mackinlay", a party).
        !(
          length === 1 &&
          kinds & Kind.givenName &&
          !(
            kinds & Kind.organisationName &&
            !(kinds & Kind.place) &&
            to - start > 2 &&
            kindsOf(items[start + 1]!, lexicon) & Kind.givenName
          )
        )
      ) {
        matched = length
        skipped.kinds |= kinds
        break
      }
    }
    if (!matched) break
    // "Saudi Arabia said", "New Zealand said": a listed place or body that is the whole run
    // leaves nothing to skip (rejection reads it whole).
    if (start === from && isListedWhole(items, from, to, lexicon)) {
      skipped.kinds = 0
      return from
    }
    start += matched
  }
  return start
}

/** Whether the two or three words from `from` to `to` are one listed place or body. */
function isListedWhole(items: Item[], from: number, to: number, lexicon: PeopleLexicon): boolean {
  if (to - from > 3 || !(kindsOf(items[from]!, lexicon) & Kind.phraseHead)) return false
  let phrase = items[from]!.key
  for (let index = from + 1; index < to; index++) phrase += ` ${items[index]!.key}`
  return (lexicon.kinds.get(phrase) & (Kind.place | Kind.organisationName)) !== 0
}

/**
 * Where the name starts in a run of three words or more whose front is an
 * organisation, place, role or descriptor: after the last such word, at the
 * first given name after it, else two words from the end.
 */
function splitOffFront(
  items: Item[],
  from: number,
  to: number,
  lexicon: PeopleLexicon,
  stripped: boolean,
): number {
  if (to - from < 3) return from
  let last = stripped ? from - 1 : -1
  for (let index = from; index <= to - 3; index++) {
    const item = items[index]!
    if (isDescriptor(item, lexicon) && !(index === from && isGivenNameLike(item, lexicon))) {
      last = index
    }
  }
  if (last === -1) return from
  for (let index = last + 1; index <= to - 2; index++) {
    if (kindsOf(items[index]!, lexicon) & Kind.givenName) return index
  }
  return to - 2
}

/** A given name, or a double one whose first part is: "Anne-Marie", "John-Christian". */
function isGivenNameLike(item: Item, lexicon: PeopleLexicon): boolean {
  if (kindsOf(item, lexicon) & Kind.givenName) return true
  const dash = item.key.indexOf('-')
  return dash > 1 && (lexicon.kinds.get(item.key.slice(0, dash)) & Kind.givenName) !== 0
}

/**
 * Whether a key ends like a descriptor ("socialist", "Christian", "Leadership"):
 * "-ist", "-ists", "-ism", "-ian", "-ians", "-tion", "-ment", "-ness", "-ity",
 * "-ogy", "-ics" or "-ship", by the last letter and `endsWith` (the scanners
 * ask it of many words, and an end-anchored pattern is tried at every
 * position of the word).
 */
export function hasDescriptorSuffix(key: string): boolean {
  switch (key.charCodeAt(key.length - 1)) {
    case 116: // t
      return key.endsWith('ist') || key.endsWith('ment')
    case 115: // s
      return (
        key.endsWith('ists') || key.endsWith('ians') || key.endsWith('ics') || key.endsWith('ness')
      )
    case 109: // m
      return key.endsWith('ism')
    case 110: // n
      return key.endsWith('ian') || key.endsWith('tion')
    case 121: // y
      return key.endsWith('ity') || key.endsWith('ogy')
    case 112: // p
      return key.endsWith('ship')
    default:
      return false
  }
}

function isDescriptor(item: Item, lexicon: PeopleLexicon): boolean {
  const descriptor =
    Kind.organisationCue | Kind.nationality | Kind.place | Kind.roleModifier | Kind.roleHead
  return (kindsOf(item, lexicon) & descriptor) !== 0 || hasDescriptorSuffix(item.key)
}

/**
 * Why a name is not a person's, if it is not.
 *
 * @param regnal Whether a monarch's title stands before the name in its run ("Queen", "Pope").
 * @param honoured Whether an honorific does ("Mrs", "Dr").
 * @param titled Whether an honorific or a title does ("Mrs", "Transport Secretary").
 * @param before The item before the run, a role in lower case, perhaps ("spokesman").
 * @param glued Whether the name's first word is words run together ("TechCrunch").
 */
function rejection(
  words: Item[],
  lexicon: PeopleLexicon,
  regnal: boolean,
  honoured: boolean,
  titled: boolean,
  before: Item | undefined,
  glued: boolean,
): string | undefined {
  // A one-word phrase is its word: its kinds tell the phrase look-ups.
  const phraseKinds =
    words.length === 1
      ? kindsOf(words[0]!, lexicon)
      : kindsOf(words[0]!, lexicon) & Kind.phraseHead
        ? lexicon.kinds.get(words.map((word) => word.key).join(' '))
        : 0
  if (phraseKinds & Kind.organisationName) return 'organisation-name'
  // "Storm Ida", "Hurricane Katrina": storms are given people's first names.
  if (words.length === 2 && kindsOf(words[0]!, lexicon) & Kind.stormWord) return 'storm-name'
  if (phraseKinds & Kind.place) return 'place-name'
  // "Wiltshire", "Pembrokeshire": an English or Welsh county by its ending, listed or not,
  // unless an honorific makes it a surname ("Mr Cheshire").
  if (
    words.length === 1 &&
    !honoured &&
    words[0]!.key.length > 7 &&
    words[0]!.key.endsWith('shire')
  ) {
    return 'place-name'
  }
  if (words.length === 1 && isPartyLabel(words[0]!, lexicon)) return 'party-label'
  if (words.length === 1 && isContraction(words[0]!)) return 'contraction'
  const given = kindsOf(words[0]!, lexicon) & Kind.givenName && words.length > 1
  // Initials first, that are no place or word ("U.S.", "A"): "J.D. Lane".
  const initialled =
    words.length === 2 &&
    isInitials(words[0]!) &&
    !(
      kindsOf(words[0]!, lexicon) &
      (Kind.place | Kind.nationality | Kind.organisationName | Kind.functionWord)
    )
  // "North Dakota", "West Midlands", "East London": a point of the compass opens a place, even
  // before a word that is a given name too ("West Virginia").
  if (
    words.length > 1 &&
    kindsOf(words[0]!, lexicon) & Kind.nationality &&
    compassPoints.has(words[0]!.key)
  ) {
    return 'place-word'
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const key = word.key
    const kinds = kindsOf(word, lexicon)
    const cue = kinds & Kind.organisationCue || hyphenPartIsCue(key, lexicon)
    if (cue && !(index === 0 && given)) {
      // A surname-like cue ends a name after a given name that is no place ("Della Street", not
      // "Washington Street"), or after an honorific ("Mrs Park", "Dr Wood").
      const named = (given && !(kindsOf(words[0]!, lexicon) & Kind.place)) || initialled || honoured
      if (!(named && index === words.length - 1 && isSurnameLike(key))) {
        return 'organisation-cue'
      }
    }
    if (
      kinds & (Kind.nationality | Kind.pluralNationality) &&
      !(index === 0 && given) &&
      !(given && index === words.length - 1 && isNationalitySurname(words, lexicon))
    ) {
      return 'nationality'
    }
    if (kinds & Kind.place && !given && words.length > 1) return 'place-word'
    if (kinds & Kind.calendar && words.length === 1) return 'calendar'
    if (
      word.shape === 'initials' &&
      (index === words.length - 1 || words.length === 1) &&
      // A regnal number after a name is no acronym: "Elizabeth II", "Benedict XVI"; "I" only
      // after a monarch's title ("Queen Mary I"), as it is the pronoun too ("when Ann I said",
      // "President Owen I think").
      !(
        index > 0 &&
        (word.bare !== 'I' || regnal) &&
        regnalNumber.test(word.bare) &&
        (kindsOf(words[index - 1]!, lexicon) & Kind.givenName ||
          // "Henry Fordham III": a generation after a full name.
          (index > 1 && generation.has(word.bare) && kindsOf(words[0]!, lexicon) & Kind.givenName))
      )
    ) {
      return 'acronym'
    }
  }
  if (words.length === 1 && kindsOf(words[0]!, lexicon) & Kind.functionWord) return 'function-word'
  // "the General Election", "Disease Control and Prevention": a word with the ending of an
  // abstract noun is no name alone ("-ian" and "-ist" are left out: "Kardashian", "Priest").
  if (
    words.length === 1 &&
    isAbstractNoun(words[0]!.key) &&
    !(kindsOf(words[0]!, lexicon) & Kind.givenName)
  ) {
    return 'common-noun'
  }
  // "Goodwill Ambassador", "Tom Reed Funeral Directors": a word of office after a word that
  // is no given name ends a title or a business; after a given name it is a surname ("Stephen King").
  if (words.length > 1) {
    const before = words.at(-2)!
    if (
      kindsOf(words.at(-1)!, lexicon) & Kind.office &&
      before.shape !== 'initials' &&
      !(kindsOf(before, lexicon) & Kind.givenName)
    ) {
      return 'title-words'
    }
  }
  // A degree or post-nominal alone: "my M.Sc. studies".
  if (words.length === 1 && kindsOf(words[0]!, lexicon) & Kind.postNominal) return 'post-nominal'
  // An acronym of three letters or more in front: "HMC Searcher", "BBC Radio".
  const head = words[0]!
  if (head.shape === 'initials' && !head.bare.includes('.') && head.bare.length > 2)
    return 'acronym'
  // Only words of office: "High Commissioner".
  if (
    words.every((word) => {
      const kinds = kindsOf(word, lexicon)
      return kinds & (Kind.roleModifier | Kind.roleHead) && !(kinds & Kind.givenName)
    })
  ) {
    return 'role-words'
  }
  // The checks below come last, so that a name the checks above reject keeps their reason.
  // An honorific outweighs them all ("Mr Der Matossian"), a title the last two.
  if (honoured) return undefined
  // "TechCrunch said", "HuffPost Pollster": a name that opens with words run together.
  if (glued) return 'glued-words'
  // "Der Spiegel", "Die Hard", "Los Blancos": a German, Italian or Spanish article opens a title.
  const opening = kindsOf(words[0]!, lexicon)
  if (opening & Kind.foreignArticle) return 'foreign-article'
  if (words.length < 2 || titled) return undefined
  // "New Haven", "San Bernardino", "Port Talbot": no person's name opens with these;
  // "Planned Parenthood", "Joy Division", "Christian Fellowship": an abstract noun ends a body's.
  const reason =
    opening & Kind.placeOpener
      ? 'place-word'
      : isAbstractHead(words.at(-1)!.key)
        ? 'common-noun'
        : undefined
  // "Transport Secretary Ray Grantion", "spokesman San Lwin": unless a title stands before it.
  return reason && !isLowerCaseRole(before, lexicon) ? reason : undefined
}

/**
 * Whether the nationality word ending a run after a given name is a surname
 * ("Paul Dane", "Mary French"): not an adjective ("Indian", "Eastern"), a
 * point of the compass, or after a word of place ("North American").
 */
function isNationalitySurname(words: Item[], lexicon: PeopleLexicon): boolean {
  const key = words.at(-1)!.key
  return (
    !demonymAdjective.test(key) &&
    !compassPoints.has(key) &&
    !(kindsOf(words[0]!, lexicon) & (Kind.place | Kind.nationality))
  )
}

/** A cue word that is also a surname, alone or as the end of a double-barrelled one ("Rodrigo-Park"). */
function isSurnameLike(key: string): boolean {
  if (surnameLikeCues.has(key)) return true
  const dash = key.indexOf('-')
  return dash > 0 && surnameLikeCues.has(key.slice(dash + 1))
}

function hyphenPartIsCue(key: string, lexicon: PeopleLexicon): boolean {
  if (!key.includes('-')) return false
  return key.split('-').some((part) => lexicon.organisationCues.has(part))
}

/**
 * A party's initial and a state, as US news gives a lawmaker's after the
 * name ("Sen. Ann Lutz, D-Maryland,", "R-Texas", "I-Vermont"): no name.
 */
function isPartyLabel(word: Item, lexicon: PeopleLexicon): boolean {
  const key = word.key
  if (key.length < 4 || key.charCodeAt(1) !== 45) return false
  const party = key.charCodeAt(0)
  // d, r or i.
  if (party !== 100 && party !== 114 && party !== 105) return false
  return (lexicon.kinds.get(key.slice(2)) & Kind.place) !== 0
}

/** A pronoun or verb run into the word after it: "You're", "We've", "They'll", "I'm", "Don't". */
function isContraction(word: Item): boolean {
  const key = word.key
  const length = key.length
  if (length < 3) return false
  if (isApostrophe(key.charCodeAt(length - 2))) {
    const last = key.charCodeAt(length - 1)
    // 'm, n't
    return last === 109 || (last === 116 && key.charCodeAt(length - 3) === 110)
  }
  if (!isApostrophe(key.charCodeAt(length - 3))) return false
  const tail = key.slice(length - 2)
  return tail === 're' || tail === 've' || tail === 'll'
}

/** Whether `item` is a role head in lower case ("spokesman", "coach"), as before a name. */
function isLowerCaseRole(item: Item | undefined, lexicon: PeopleLexicon): boolean {
  return (
    item !== undefined &&
    item.kind === 'word' &&
    item.shape === 'other' &&
    (kindsOf(item, lexicon) & Kind.roleHead) !== 0
  )
}

/** {@link gluedNamePrefixes}, as a set. */
const gluedNamePrefixSet: ReadonlySet<string> = wordSet(gluedNamePrefixes)

/**
 * Whether a capitalised word is words run together: a brand ("TechCrunch",
 * "MailOnline", "EgyptAir") or page furniture glued to a name in scraping
 * ("StraussPhotography", "LeeFollowShareReply"). That is, a capital and a
 * lower-case letter right after a part of four letters or more ("Tech",
 * "Huff"), where names have a capital inside only after a short prefix
 * ("McDonald", "MacArthur", "DiCaprio", "LeBron"), after one of
 * {@link gluedNamePrefixes} ("VanderMeer"), or before a given name
 * ("KellyAnne", "RoseAnn").
 */
function isGluedWords(word: Item, lexicon: PeopleLexicon): boolean {
  const bare = word.bare
  const length = bare.length
  // Four letters, a capital and a lower-case letter, at least.
  if (length < 6 || word.shape !== 'capitalised') return false
  for (let index = 4; index < length - 1; index++) {
    const code = bare.charCodeAt(index)
    if (!isAsciiCapital(code) || !isAsciiLower(bare.charCodeAt(index + 1))) continue
    // The part before the capital: its lower-case letters and the capital before them.
    let part = index
    while (part > 0 && isAsciiLower(bare.charCodeAt(part - 1))) part--
    if (part > 0 && isAsciiCapital(bare.charCodeAt(part - 1))) part--
    if (index - part < 4 || gluedNamePrefixSet.has(bare.slice(part, index).toLowerCase())) continue
    let end = index + 2
    while (end < length && isAsciiLower(bare.charCodeAt(end))) end++
    if (!(lexicon.kinds.get(bare.slice(index, end).toLowerCase()) & Kind.givenName)) return true
  }
  return false
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

/** Titles of monarchs and popes ({@link regnalTitles}). */
const regnalTitleSet: ReadonlySet<string> = wordSet(regnalTitles)

/** Whether the title words from `from` to `titleEnd` hold a monarch's ("Queen", "Pope"). */
function hasRegnalTitle(items: Item[], from: number, titleEnd: number): boolean {
  for (let index = from; index < titleEnd; index++) {
    if (regnalTitleSet.has(items[index]!.key)) return true
  }
  return false
}

/** Initials before a surname: "J.", "J.D.", "JD", "W" (not "BBC", "HMC"). */
function isInitials(item: Item): boolean {
  return item.shape === 'initials' && (item.bare.includes('.') || item.bare.length <= 2)
}

/**
 * Whether the word at `index` of a name is an initial: "J.", "JD", "W", but
 * not the article or pronoun "A" or "I" before a word that is no given name
 * ("A Very Long Engagement", "I Love Lucy", "Got A Woman").
 */
function isInitialOf(words: Item[], index: number, lexicon: PeopleLexicon): boolean {
  const word = words[index]!
  if (!isInitials(word)) return false
  if (word.bare !== 'A' && word.bare !== 'I') return true
  return (kindsOf(words[index + 1]!, lexicon) & Kind.givenName) !== 0
}

/** Whether a word before the last is an initial: "J. Smith", "George W. Bush". */
function hasInitialBeforeLast(words: Item[], lexicon: PeopleLexicon): boolean {
  for (let index = 0; index < words.length - 1; index++) {
    if (isInitialOf(words, index, lexicon)) return true
  }
  return false
}

/** Whether a word after the first is a hyphenated name part: "Kim Jong-un". */
function hasHyphenatedPart(words: Item[]): boolean {
  for (let index = 1; index < words.length; index++) {
    const bare = words[index]!.bare
    if (bare.includes('-') && hyphenatedName.test(bare)) return true
  }
  return false
}

/** The evidence that a candidate not turned away names a person: reasons, and roles from its neighbours. */
function collectEvidence(
  items: Item[],
  from: number,
  to: number,
  candidate: Candidate,
  lexicon: PeopleLexicon,
): void {
  const {words, reasons} = candidate
  const count = words.length
  if (count > 1) {
    // "My", "An" are given names too, but before a capital mostly open a title ("My Way").
    const first = kindsOf(words[0]!, lexicon)
    if (first & Kind.givenName && !(first & Kind.functionWord)) reasons.push('given-name')
    if (hasInitialBeforeLast(words, lexicon)) {
      reasons.push('initials')
    } else if (words[0]!.bare.includes('.') && /^\p{Lu}\.\p{Lu}/u.test(words[0]!.bare)) {
      reasons.push('initials')
    }
    if (hasHyphenatedPart(words)) {
      reasons.push('hyphenated')
    }
    reasons.push('several-words')
  } else if (words[0]!.bare.includes('.') && /^\p{Lu}\.\p{Lu}\p{Ll}/u.test(words[0]!.bare)) {
    reasons.push('initials')
  } else if (words[0]!.bare.includes('-') && compoundName.test(words[0]!.bare)) {
    reasons.push('hyphenated')
  }

  // A lower-case role right before: "new coach Glenn Hoddle", "a former captain".
  const role = lowerCaseRoleBefore(items, from, lexicon)
  if (role) {
    reasons.push('role-before')
    candidate.roles.push(role)
  }

  const last = items[to - 1]!
  let next = to
  // "Smith, 45, said": an age, which only people are given this way.
  if (
    !last.possessive &&
    items[next]?.key === ',' &&
    ageOrNumber.test(items[next + 1]?.key ?? '') &&
    items[next + 2]?.key === ',' &&
    // Not a number's thousands: "Marines, 6,000 soldiers".
    items[next + 1]!.spaced &&
    items[next + 3]?.spaced !== false
  ) {
    next += 3
    reasons.push('age')
  }
  // "Keane, of Salford,": a home town in commas, as court reports give it.
  if (
    !last.possessive &&
    next === to &&
    items[to]?.key === ',' &&
    // Only "of": "Immortals, from Brazil," is a team.
    items[to + 1]?.key === 'of' &&
    isHomeTown(items, to + 2)
  ) {
    reasons.push('home')
  }
  const after = items[next]
  if (
    !last.possessive &&
    after &&
    after.kind === 'word' &&
    kindsOf(after, lexicon) & Kind.personVerb
  ) {
    reasons.push('person-verb')
  }
  // "said Smith." / "according to Smith"
  const before = items[from - 1]
  if (before && before.kind === 'word' && (before.key === 'said' || before.key === 'says')) {
    if (!after || after.kind === 'punctuation') reasons.push('person-verb')
  }

  // "the Monti government": a surname before a word of office.
  if (!last.possessive && after?.kind === 'word' && officeNouns.has(after.key)) {
    reasons.push('possessive-noun')
  }

  if (last.possessive) {
    for (let look = to; look < Math.min(items.length, to + 3); look++) {
      const word = items[look]!
      if (word.kind !== 'word') break
      if (kindsOf(word, lexicon) & Kind.personNoun) {
        reasons.push('possessive-noun')
        break
      }
    }
  }

  if (!last.possessive && isRoleBeforeName(items, to, lexicon)) candidate.ofRole = true

  const apposed = appositionAfter(items, to, lexicon)
  if (apposed) {
    reasons.push('apposition')
    candidate.roles.push(apposed)
  }
  const fronted = appositionBefore(items, from, lexicon)
  if (fronted) {
    reasons.push('apposition')
    candidate.roles.unshift(fronted)
  } else if (isKinApposition(items, from, to, lexicon) || isNamedKin(items, from, to, lexicon)) {
    reasons.push('apposition')
  }
  // "Jason, who edits the site": a given name that "who" refers to.
  if (
    count === 1 &&
    after?.key === ',' &&
    items[to + 1]?.key === 'who' &&
    kindsOf(words[0]!, lexicon) & Kind.givenName
  ) {
    reasons.push('apposition')
  }
}

/**
 * "her son, Tom." or "his wife, Ann Lee,": a name apposed to a lower-case
 * noun of a person, closed by a mark, "and" or "who".
 */
function isKinApposition(items: Item[], from: number, to: number, lexicon: PeopleLexicon): boolean {
  if (items[from - 1]?.key !== ',') return false
  const noun = items[from - 2]
  if (noun?.kind !== 'word' || noun.shape !== 'other' || noun.possessive) return false
  if (!(kindsOf(noun, lexicon) & Kind.personNoun)) return false
  const close = items[to]
  return (
    close === undefined ||
    close.kind === 'punctuation' ||
    close.key === 'and' ||
    close.key === 'who'
  )
}

/** Determiners that say whose relative a kin word names: "his wife Michelle". */
const kinOwners: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our'])

/**
 * Whether the run is one given name right after a kin word that a
 * possessive owns: "his wife Michelle", "Ann Lee's son Tom". No comma is
 * needed, as it is in {@link isKinApposition}.
 */
function isNamedKin(items: Item[], from: number, to: number, lexicon: PeopleLexicon): boolean {
  if (to - from !== 1 || !(kindsOf(items[from]!, lexicon) & Kind.givenName)) return false
  const kin = items[from - 1]
  if (kin?.kind !== 'word' || kin.shape !== 'other' || !kinSet.has(kin.key)) return false
  const owner = items[from - 2]
  return owner?.kind === 'word' && (owner.possessive || kinOwners.has(owner.key))
}

/** Whether a lower-case role and then a capitalised word start at `index`: "founder Ann Lee". */
function isRoleBeforeName(items: Item[], index: number, lexicon: PeopleLexicon): boolean {
  const limit = Math.min(items.length - 1, index + 4)
  for (let look = index; look < limit; look++) {
    const word = items[look]!
    if (word.kind !== 'word' || word.shape !== 'other') return false
    const kinds = kindsOf(word, lexicon)
    if (kinds & Kind.roleHead) {
      const next = items[look + 1]!
      if (next.kind === 'word' && next.shape === 'capitalised') return true
    }
    if (!(kinds & (Kind.roleHead | Kind.roleModifier))) return false
  }
  return false
}

/**
 * Whether the run at `index` follows a name's age and "from" or "of": the
 * home town news gives a person ("Dai Rees, 72, from Llandrindod Wells,"),
 * not another person.
 */
function isHomeTownAfterAge(items: Item[], index: number): boolean {
  const link = items[index - 1]
  return (
    (link?.key === 'from' || link?.key === 'of') &&
    items[index - 2]?.key === ',' &&
    ageOrNumber.test(items[index - 3]?.key ?? '') &&
    items[index - 4]?.key === ','
  )
}

/** One to three capitalised words and a comma from `index`: "Salford,", "East Ham,". */
function isHomeTown(items: Item[], index: number): boolean {
  let look = index
  while (look < index + 3 && items[look]?.kind === 'word' && items[look]!.shape === 'capitalised') {
    look++
  }
  return look > index && items[look]?.key === ','
}

function lowerCaseRoleBefore(
  items: Item[],
  from: number,
  lexicon: PeopleLexicon,
): RoleNote | undefined {
  const head = items[from - 1]
  if (head?.kind !== 'word' || head.shape !== 'other') return undefined
  if (!(kindsOf(head, lexicon) & Kind.roleHead)) return undefined
  let first = from - 1
  while (first - 1 >= 0 && from - first < 4) {
    const word = items[first - 1]!
    if (word.kind !== 'word' || !(kindsOf(word, lexicon) & Kind.roleModifier)) break
    // "General secretary Ann Lee": the sentence's first word is capitalised whatever it is.
    if (
      word.shape !== 'other' &&
      !(word.shape === 'capitalised' && opensSentence(items, first - 1))
    )
      break
    first--
  }
  first = bodyBefore(items, first, lexicon)
  return roleNote(items, first, from, qualifierBefore(items, first, lexicon))
}

/**
 * Words that join the words of a body's name: "Bank of England", "Marks &
 * Spencer". Not "and", which mostly joins a list ("Lee and Chelsea defender Ann Cole").
 */
const bodyConnectives: ReadonlySet<string> = new Set(['of', 'for', '&'])

/**
 * Where the name of the body a lower-case role belongs to starts, right
 * before the role at `first` ("Bank of England governor", "Lib Dem leader",
 * "Acme chief executive"); `first` when there is none. Capitalised or
 * all-capital words on the same line, joined by "of", "for" or "&", up to
 * six words. A function word, a day or a month, a qualifier ("former"), a
 * possessive, or an adverb or a participle opening the sentence
 * ("Separately", "Retired") ends it; so does one other word opening the
 * sentence that the lexicon does not know as a body, a place or a
 * nationality ("Talented").
 */
function bodyBefore(items: Item[], first: number, lexicon: PeopleLexicon): number {
  let start = first
  let at = first - 1
  while (at >= 0 && first - at <= 6) {
    const word = items[at]!
    const after = items[at + 1]!
    if (!after.spaced || after.broken || word.possessive) break
    if (bodyConnectives.has(word.key)) {
      // A joining word between two words of the name only.
      if (at + 1 === first || at === 0) break
      at--
      continue
    }
    if (word.kind !== 'word') break
    if (!(word.shape === 'capitalised' || word.shape === 'initials' || isAllCapitals(word.bare))) {
      break
    }
    const kinds = kindsOf(word, lexicon)
    if (kinds & (Kind.functionWord | Kind.calendar | Kind.roleQualifier | Kind.honorific)) break
    if (opensSentence(items, at)) {
      // "Separately", "Retired", "Losing": an adverb or a participle opening the sentence.
      if (isSentenceAdverb(word.key) || participleEnding.test(word.key)) break
      // "Talented broadcaster Ann Lee": one capitalised word opening the sentence names a body
      // only if the lexicon knows it as one; with more words after it ("Met Office") it is part
      // of the name.
      if (start === first && !(kinds & bodyOpenerKinds) && !isAllCapitals(word.bare)) break
    }
    start = at
    at--
  }
  return start
}

const participleEnding = /(?:ing|ed)$/

/** Lexicon kinds of a word that opens a sentence and still names a body alone. */
const bodyOpenerKinds = Kind.organisationName | Kind.place | Kind.nationality

/** A word of two characters or more in capitals: "NATO", "UEFA", "BBC". */
function isAllCapitals(text: string): boolean {
  return text.length > 1 && isCapitals(text)
}

/**
 * ", the incoming Vice-President," or ", a former defence secretary" after a
 * name; with a complement (", the chief executive of Acme,"), and without a
 * determiner when the apposition is closed (", Panama coach,", ", director of
 * the Iodine Study,").
 */
function appositionAfter(items: Item[], to: number, lexicon: PeopleLexicon): RoleNote | undefined {
  if (items[to]?.key !== ',') return undefined
  // "Ann Cole, 45, a nurse": the age between the name and its apposition.
  if (items[to + 2]?.key === ',' && ageOrNumber.test(items[to + 1]!.key)) to += 2
  // "Ann Cole, who is president of the club,": a relative clause that only gives the role.
  else if (items[to + 1]?.key === 'who' && copulas.has(items[to + 2]?.key ?? '')) to += 2
  const determiner = items[to + 1]
  if (determiner?.kind !== 'word') return undefined
  const bare = !appositionDeterminers.has(determiner.key)
  let index = bare ? to + 1 : to + 2
  let qualifier: string | undefined
  if (items[index]?.kind === 'word' && kindsOf(items[index]!, lexicon) & Kind.roleQualifier) {
    qualifier = items[index]!.key
    index++
  }
  const first = index
  let lastHead = -1
  // Words that may stand before the head: a place only in a closed apposition (", Chile coach,").
  const modifiers = Kind.roleModifier | Kind.nationality | (bare ? Kind.place : 0)
  while (index < items.length && index - first < 5) {
    const word = items[index]!
    if (word.kind !== 'word') break
    const kinds = kindsOf(word, lexicon)
    if (kinds & Kind.roleHead) lastHead = index
    else if (
      !(kinds & modifiers) &&
      // ", the Nato secretary general,": a capitalised body before the role.
      !(!bare && word.shape !== 'other' && kinds & bodyKinds)
    ) {
      break
    }
    index++
  }
  if (lastHead === -1) return undefined
  let roleEnd = complementEnd(items, lastHead + 1, lexicon)
  // "director of the local chapter of the council,", "a member of the board for years,":
  // a complement in lower case that runs to the comma closing the apposition.
  if (isComplementPreposition(items[lastHead + 1]) && !isCloser(items[roleEnd])) {
    roleEnd = appositionComma(items, roleEnd) ?? roleEnd
  }
  // A head followed by a name is a title of someone else: ", President Ann Lee".
  const end = items[roleEnd]
  if (bare) {
    // "president of the club since 2010,": a time after the role.
    if (end && !isCloser(end) && !timeLinks.has(end.key)) return undefined
  } else if (end && end.kind === 'word' && !appositionFollowers.has(end.key)) {
    return undefined
  }
  return roleNote(items, first, roleEnd, qualifier)
}

/** Whether an item is a mark that closes an apposition. */
function isCloser(item: Item | undefined): boolean {
  return item !== undefined && item.kind === 'punctuation' && closers.has(item.key)
}

/** Verbs that end an apposition's reach: what follows them is the sentence, not the role. */
const appositionVerbs = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'said',
  'says',
  'told',
])

/**
 * The comma that closes an apposition within eight words of `from`, with
 * only words (and hyphens) before it and no verb of the sentence among them;
 * `undefined` when there is none.
 */
function appositionComma(items: Item[], from: number): number | undefined {
  for (let index = from; index < items.length && index - from <= 8; index++) {
    const item = items[index]!
    if (item.kind === 'punctuation') {
      if (item.key === ',' && index > from) return index
      if (item.key === '-' && !item.spaced) continue
      return undefined
    }
    if (item.broken || item.quoted || appositionVerbs.has(item.key)) return undefined
    // "president of the club since 2010", "a nurse for 30 years": a time is no part of the role.
    if (timeLinks.has(item.key) || appositionTimes.has(item.key) || isDigitWord(item)) {
      return undefined
    }
  }
  return undefined
}

/** Words of a time span after a role ("for 30 years", "all his career"). */
const appositionTimes = new Set(['years', 'months', 'weeks', 'days', 'decades', 'life', 'ago'])

/** Whether a word opens with a digit. */
function isDigitWord(item: Item): boolean {
  const code = item.bare.charCodeAt(0)
  return code >= 48 && code <= 57
}

// Words that may follow a role in apposition: ", the novelist whose books sold".
const bodyKinds = Kind.organisationName | Kind.organisationCue | Kind.place
const appositionFollowers = new Set(['who', 'whose', 'and', 'from'])
// Words after a bare role that open a time: ", president of the club since 2010,".
const timeLinks = new Set(['since', 'until'])
const copulas = new Set(['is', 'was'])
// Marks that close an apposition without a determiner: ", Panama coach, said".
const closers = new Set([',', '.', ';', ':', '!', '?', ')'])
// Prepositions that tie an office to its body: "minister of education", "spokesman for Acme".
const complementPrepositions = new Set(['of', 'for', 'at', 'to', 'on', 'in'])
// Words allowed inside a complement between capitalised words: "Council on Foreign Relations".
const complementConnectors = new Set(['of', 'for', 'on', 'and', 'the', '&'])

/** A lower-case preposition that ties an office to its body. */
function isComplementPreposition(item: Item | undefined): boolean {
  return item?.kind === 'word' && item.shape === 'other' && complementPrepositions.has(item.key)
}

/**
 * Where the complement of a role ends: after "of the Refugee Council" in
 * "chief executive of the Refugee Council", "to the prime minister" in
 * "adviser to the prime minister". Returns `from` when there is none.
 * Bounded: at most ten items are read.
 */
function complementEnd(items: Item[], from: number, lexicon: PeopleLexicon): number {
  if (!isComplementPreposition(items[from])) return from
  let index = from + 1
  const article = items[index]
  if (article?.kind === 'word' && (article.key === 'the' || article.key === 'a')) index++
  let end = -1
  const limit = Math.min(items.length, from + 11)
  while (index < limit) {
    const item = items[index]!
    if (item.kind !== 'word') {
      // "Council on American-Islamic Relations": a hyphen between two words.
      if (item.key === '-' && !item.spaced && end === index) {
        index++
        continue
      }
      break
    }
    const code = item.bare.charCodeAt(0)
    // "MI6", "G7": a capital and digits name a body too.
    const capital =
      item.shape === 'capitalised' || item.shape === 'initials' || (code >= 65 && code <= 90)
    const kinds = kindsOf(item, lexicon)
    if (kinds & Kind.honorific) break
    if (capital && !complementConnectors.has(item.key)) {
      end = index + 1
    } else if (
      item.shape === 'other' &&
      kinds & (Kind.roleHead | Kind.roleModifier | Kind.organisationCue)
    ) {
      end = index + 1
    } else if (!complementConnectors.has(item.key) || end === -1) {
      break
    }
    if (item.possessive && !capital) break
    index++
  }
  return end === -1 ? from : end
}

/**
 * The role head whose complement ends right before `end` ("president" of
 * "president of the club" before a comma), or -1.
 */
function complementHeadBefore(items: Item[], end: number, lexicon: PeopleLexicon): number {
  for (let index = end - 3; index >= 0 && end - index <= 12; index--) {
    const item = items[index]!
    if (item.kind !== 'word') return -1
    if (
      isComplementPreposition(items[index + 1]) &&
      !item.possessive &&
      kindsOf(item, lexicon) & Kind.roleHead &&
      complementEnd(items, index + 1, lexicon) === end
    ) {
      return index
    }
  }
  return -1
}

/**
 * A role ending in an organisation that opens the run: "Minister of
 * Education Ann Lee", "chief executive of the Refugee Council Omar Said".
 * `from` is the run's start and `nameStart` where the name begins in it.
 */
function roleOfBefore(
  items: Item[],
  from: number,
  nameStart: number,
  lexicon: PeopleLexicon,
): RoleNote | undefined {
  let index = from - 1
  if (isThe(items, index)) index--
  if (!isComplementPreposition(items[index])) return undefined
  const head = items[index - 1]
  if (head?.kind !== 'word' || head.possessive || !(kindsOf(head, lexicon) & Kind.roleHead)) {
    return undefined
  }
  let first = index - 1
  while (first - 1 >= 0 && index - first < 4) {
    const word = items[first - 1]!
    if (word.kind !== 'word' || !(kindsOf(word, lexicon) & Kind.roleModifier)) break
    first--
  }
  let end = from
  while (end < nameStart && !(kindsOf(items[end]!, lexicon) & Kind.honorific)) end++
  return roleNote(items, first, end, qualifierBefore(items, first, lexicon))
}

/** "the Prime Minister, Robert Hale," before a name. */
function appositionBefore(
  items: Item[],
  from: number,
  lexicon: PeopleLexicon,
): RoleNote | undefined {
  if (items[from - 1]?.key !== ',') return undefined
  let headAt = from - 2
  const head = items[headAt]
  if (head?.kind !== 'word' || head.possessive) return undefined
  if (!(kindsOf(head, lexicon) & Kind.roleHead)) {
    // "The president of the club, Ann Lee,": a head and its complement before the comma.
    headAt = complementHeadBefore(items, from - 1, lexicon)
    if (headAt === -1) return undefined
  }
  let first = headAt
  while (first - 1 >= 0 && headAt - first < 4) {
    const word = items[first - 1]!
    if (word.kind !== 'word') return undefined
    // "the company's chief executive, Ann Lee,": a possessive stands where a determiner would.
    if (appositionDeterminers.has(word.key) || word.possessive) {
      const qualifier =
        kindsOf(items[first]!, lexicon) & Kind.roleQualifier ? items[first]!.key : undefined
      const start = qualifier ? first + 1 : first
      if (start > headAt) return undefined
      return roleNote(items, start, from - 1, qualifier)
    }
    if (
      !(kindsOf(word, lexicon) & (Kind.roleModifier | Kind.roleQualifier | Kind.nationality)) &&
      // "the White House press secretary, Ann Lee,": a capitalised body before the role.
      word.shape !== 'capitalised' &&
      word.shape !== 'initials'
    ) {
      return undefined
    }
    first--
  }
  return undefined
}
