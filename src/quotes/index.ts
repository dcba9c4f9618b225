/**
 * `extractQuotes`: who said what. Pair the quotation marks of every block,
 * match an attribution frame around each quotation, tell direct from partial
 * quotes, drop scare quotes and titles, and resolve each speaker to a name.
 */

import {groupNouns} from '../data/group-speakers.js'
import {sourceNouns, titleWords} from '../data/speaker-titles.js'
import {
  frameFillers,
  speakerStops,
  speakingThings,
  timeUnits,
  titlingVerbs,
  workNouns,
} from '../data/speech-verbs.js'
import {type Locator, locatorOf} from '../parse/location.js'
import {toArticle} from '../parse/parse-article.js'
import {extractPeople} from '../people/index.js'
import {Kind, peopleLexicon} from '../people/lexicon.js'
import type {Article, Person, Quote, Speaker} from '../types.js'
import {checkBoolean, checkOptions, describe} from '../util/input.js'
import {
  cueAt,
  type Frame,
  isAbbreviation,
  isNounUse,
  isWordsUse,
  matchAfter,
  matchBefore,
  matchColon,
  namedRun,
  objectPrepositions,
  signatureDashes,
  subjectOf,
} from './frames.js'
import {bareClauseVerbs, clauseOpeners, matchIndirect, type ReportedSpeech} from './indirect.js'
import {speechVerbForms} from './lexicon.js'
import {
  honorificGender,
  type NameIndex,
  nameIndexFromPeople,
  personRun,
  stripPossessive,
} from './names.js'
import {buildUnits, type QuoteSite, type Unit} from './units.js'
import {isCapitalised, isLowerWord, type Word} from './words.js'

/** Options of {@link extractQuotes}. */
export interface QuotesOptions {
  /**
   * The article's people, from `extractPeople` on the same text or Article:
   * speakers are named with their canonical names, and pronoun speakers
   * follow the people's coreference. Default: `extractPeople(input)` is
   * called once on the same Article; pass the people you already have (as
   * `analyze` does) to save that work.
   */
  people?: readonly Person[]
  /**
   * Also report indirect (reported) speech: "Okafor stressed that ...",
   * "..., officials said", "according to officials, ...". Default `false`:
   * only words in quotation marks.
   */
  indirect?: boolean
}

const caller = 'extractQuotes'

/**
 * Find the quotations and reported speech of a news article and say who said
 * them.
 *
 * Quotation marks may be straight or curly, single or double, mixed in one
 * article, unclosed (the quote ends at the paragraph end) or reopened at the
 * start of each paragraph of a long quote; apostrophes ("can't", "the '90s")
 * are not marks. A quote is `direct` when it is a whole utterance and
 * `partial` when the quoted words sit inside the reporter's sentence;
 * quoted titles and scare quotes without a speech cue are left out. The
 * speaker is the person's full name when the article names the person
 * ("David Okafor" for "he" or "Okafor"), else the source as written ("a
 * Downing Street spokesman"), and `null` when the text does not say.
 *
 * @param input The article: a string or an {@link Article} from `parseArticle`.
 * @param options See {@link QuotesOptions}.
 * @returns The quotes, in text order; each `text` is exactly the input at its `position`.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an option has the wrong type.
 * @example
 * ```ts
 * import {extractQuotes} from 'nutgraf'
 *
 * const quotes = extractQuotes('Jane Smith spoke on Monday.\n"We will win," she said.')
 * quotes[0].text // 'We will win'
 * quotes[0].kind // 'direct'
 * quotes[0].speaker?.name // 'Jane Smith'
 * quotes[0].cue // 'said'
 * ```
 */
export function extractQuotes(input: string | Article, options?: QuotesOptions): Quote[] {
  const article = toArticle(input, caller)
  const settings = checkOptions<QuotesOptions>(caller, options)
  const indirect = checkBoolean(caller, 'options.indirect', settings.indirect) ?? false
  const people = checkPeople(settings.people)
  if (article.blocks.length === 0) return []

  const locator = locatorOf(article)
  const {units, sites} = buildUnits(article)
  // The people come from the caller, else from extractPeople on the same Article.
  const names = nameIndexFromPeople(people ?? extractPeople(article))
  const reader = new QuoteReader(article, units, sites, names, locator)
  return reader.read(indirect)
}

function checkPeople(value: unknown): readonly Person[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${caller}: expected \`options.people\` to be an array of Person, got ${describe(value)}`,
    )
  }
  return value as Person[]
}

/** What was decided about one quotation. */
interface Reading {
  site: QuoteSite
  kind: 'direct' | 'partial'
  frame?: Frame
  /** The site this one continues (a reopened paragraph of a long quote). */
  continues?: number
  speaker: Speaker | null
  cue: string | null
}

const titleSmallWords: ReadonlySet<string> = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'for',
  'to',
  'at',
  'with',
  'from',
  'by',
  'or',
  '&',
])

/** At most this many caption quotes are searched for elsewhere in the text (each search is linear). */
const maxPullChecks = 50

/** A transcript's speaker label: one to three words in capitals, then a colon ("LEE: ", "MR. ANN LEE: "). */
const transcriptLabel = /^((?:\p{Lu}[\p{Lu}'’.-]+\s){0,2}\p{Lu}[\p{Lu}'’-]+):\s+(?=\S)/u

/** Nothing but one parenthesised or bracketed note: "(CROSSTALK.)", "[Laughter]". */
const stageDirection = /^(?:\([^()]*\)|\[[^[\]]*\])[.!]?$/

/**
 * Up to six words, all capitalised but for small words, no clause punctuation:
 * a title or a name, or a label that a colon ends ("Related:", "Read More:").
 */
function isTitleLike(content: string): boolean {
  if (/[,;]|:./.test(content)) return false
  // Seven pieces are enough to tell "more than six words" (a long quote is not split whole).
  const words = content.replace(/[.!?:]$/, '').split(/\s+/, 7)
  if (words.length > 6) return false
  if (!/^\p{Lu}/u.test(words[0]!)) return false
  // 'The Donald. Big Daddy.': a sentence ends inside, after a word (not an abbreviation).
  if (/(?:\p{L}{5}[.]|[!?])\s+\p{Lu}/u.test(content)) return false
  // A one-word sentence with its own full stop ("Sanity.") is a word, not a title; "Yes." is speech.
  if (words.length === 1 && /[.!?]$/.test(content)) return false
  if (
    words.length === 1 &&
    /^(?:yes|no|okay|ok|thanks|never|always|absolutely|nonsense)$/i.test(words[0]!)
  ) {
    return false
  }
  for (const word of words) {
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !titleSmallWords.has(word.toLowerCase())) return false
  }
  // "I", "We ..." and "We're ..." open sentences, not titles.
  return !/^(?:I|We|You|He|She|They|It)(?:['’](?:m|re|s|ve|ll|d))?$/.test(words[0]!)
}

/**
 * A work's title: a title-like phrase (a capitalised single word with its full
 * stop too, "Sunrise.") right after a noun for a work, its comma, or "called"
 * ('her new film, "Sunrise."', 'a play called "Old Roads"', 'his book "Dry
 * Land"').
 */
function isWorkTitle(words: readonly Word[], position: number, content: string): boolean {
  let at = position - 1
  if (words[at]?.text === ',' || titlingVerbs.has(words[at]?.lower ?? '')) at--
  const noun = words[at]
  if (!noun || noun.punct || noun.quote !== undefined || !workNouns.has(noun.lower)) return false
  return isTitleLike(content) || /^\p{Lu}[\p{L}\p{N}'’-]*\.$/u.test(content)
}

/**
 * A name, not speech: a title-like phrase after a naming participle that
 * opens the sentence, used by no one said ('Dubbed the "Beast from the
 * East", the storm ...').
 */
function isGivenName(words: readonly Word[], frame: Frame | undefined, content: string): boolean {
  if (!frame?.cue || frame.unit !== undefined || !isTitleLike(content)) return false
  const verb = cueAt(words, frame.cue[0], true)
  // The participle opens the sentence: the name is what the subject is called, by no one said.
  return verb !== undefined && verb.kind === 'naming' && frame.cue[0] === 0
}

/** Nouns for one person who speaks for others, the head of a speaker phrase a later "he" or "she" may stand for. */
const singleSources: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

/** One-word subjects that name no person: a sentence they open leaves the focus alone. */
const impersonalSubjects: ReadonlySet<string> = new Set([
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'here',
])

/** Words left dangling when a report is cut before a direct quote ("..., and added:"). */
const reportJoiners: ReadonlySet<string> = new Set([
  'and',
  'but',
  'added',
  'adding',
  'said',
  'saying',
])

/** A person's age as a noun: "30-year-old" of "the 30-year-old said". */
const ageEpithet = /^\d{1,3}-year-old$/

const clauseStarts: ReadonlySet<string> = new Set([',', ':', '—', '–', '-', '(', '…', ';'])
const sentenceEnd = /[.?!…]["”’')\]]*$/u
// American style keeps the comma inside the marks: '"a disgrace," he said'.
const clauseEnd = /[,;]$/

/** Whether no other quote stands between a cue ending at `from` and the quote at `position`. */
function reportsHere(words: readonly Word[], from: number, position: number): boolean {
  for (let at = from; at < position; at++) if (words[at]!.quote !== undefined) return false
  return true
}

/** Words that open an adverbial after a quote ('tweeted, "Thank you!" on Friday'). */
const adverbialOpeners: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
])

/** Whether the words from `index` to the sentence end are a short adverbial ("on Friday night"). */
function isAdverbialTail(words: readonly Word[], index: number): boolean {
  const first = words[index]
  if (!first || !adverbialOpeners.has(first.lower)) return false
  for (let at = index + 1; at < words.length; at++) {
    const word = words[at]!
    if (word.quote !== undefined || at - index > 5) return false
    if (word.punct) return /^[.?!]$/.test(word.text) && at === words.length - 1
  }
  return true
}

/**
 * A quote that is nearly all of the clause its reporting verb reports: only a
 * few of the reporter's words lead into it ('said that "..."', 'said the plan
 * "may have failed ..."'), and the quoted words are at least nine tenths of
 * the clause. Then the words are the speaker's utterance, not a phrase inside
 * the reporter's sentence.
 */
function isWholeReport(
  text: string,
  words: readonly Word[],
  frame: Frame | undefined,
  position: number,
  span: {start: number; end: number; open: number},
): boolean {
  if (!frame?.cue || frame.unit !== undefined || frame.cue[1] > position) return false
  let from = frame.cue[1]
  // 'said, "...', 'Lee said, but "...': a comma may follow the verb.
  if (words[from]?.text === ',') from++
  // 'told reporters on Monday that "...': the listener and the time are outside what was said.
  for (let at = position - 1; at > from && position - at <= 3; at--) {
    if (words[at]!.lower === 'that' && at - from <= 6 && isListenerLead(words, from, at)) {
      from = at
      break
    }
  }
  if (position - from > 4) return false
  for (let at = from; at < position; at++) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined) return false
  }
  // 'called for "...', 'vowed to "...': the words are the object of the verb, not its clause.
  if (position - from === 1 && (words[from]!.lower === 'for' || words[from]!.lower === 'to'))
    return false
  // 'accused him of "...', 'praised the team for "...': the object of a preposition.
  if (position - from > 1 && objectPrepositions.has(words[position - 1]!.lower)) return false
  // 'used the term "...': the words named, not said as a sentence.
  if (isWordsUse(words, position - 1)) return false
  const lead = position === from ? 0 : span.open - words[from]!.start
  return span.end - span.start >= 9 * lead && /\s/.test(text.slice(span.start, span.end))
}

/**
 * Whether the words before the quote at `position` are only a dash and a name
 * ('"..." ― Ann Lee "...'): the signature of the quote before, in a
 * sentence of its own.
 */
function signsPreviousQuote(words: readonly Word[], position: number): boolean {
  return position >= 2 && signatureDashes.has(words[0]!.text) && isSignature(words, 1, position)
}

/**
 * Whether `words[from, to)` is a full name and nothing else ("Ann Lee",
 * "Douglas Alexander"), as signs a quote after a dash; it may end at "of"
 * and a place, should the frame before it take one in.
 */
function isSignature(words: readonly Word[], from: number, to: number): boolean {
  // The name ends at a full stop ("Ann Lee. Getty Images").
  for (let at = from + 1; at < to; at++) {
    if (words[at]!.text === '.') {
      to = at
      break
    }
  }
  // Two words or more, up to the end or to "of" and a place ("Ann Lee of Derry").
  const run = namedRun(words, from, to)
  return run !== undefined && run.start === words[from]!.start
}

/** Object pronouns by their subject form, for a speaker named by one ("To her, ..."). */
const objectPronouns: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
])

/**
 * '"Biden "has a lot of good roles to play," said Ann Lee': a quote with a
 * frame after it, led in by no more than a short subject at the sentence start,
 * the quoted words at least nine tenths of the clause.
 */
function isLedBySubject(
  text: string,
  words: readonly Word[],
  position: number,
  span: {start: number; end: number; open: number},
): boolean {
  if (position === 0 || position > 3) return false
  for (let at = 0; at < position; at++) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined) return false
  }
  const lead = span.open - words[0]!.start
  return span.end - span.start >= 9 * lead && /\s/.test(text.slice(span.start, span.end))
}

/**
 * Whether the comma at `comma` ends words inside a "that" clause of a
 * reporting verb ("said that once the vote is over,", "saying that in his
 * view,"): a reporting verb, "that", then words of the clause up to the
 * comma, with no quote or colon between. The search looks back 30 words.
 */
function isInThatClause(
  words: readonly Word[],
  comma: number,
  cue: [number, number] | undefined,
): boolean {
  for (let at = comma - 2; at >= 1 && comma - at <= 30; at--) {
    const word = words[at]!
    if (word.quote !== undefined || word.text === ':' || word.text === ';') return false
    if (word.lower !== 'that') continue
    const verb = words[at - 1]!
    if (verb.punct || verb.quote !== undefined || !speechVerbForms.has(verb.lower)) return false
    // 'said that Ann Lee told him, "...': a reporting verb inside the clause introduces the
    // quote itself, unless a determiner makes it a noun ("in her home state,").
    return !cue || cue[0] < at || isNounUse(words, cue[0])
  }
  return false
}

/**
 * Whether a reporting verb whose cue ends at `from` introduces the quote
 * after the comma at `comma`: at most eight words between, none of them a
 * comma ('said,', 'told the Daily Planet simply,'). A verb further back
 * belongs to a clause of its own ('when the mayor offered the town a
 * grant for its new bridge,').
 */
function introduces(words: readonly Word[], from: number, comma: number): boolean {
  if (comma - from > 8) return false
  for (let at = from; at < comma; at++) {
    if (words[at]!.text === ',' || words[at]!.quote !== undefined) return false
  }
  return true
}

/**
 * Whether the words before the quote at `position` are all the reporter's
 * (no quote among the forty before it), three words or more, and more than
 * a ninth of the quote's length: a lead-in such as "In past campaigns,"
 * that the quoted words finish.
 */
function isReporterLead(
  words: readonly Word[],
  position: number,
  span: {start: number; end: number; open: number},
): boolean {
  let count = 0
  // Forty words back are enough: a lead-in longer than that is the reporter's own sentence.
  for (let at = position - 1; at >= 0 && position - at <= 40; at--) {
    if (words[at]!.quote !== undefined) return false
    if (!words[at]!.punct) count++
  }
  // "Yet," "Still," "In short,": a connective leads into a sentence of the speaker's; so does
  // a topic set apart before the sentence ("As for the plan,").
  if (count < 3) return false
  const first = words[0]!.lower
  if (first === 'as' && (words[1]?.lower === 'for' || words[1]?.lower === 'to')) return false
  const lead = span.open - words[0]!.start
  return span.end - span.start < 9 * lead
}

/**
 * Whether `words[from, to)` between a reporting verb and its "that" are only a
 * listener, a place or a time ("told reporters on Monday"), not a clause of
 * their own ("said the vote was a sign that").
 */
function isListenerLead(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined || frameFillers.has(word.lower)) return false
    if (word.lower.endsWith('ing') && word.lower.length > 5) return false
  }
  return true
}

/** Words that open a subordinate clause of the reporter's ("said if ...", "said because ..."). */
const subordinators: ReadonlySet<string> = new Set([
  'if',
  'when',
  'whenever',
  'because',
  'although',
  'though',
  'unless',
  'whatever',
  'whoever',
  'wherever',
  'whether',
])

/** Verbs that report a clause without "that" but more often take an object ("wrote a letter"). */
const objectFirstVerbs: ReadonlySet<string> = new Set(['write', 'tweet'])

/** Prepositions, after which "that" is a determiner or a pronoun ("on that subject"). */
const prepositions: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'of',
  'about',
  'for',
  'with',
  'to',
  'from',
  'by',
  'like',
])

/** Nouns of time after "the" ("said the next day"): an adverbial, not the subject of a clause. */
const timeNouns: ReadonlySet<string> = new Set(['day', 'next', 'following', 'other', ...timeUnits])

/**
 * Whether the words between a reporting verb (its cue ends at `from`) and the
 * comma at `comma` open the reported clause itself: "said that whatever
 * happens,", "told Ann Lee that if it fails,", "said the plan, ...",
 * "argued because ...". A quote after that comma completes the reporter's
 * sentence ('said that if it fails, "our towns will pay."'), and is partial.
 * A listener, a place or a time ("said at a rally,", "told reporters on
 * Monday,") opens nothing, and the quote after it is the speaker's sentence.
 */
function opensReportedClause(words: readonly Word[], frame: Frame, comma: number): boolean {
  const {cue, speaker} = frame
  if (!cue) return false
  // '..., said the senator, "...': the words after the verb are its speaker.
  if (speaker && speaker[0] >= cue[1]) return false
  let from = cue[1]
  if (from >= comma) return false
  // 'said, that if ...': a comma may stand between the verb and "that".
  const afterComma = words[from]!.text === ','
  if (afterComma) from++
  for (let at = from; at < comma && at - from <= 6; at++) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined) break
    if (word.lower !== 'that') continue
    // 'added that, "...': nothing of the reporter's between "that" and the quote.
    if (at + 1 >= comma) return false
    // "on that subject": after a preposition "that" is a determiner.
    if (at > from && prepositions.has(words[at - 1]!.lower)) return false
    return at === from || isListenerLead(words, from, at)
  }
  if (afterComma || from >= comma) return false
  const first = words[from]!
  const next = words[from + 1]
  if (subordinators.has(first.lower)) {
    // 'said when asked about it, "...': a participle is the speaker's circumstance, not a clause.
    return next !== undefined && !next.punct && !/(?:ed|ing)$/.test(next.lower)
  }
  const verb = speechVerbForms.get(words[cue[1] - 1]!.lower)
  // "wrote his column,", "tweeted a photo,": what follows these verbs is often their object.
  if (!verb || !bareClauseVerbs.has(verb.lemma) || objectFirstVerbs.has(verb.lemma)) return false
  if (!clauseOpeners.has(first.lower)) return false
  // "said the next day,", "said this week,": a time, not a subject.
  if (next && timeNouns.has(next.lower)) return false
  return !(first.lower === 'this' || first.lower === 'that' || first.lower === 'last')
}

/** Singular source nouns that name a person, not a thing ("a spokesman", "the official"). */
const personSourceNouns: ReadonlySet<string> = new Set([
  'official',
  'source',
  'aide',
  'spokesman',
  'spokeswoman',
  'spokesperson',
])

/** Words that end the head noun of a phrase ("the Council of Ministers", "a group for parents"). */
const headEnders: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with'])

/**
 * "it" when a source phrase or a subject names a thing ("the company", "the
 * Business Council of Ontario", "a letter"), "they" when it names a group
 * ("the authors", "officials", "Lee and Ruiz"), undefined for a person or
 * anything else. A phrase opens with "the", "a" or "an", or is a bare plural
 * source noun ("researchers").
 */
function sourcePronoun(phrase: string): 'it' | 'they' | undefined {
  const tokens = phrase.split(/\s+/, 10)
  if (tokens.length > 9 || tokens.length === 0) return undefined
  const first = tokens[0]!.toLowerCase()
  let head = tokens.length - 1
  for (let index = 1; index < tokens.length; index++) {
    if (headEnders.has(tokens[index]!)) {
      head = index - 1
      break
    }
  }
  const token = tokens[head]!
  // A speaker phrase may end in its frame's comma ("the council,").
  let cut = token.length
  while (cut > 0 && ',.;:'.includes(token.charAt(cut - 1))) cut--
  const headWord = token.slice(0, cut)
  const lower = headWord.toLowerCase()
  const determined = first === 'the' || first === 'a' || first === 'an'
  if (!determined)
    return tokens.length === 1 && sourceNouns.has(lower) && lower.endsWith('s') ? 'they' : undefined
  if (head === 0) return undefined
  for (let index = 1; index < head; index++) if (tokens[index] === 'and') return 'they'
  const capital = /^\p{Lu}/u.test(headWord)
  const plural =
    (!capital || sourceNouns.has(lower)) &&
    lower.length > 3 &&
    lower.endsWith('s') &&
    !/(?:ss|us|is|['’]s)$/.test(lower)
  if (plural) return first === 'a' || first === 'an' ? undefined : 'they'
  if (personSourceNouns.has(lower) || titleWords.has(lower) || /(?:man|woman|person)$/.test(lower))
    return undefined
  return 'it'
}

/**
 * A sentence subject that names a thing or a group able to speak, for a
 * later "it" or "they": "The council" in "The council met on Monday",
 * "the Business Council of Ontario", "The committee members" ("they"). The
 * phrase runs from its determiner to its head noun (and a capitalised "of"
 * complement); `to` is the subject's end.
 */
function subjectSource(
  words: readonly Word[],
  from: number,
  to: number,
): {end: number; pronoun: 'it' | 'they'} | undefined {
  const first = words[from]!.lower
  if (first !== 'the' && first !== 'a' && first !== 'an') return undefined
  let found: {end: number; pronoun: 'it' | 'they'} | undefined
  for (let index = from + 1; index < to; index++) {
    const lower = words[index]!.lower
    if (speakingThings.has(lower)) found = {end: index + 1, pronoun: 'it'}
    else if (
      lower.endsWith('s') &&
      (speakingThings.has(lower.slice(0, -1)) ||
        (lower.endsWith('ies') && speakingThings.has(`${lower.slice(0, -3)}y`)) ||
        sourceNouns.has(lower) ||
        // "the committee members", "the company's lawyers": a plural after a body.
        found?.end === index)
    ) {
      found = first === 'the' ? {end: index + 1, pronoun: 'they'} : undefined
    }
  }
  if (!found) return undefined
  // "the Council of Europe": a capitalised complement stays with its head.
  let {end} = found
  if (words[end]?.lower === 'of' && end + 1 < to && isCapitalised(words[end + 1]!)) {
    end += 1
    while (end < to && (isCapitalised(words[end]!) || words[end]!.lower === 'of')) end++
  }
  return {end, pronoun: found.pronoun}
}

/** Whether the words from `from` to `to` are all capitalised or a full stop ("Rep. Ann Lee", "He"). */
function isNameSpan(words: readonly Word[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const word = words[index]!
    if (!isCapitalised(word) && word.text !== '.') return false
  }
  return to > from
}

/** How many recent people a pronoun may reach back to when the nearest ones do not fit. */
const recentLimit = 8

/** Reads the quotations of one article in text order, keeping who spoke last. */
class QuoteReader {
  private readonly text: string
  /** Paragraph number of each block; captions and credits do not count. */
  private readonly paragraph: number[]
  private focus: {name: string; unit: number} | undefined
  private lastSpeaker: {speaker: Speaker; unit: number} | undefined
  /** The last one-person source that spoke or led a sentence ("a spokesman for the firm"), for a later "he" or "she". */
  private humanSource: {name: string; unit: number; gender: 'he' | 'she' | undefined} | undefined
  /** The unit where a person last spoke or led a sentence. */
  private lastPersonUnit = -1
  /** The speaker of the last reported speech and its unit. */
  private lastReport: {speaker: Speaker; unit: number} | undefined
  /** The last few people who spoke or led a sentence, newest last (at most {@link recentLimit}). */
  private readonly recent: Array<{name: string; unit: number}> = []
  /** The last thing or group that spoke or led a sentence ("the company"): what "it" or "they" says. */
  private source: {name: string; unit: number; pronoun: 'it' | 'they'} | undefined
  private readonly genders = new Map<string, string>()
  /**
   * The last capitalised word opening a sentence that was no one to refer
   * to, for want of anything but its place (see updateFocus), and its unit.
   */
  private doubtful: {word: string; unit: number} | undefined
  /** Words already searched for ({@link QuoteReader.isWrittenInside}), and the answer. */
  private readonly inside = new Map<string, boolean>()
  /** Speakers that are people (not "a spokesman" or "the ministry"). */
  private readonly persons = new WeakSet<Speaker>()
  /**
   * The article quotes in double marks (American style): at least three
   * double-marked quotes, three times as many as single-marked ones.
   */
  private readonly doubleStyle: boolean

  constructor(
    private readonly article: Article,
    private readonly units: Unit[],
    private readonly sites: QuoteSite[],
    private readonly names: NameIndex,
    private readonly locator: Locator,
  ) {
    this.text = article.text
    let doubles = 0
    for (const site of sites) if (site.span.style === 'double') doubles++
    this.doubleStyle = doubles >= 3 && doubles >= 3 * (sites.length - doubles)
    this.paragraph = []
    let count = 0
    for (const block of article.blocks) {
      if (block.kind === 'body' || block.kind === 'standfirst' || block.kind === 'headline') count++
      this.paragraph.push(count)
    }
  }

  /**
   * Read every unit in text order: its quotations, then reported speech in a
   * sentence with no direct quote (always read, as it names the speaker that
   * a later "he said" refers to; reported only when `indirect`).
   */
  read(indirect: boolean): Quote[] {
    const readings: Array<Reading | undefined> = []
    const reported: Quote[] = []
    let lastKept: Reading | undefined
    // Without indirect quotes to report, the sentences after the last quote change nothing.
    const lastUnit = indirect ? this.units.length - 1 : (this.sites.at(-1)?.unit ?? -1)
    for (let unitIndex = 0; unitIndex <= lastUnit; unitIndex++) {
      const unit = this.units[unitIndex]!
      const direct: Array<[number, number]> = []
      for (const siteIndex of unit.quotes) {
        const reading = this.classify(siteIndex, readings)
        readings.push(reading)
        if (!reading) continue
        this.attribute(reading, unitIndex, readings, lastKept)
        lastKept = reading
        if (reading.kind === 'direct')
          direct.push([reading.site.span.open, reading.site.span.close])
      }
      const kind = this.article.blocks[unit.block]!.kind
      if (kind === 'body' || kind === 'standfirst') {
        const speaker = lastKept?.site.unit === unitIndex ? lastKept.speaker : null
        for (const quote of this.readIndirect(unitIndex, direct, speaker, indirect)) {
          reported.push(quote)
        }
      }
      this.updateFocus(unitIndex)
    }
    const quotes: Quote[] = []
    let pullChecks = 0
    for (const reading of readings) {
      if (!reading) continue
      const {span} = reading.site
      // A pull quote: words of the story set again on a line of their own, not said again.
      if (!reading.speaker && pullChecks < maxPullChecks && this.isCaption(reading.site)) {
        pullChecks++
        if (this.saidElsewhere(span)) continue
      }
      quotes.push({
        text: this.text.slice(span.start, span.end),
        kind: reading.kind,
        speaker: reading.speaker,
        cue: reading.cue,
        position: this.locator.position(span.start, span.end),
      })
    }
    if (reported.length === 0) return quotes
    return [...quotes, ...reported].sort(
      (a, b) =>
        a.position.start.offset! - b.position.start.offset! ||
        a.position.end.offset! - b.position.end.offset!,
    )
  }

  /**
   * Reported speech in one unit, as indirect quotes; it also makes its speaker
   * the last one. With `report` false only that is done, and no quote is made.
   */
  private readIndirect(
    unitIndex: number,
    direct: ReadonlyArray<[number, number]>,
    quoteSpeaker: Speaker | null,
    report: boolean,
  ): Quote[] {
    const quotes: Quote[] = []
    for (const found of matchIndirect(this.units[unitIndex]!.words)) {
      // "The goal, he said, is ...": the words before the frame are a piece of the report too.
      if (found.before) {
        const piece = this.reportedQuote(
          unitIndex,
          {frame: found.frame, content: found.before},
          direct,
          quoteSpeaker,
          report,
        )
        if (piece) quotes.push(piece)
      }
      const quote = this.reportedQuote(unitIndex, found, direct, quoteSpeaker, report)
      if (quote) quotes.push(quote)
    }
    return quotes
  }

  /** One reported clause as an indirect quote (when `report`); it also makes its speaker the last one. */
  private reportedQuote(
    unitIndex: number,
    found: ReportedSpeech,
    direct: ReadonlyArray<[number, number]>,
    quoteSpeaker: Speaker | null,
    report: boolean,
  ): Quote | undefined {
    const {words} = this.units[unitIndex]!
    const [from] = found.content
    let [, to] = found.content
    if (to <= from) return undefined
    const start = this.wordStart(words[from]!)
    // Reported speech never holds a direct quote: those words are the speaker's own. A report
    // that runs into one ("noted that he taught law, and added: "...") ends before it.
    for (let at = from; at < to; at++) {
      const word = words[at]!
      if (word.quote === undefined || !direct.some(([open]) => open === this.wordStart(word)))
        continue
      if (at === from) return undefined
      to = at
      while (to > from && (words[to - 1]!.punct || reportJoiners.has(words[to - 1]!.lower))) to--
      break
    }
    if (to <= from) return undefined
    const end = this.wordEnd(words[to - 1]!)
    if (end - start < 12) return undefined
    const {frame} = found
    // '"...," she said, adding that ...': a report with no subject of its own is the quote's
    // speaker's, unless its frame names no one ("Asked whether ...": the asker is unnamed).
    const speaker = frame.speaker
      ? this.speaker(unitIndex, frame.speaker, frame.possessive === true, frame.relative)
      : frame.reason === 'before-passive'
        ? null
        : quoteSpeaker
    if (speaker && this.isPerson(speaker)) {
      this.lastSpeaker = {speaker, unit: unitIndex}
      this.remember(speaker.name, unitIndex)
    }
    if (speaker) {
      this.noteSource(speaker, unitIndex)
      this.lastReport = {speaker, unit: unitIndex}
    }
    if (!report) return undefined
    const cue = frame.cue
      ? this.text.slice(words[frame.cue[0]]!.start, words[frame.cue[1] - 1]!.end)
      : null
    return {
      text: this.text.slice(start, end),
      kind: 'indirect',
      speaker,
      cue,
      position: this.locator.position(start, end),
    }
  }

  /** Where a word starts; a quote placeholder starts at its opening mark. */
  private wordStart(word: Word): number {
    return word.quote === undefined ? word.start : this.sites[word.quote]!.span.open
  }

  /** Where a word ends; a quote placeholder ends after its closing mark. */
  private wordEnd(word: Word): number {
    return word.quote === undefined ? word.end : this.sites[word.quote]!.span.close
  }

  /** Decide the frame and kind of a quotation, or drop it (undefined). */
  private classify(
    siteIndex: number,
    readings: ReadonlyArray<Reading | undefined>,
  ): Reading | undefined {
    const site = this.sites[siteIndex]!
    const unit = this.units[site.unit]!
    const {words} = unit
    const position = site.word
    const previousWord = words[position - 1]
    const nextWord = words[position + 1]
    const {span} = site
    const content = this.text.slice(span.start, span.end)
    // '"(CROSSTALK.)"', '"[Applause]"' standing alone: a transcript's stage direction, not anyone's words.
    if ((!previousWord || previousWord.punct) && stageDirection.test(content)) return undefined
    // Where quotations take double marks, single marks outside them set off a subhead ('A change
    // of heart.') or a quote inside a quote whose outer marks went astray, not a speaker's words.
    // A headline may still quote in single marks.
    // '"...?" Vitter demanded.' The parser may end the sentence at the closing mark.
    const after =
      this.afterFrame(words, position, span) ?? (nextWord ? undefined : this.nextUnitFrame(site))
    // A quote in single marks that opens its sentence, its speaker and cue after it, is a
    // speaker's words all the same ("'It's a sad day,' said Ann Lee"): mixed styles in one article.
    if (
      span.style === 'single' &&
      this.doubleStyle &&
      this.article.blocks[site.block]!.kind !== 'headline' &&
      !(
        position === 0 &&
        after?.speaker !== undefined &&
        after.cue !== undefined &&
        after.unit === undefined
      ) &&
      // "'...,' said Ann Lee. 'The next sentence.'": a whole sentence after such a quote.
      !(
        position === 0 &&
        readings[siteIndex - 1] !== undefined &&
        this.sites[siteIndex - 1]!.span.style === 'single' &&
        this.sites[siteIndex - 1]!.block === site.block
      )
    ) {
      return undefined
    }
    const before = matchBefore(words, position)
    let frame: Frame | undefined
    const adjacent = before?.cue !== undefined && before.cue[1] >= position - 2
    // '... comments were "unhelpful", according to Ann Lee': a noun use before yields to a frame after.
    if (before && adjacent && before.reason !== 'before-participle' && !(before.nounUse && after)) {
      frame = before
    } else if (after) frame = after
    else if (before) frame = before
    // A paragraph that reopens a quote left open at the end of the previous one, and names no
    // speaker of its own, continues that quote.
    const continued = this.continuedSite(siteIndex)
    if (continued !== undefined && readings[continued] && !frame?.speaker) {
      return {site, kind: 'direct', continues: continued, speaker: null, cue: null}
    }
    if (!frame && previousWord?.text === ':')
      frame = this.checked(site.unit, matchColon(words, position - 1))
    if (!frame && position === 0) frame = this.colonFrame(site)

    const closesClause =
      !nextWord ||
      nextWord.punct ||
      sentenceEnd.test(content) ||
      clauseEnd.test(content) ||
      /[,?!]/.test(this.text.charAt(span.end)) ||
      (frame?.reason.startsWith('after') === true && frame.reason !== 'after-clause-speaker-cue') ||
      isAdverbialTail(words, position + 1)
    // 'if the plan fails, "our towns will pay."': lower-case words after a comma of the
    // reporter's own clause go on with that clause; after 'he said,' they are the speaker's.
    const woven =
      previousWord?.text === ',' &&
      /^\p{Ll}/u.test(content) &&
      after === undefined &&
      !(before?.cue !== undefined && reportsHere(words, before.cue[1], position))
    // 'said that if the plan fails, "our towns will pay."': the comma closes a clause of the report.
    const embedded =
      previousWord?.text === ',' &&
      ((before?.cue !== undefined &&
        before.cue[1] < position - 1 &&
        opensReportedClause(words, before, position - 1)) ||
        // '... that the law requires it, Lee said on Monday, "...': a new frame after a comma.
        (!(before?.speaker && words[before.speaker[0] - 1]?.text === ',') &&
          isInThatClause(words, position - 1, before?.cue)))
    // 'In past years, "we could reach them," she said.': the reporter's own words lead into the
    // quote, which finishes their sentence, unless they are short beside it.
    const ledIn =
      previousWord?.text === ',' &&
      after !== undefined &&
      frame === after &&
      // 'Lee told reporters simply, "...': a reporting verb a few words before introduces the quote.
      !(before?.cue !== undefined && introduces(words, before.cue[1], position - 1)) &&
      isReporterLead(words, position, span)
    const opensClause =
      !previousWord ||
      (previousWord.punct &&
        clauseStarts.has(previousWord.text) &&
        !woven &&
        !embedded &&
        !ledIn) ||
      // 'on May 3. "I needed ...': a new sentence the parser left in this one.
      (previousWord.punct &&
        /^[.?!]$/.test(previousWord.text) &&
        !isAbbreviation(words, position - 1)) ||
      // '..., said Sen. Ann Lee, R-S.C. "I get that."': a capital after "S.C." opens a sentence.
      (previousWord.text === '.' &&
        /^\p{Lu}\S*\s/u.test(content) &&
        !titleWords.has(words[position - 2]?.lower ?? '')) ||
      previousWord.quote !== undefined ||
      // '"..." ― Ann Lee "...': the name that signs the quote before leads into this one.
      signsPreviousQuote(words, position) ||
      (frame?.cue !== undefined && frame.cue[1] === position && /^[\p{Lu}\p{N}]/u.test(content))
    const kind =
      (opensClause && closesClause) ||
      (closesClause && !embedded && isWholeReport(this.text, words, frame, position, span)) ||
      (after !== undefined && frame === after && isLedBySubject(this.text, words, position, span))
        ? 'direct'
        : 'partial'

    // A title or a name in quotation marks ("Sunday Morning Futures") is not speech, unless a
    // reporting verb right before it names it ("called him "Crooked Hillary"").
    const named =
      (adjacent && before?.cue !== undefined) || frame?.reason.startsWith('after') === true
    // '"We are open," the owner said. "Come in."': a whole sentence in marks right after a
    // quote of the same paragraph goes on with it, whatever its capitals.
    const goesOn =
      position === 0 &&
      !frame &&
      sentenceEnd.test(content) &&
      readings[siteIndex - 1]?.kind === 'direct' &&
      this.sites[siteIndex - 1]!.block === site.block &&
      this.sites[siteIndex - 1]!.unit >= site.unit - 1
    if (!named && !goesOn && isTitleLike(content)) return undefined
    if (isWorkTitle(words, position, content)) return undefined
    if (isGivenName(words, frame, content)) return undefined

    if (!frame) {
      // No cue: keep whole quoted sentences (follow-on quotes), drop titles and scare quotes.
      // "'We will appeal': club vows to fight on": a quote leads a headline or a sentence and a
      // colon sets it off.
      const whole =
        position === 0 &&
        (!nextWord || nextWord.text === ':' || (nextWord.punct && words.length === position + 2))
      // '"We must be able to defend ourselves," <a frame too odd to read> said.': a quoted
      // sentence that opens its own and hands over at a comma inside the marks is speech.
      const handsOver =
        position === 0 &&
        span.closed &&
        this.text.charCodeAt(span.end) === 44 &&
        content.length >= 12 &&
        nextWord !== undefined &&
        !nextWord.punct &&
        !isTitleLike(content)
      if (!(kind === 'direct' && (whole || handsOver || sentenceEnd.test(content))))
        return undefined
    }
    return {site, kind, frame, speaker: null, cue: null}
  }

  /**
   * The frame after a quote. A quote closed by a full stop ends its sentence: a frame after it
   * whose speaker is cut off by a comma ('..." Growing sharper as he spoke, Lee continued') is
   * the next sentence's, not this quote's.
   */
  private afterFrame(
    words: readonly Word[],
    position: number,
    span: {start: number; end: number},
  ): Frame | undefined {
    const frame = matchAfter(words, position)
    if (frame?.reason !== 'after-speaker-cue' || !frame.speaker || !frame.cue) return frame
    if (!/\.$/.test(this.text.slice(span.start, span.end))) return frame
    for (let at = frame.speaker[1]; at < frame.cue[0]; at++) {
      if (words[at]!.text === ',') return undefined
    }
    return frame
  }

  /** An after-frame that opens the next unit of the same block and makes up most of it. */
  private nextUnitFrame(site: QuoteSite): Frame | undefined {
    const next = this.units[site.unit + 1]
    if (!next || next.block !== site.block || next.words[0]?.quote !== undefined) return undefined
    const frame = matchAfter(next.words, -1)
    if (!frame?.speaker || frame.reason === 'after-clause-speaker-cue') return undefined
    if (frame.reason === 'after-dash-name') {
      // '"..." ― Ann Lee': a dash and a full name, and nothing else, sign a quote that is a
      // sentence of its own; after the reporter's sentence ('insisted it was "...".--Kim Lee')
      // they sign the report, and a dash before "Roman motto" or "BBC Sport" signs nothing.
      const words = this.units[site.unit]!.words
      if (site.word !== 0 && !signsPreviousQuote(words, site.word)) return undefined
      if (!isSignature(next.words, frame.speaker[0], frame.speaker[1])) return undefined
    } else if (frame.speaker[0] !== 0) {
      // Else the next sentence opens with the speaker.
      return undefined
    }
    const end = Math.max(frame.speaker[1], frame.cue?.[1] ?? 0)
    // '... "Thank you all." Her husband Tom added: "We are overwhelmed."': a frame that leads
    // into a quote of its own (after a colon or a comma) is that quote's.
    // (A dash and a name sign the quote before them, whatever follows: see above.)
    const after = next.words[end]
    if (
      frame.reason !== 'after-dash-name' &&
      (after?.quote !== undefined ||
        ((after?.text === ':' || after?.text === ',') && next.words[end + 1]?.quote !== undefined))
    ) {
      return undefined
    }
    // '"Is it over?" Lee asked the crowd, which ...': after a question or an exclamation the
    // sentence goes on with its frame, however long the rest; after a full stop a long rest is
    // a new sentence of the reporter's.
    const goesOn =
      /[?!]$/.test(this.text.slice(site.span.start, site.span.end)) &&
      frame.cue !== undefined &&
      frame.cue[0] === frame.speaker[1] &&
      isNameSpan(next.words, frame.speaker[0], frame.speaker[1])
    if (next.words.length - end > 8 && !goesOn) return undefined
    // "That's why, he added, ...": a speaker cut off by a comma opens a sentence of its own.
    for (let at = frame.speaker[1]; at < (frame.cue?.[0] ?? 0); at++) {
      if (next.words[at]!.text === ',') return undefined
    }
    return {...frame, unit: site.unit + 1}
  }

  /** The index of the quote that `siteIndex` continues, if its paragraph reopens one left open. */
  private continuedSite(siteIndex: number): number | undefined {
    const site = this.sites[siteIndex]!
    let back = siteIndex - 1
    // A stage direction in a paragraph of its own ('"(CROSSTALK.)') does not end the speech.
    while (back > 0 && this.isStageDirection(back)) back--
    const previous = this.sites[back]
    if (!previous || previous.block === site.block || previous.span.closed) return undefined
    const block = this.article.blocks[site.block]!
    if (site.span.open !== block.position.start.offset) return undefined
    const skipped = siteIndex - 1 - back
    if (this.paragraph[site.block]! - this.paragraph[previous.block]! > 1 + skipped)
      return undefined
    return back
  }

  /** Whether a site holds nothing but a stage direction, opening its paragraph and left open. */
  private isStageDirection(siteIndex: number): boolean {
    const site = this.sites[siteIndex]!
    if (site.span.closed || site.word !== 0) return false
    return stageDirection.test(this.text.slice(site.span.start, site.span.end))
  }

  /** `He said:` closing the previous paragraph, for a quote that opens this one. */
  private colonFrame(site: QuoteSite): Frame | undefined {
    const unit = this.units[site.unit]!
    if (unit.words[0]?.quote === undefined) return undefined
    const previousUnit = this.units[site.unit - 1]
    if (!previousUnit || previousUnit.block === unit.block) return undefined
    if (this.paragraph[unit.block]! - this.paragraph[previousUnit.block]! > 1) return undefined
    const last = previousUnit.words.at(-1)
    if (last?.text !== ':') return undefined
    const colon = previousUnit.words.length - 1
    const frame =
      matchBefore(previousUnit.words, colon) ??
      this.checked(site.unit - 1, matchColon(previousUnit.words, colon))
    if (!frame) return undefined
    return {...frame, reason: 'colon-previous-paragraph', unit: site.unit - 1}
  }

  /** A colon frame whose speaker is a sentence subject only when that subject is a known person or "he"/"she". */
  private checked(unitIndex: number, frame: Frame | undefined): Frame | undefined {
    if (frame?.reason !== 'colon-subject' || !frame.speaker) return frame
    const words = this.units[unitIndex]!.words
    const [from, to] = frame.speaker
    if (to - from === 1 && /^(?:he|she)$/.test(words[from]!.lower)) return frame
    const run = personRun(words, from, to)
    return run && this.names.known(this.text.slice(run.start, run.end), run.start)
      ? frame
      : undefined
  }

  /** Name the speaker and the cue of a kept quotation. */
  private attribute(
    reading: Reading,
    unitIndex: number,
    readings: ReadonlyArray<Reading | undefined>,
    lastKept: Reading | undefined,
  ): void {
    if (!reading.frame && reading.kind === 'direct' && this.labelSpeaker(reading)) {
      this.noteSpeaker(reading.speaker!, unitIndex)
      return
    }
    if (reading.continues !== undefined) {
      const earlier = readings[reading.continues]!
      reading.speaker = earlier.speaker
      reading.cue = earlier.cue
      return
    }
    const {frame} = reading
    if (frame) {
      const frameUnit = frame.unit ?? unitIndex
      const words = this.units[frameUnit]!.words
      reading.cue = frame.cue
        ? this.text.slice(words[frame.cue[0]]!.start, words[frame.cue[1] - 1]!.end)
        : null
      reading.speaker = frame.speaker
        ? this.speaker(frameUnit, frame.speaker, frame.possessive === true, frame.relative)
        : null
      // '"...," Trump said, adding later, "..."': a frame with no speaker of its own in the
      // same sentence as the previous quote keeps that quote's speaker.
      if (!frame.speaker && lastKept?.speaker && lastKept.site.unit === reading.site.unit) {
        reading.speaker = lastKept.speaker
      }
    } else if (
      this.lastReport &&
      this.lastReport.unit === reading.site.unit - 1 &&
      this.units[this.lastReport.unit]!.block === this.units[reading.site.unit]!.block &&
      reading.site.word === 0 &&
      (!lastKept || lastKept.site.unit < this.lastReport.unit)
    ) {
      // 'Lee said that the cap would rise. "That adds up to 185,000."': a quote with no cue right
      // after a report in the same paragraph is the reporter's source's own words.
      reading.speaker = this.lastReport.speaker
    } else if (lastKept?.speaker) {
      // A quoted sentence with no cue right after the speaker's quote keeps that speaker.
      const distance = this.paragraph[reading.site.block]! - this.paragraph[lastKept.site.block]!
      // One paragraph between is fine when it is about the same person ("Lee is upbeat ...").
      const sameFocus =
        distance === 2 &&
        this.focus !== undefined &&
        this.focus.name === lastKept.speaker.name &&
        this.focus.unit > lastKept.site.unit
      if (distance <= 1 || sameFocus) reading.speaker = lastKept.speaker
    }
    if (reading.speaker) this.noteSpeaker(reading.speaker, unitIndex)
  }

  /** Remember who spoke last in `unitIndex`, for the pronouns and follow-on quotes after it. */
  private noteSpeaker(speaker: Speaker, unitIndex: number): void {
    this.lastSpeaker = {speaker, unit: unitIndex}
    if (this.isPerson(speaker)) this.remember(speaker.name, unitIndex)
    else this.noteHumanSource(speaker.mention, unitIndex)
    this.noteSource(speaker, unitIndex)
  }

  /** Whether a site is in a caption block (where pull quotes stand). */
  private isCaption(site: QuoteSite): boolean {
    return this.article.blocks[site.block]!.kind === 'caption'
  }

  /** Whether the words of `span` (ten to 300 characters) occur again elsewhere in the text. */
  private saidElsewhere(span: {start: number; end: number}): boolean {
    const length = span.end - span.start
    if (length < 10 || length > 300) return false
    const content = this.text.slice(span.start, span.end)
    const first = this.text.indexOf(content)
    if (first !== span.start) return first !== -1
    return this.text.indexOf(content, span.end) !== -1
  }

  /**
   * A transcript's turn ('"LEE: Will you attend?"'): a label in capitals
   * naming a person of the article, then a colon, opens the quote. The label
   * is the speaker and is cut from the quote. True when it was one.
   */
  private labelSpeaker(reading: Reading): boolean {
    const {span} = reading.site
    const label = transcriptLabel.exec(
      this.text.slice(span.start, Math.min(span.end, span.start + 40)),
    )
    if (!label) return false
    const written = label[1]!
    const start = span.start
    const end = start + written.length
    // "MR. ANN LEE" -> "Ann Lee": the article's people are written in mixed case, without titles.
    const parts = written.toLowerCase().split(/\s+/)
    while (parts.length > 1 && titleWords.has(parts[0]!.replace(/\.$/, ''))) parts.shift()
    const bare = parts
      .map((part) =>
        part.replace(/(^|['’-])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase()),
      )
      .join(' ')
    if (!this.names.known(bare, start)) return false
    reading.speaker = {
      name: this.names.canonical(bare, start, end),
      mention: written,
      position: this.locator.position(start, end),
    }
    this.persons.add(reading.speaker)
    reading.cue = null
    span.start += label[0].length
    return true
  }

  /** Keep a speaker that is a thing or a group ("the company", "officials") for a later "it" or "they". */
  private noteSource(speaker: Speaker, unitIndex: number): void {
    if (this.isPerson(speaker)) return
    if (speaker.name === this.source?.name) {
      this.source.unit = unitIndex
      return
    }
    if (speaker.mention !== speaker.name) return
    const pronoun = sourcePronoun(speaker.name)
    if (pronoun) this.source = {name: speaker.name, unit: unitIndex, pronoun}
  }

  /**
   * The speaker named by the phrase `span` of a unit's words: a pronoun
   * resolved to a person, a person's canonical name, or the phrase as
   * written; `null` when a pronoun cannot be resolved. With `relative`, the
   * index of a relative pronoun ("who") that stands for the phrase, that
   * pronoun is the mention, as "he" is for the person it refers to.
   */
  speaker(
    unitIndex: number,
    span: [number, number],
    possessive: boolean,
    relative?: number,
  ): Speaker | null {
    const named = this.phraseSpeaker(unitIndex, span, possessive)
    if (!named || relative === undefined) return named
    const word = this.units[unitIndex]!.words[relative]!
    const resolved = {
      name: named.name,
      mention: this.text.slice(word.start, word.end),
      position: this.locator.position(word.start, word.end),
    }
    if (this.persons.has(named)) this.persons.add(resolved)
    return resolved
  }

  /** {@link QuoteReader.speaker} for the phrase itself. */
  private phraseSpeaker(
    unitIndex: number,
    span: [number, number],
    possessive: boolean,
  ): Speaker | null {
    const words = this.units[unitIndex]!.words
    const from = span[0]
    let to = span[1]
    // "Mrs Lee initially said", "Ann Lee boldly told": an adverb before the cue is no part of
    // the speaker (time adverbials are left out by the frames: see skipFillersBackward).
    // After a determiner or a preposition the word is a noun: "the elderly", "of the weekly".
    while (
      to - from > 1 &&
      !nounOpeners.has(words[to - 2]!.lower) &&
      isMannerAdverb(words[to - 1]!)
    ) {
      to--
    }
    const first = words[from]!
    if (to - from === 1 && !possessive) {
      // "To her, ...": an object pronoun stands for its subject form.
      const pronoun = objectPronouns.get(first.lower) ?? stripPossessive(first.lower)
      if (
        pronoun === 'he' ||
        pronoun === 'she' ||
        pronoun === 'they' ||
        pronoun === 'it' ||
        pronoun === 'i' ||
        pronoun === 'we' ||
        pronoun === 'you'
      ) {
        const end = first.start + stripPossessive(first.text).length
        const person =
          this.humanSourceFor(pronoun, unitIndex) ??
          this.names.pronounAt(first.start, end) ??
          this.resolvePronoun(pronoun, unitIndex)
        const name = person ?? this.resolveSource(pronoun, unitIndex)
        if (!name) return null
        if (pronoun === 'he' || pronoun === 'she') this.genders.set(name, pronoun)
        const resolved = {
          name,
          mention: this.text.slice(first.start, end),
          position: this.locator.position(first.start, end),
        }
        if (person) this.persons.add(resolved)
        return resolved
      }
    }
    // '"...," the 30-year-old said': an age that stands for the person in focus, as a pronoun does.
    if (
      !possessive &&
      (to - from === 2 || (to - from === 3 && isLowerWord(words[from + 2]))) &&
      first.lower === 'the' &&
      ageEpithet.test(words[from + 1]!.lower)
    ) {
      const name = this.resolvePronoun('someone', unitIndex)
      if (name) {
        const end = words[to - 1]!.end
        const resolved = {
          name,
          mention: this.text.slice(first.start, end),
          position: this.locator.position(first.start, end),
        }
        this.persons.add(resolved)
        return resolved
      }
    }
    // "Ann Lee, Acme UK Country Manager says": a role in apposition that the cue follows with
    // no closing comma; the person named before the comma speaks, when the article knows her.
    if (
      !possessive &&
      from >= 2 &&
      titleWords.has(words[to - 1]!.lower) &&
      words[from - 1]!.text === ','
    ) {
      const before = personRun(words, Math.max(0, from - 6), from - 1)
      if (before && before.end === words[from - 2]!.end) {
        const written = this.text.slice(before.start, before.end)
        if (this.names.known(written, before.start)) {
          const named = {
            name: this.names.canonical(written, before.start, before.end),
            mention: written,
            position: this.locator.position(before.start, before.end),
          }
          this.persons.add(named)
          return named
        }
      }
    }
    // "undecided voter Ann Lee of Derry": the name before the place.
    const named = namedRun(words, from, to)
    let run = named && named.end < words[to - 1]!.end ? named : personRun(words, from, to)
    // "Acme UK Country Manager": one capitalised word right before the title word is part of
    // the role, no name, unless the article knows a person by it; the phrase stands as written.
    if (
      run &&
      run.tokens === 1 &&
      to - from > 1 &&
      run.end === words[to - 2]!.end &&
      titleWords.has(words[to - 1]!.lower) &&
      !this.names.known(this.text.slice(run.start, run.end), run.start)
    ) {
      run = undefined
    }
    // "Political observers say", "Leeds supporters said": capitalised words right before a
    // plural noun of a group (in lower case) modify it; the group speaks, named by the phrase
    // as written. Not "Ann Lee and supporters".
    if (run && !possessive && modifiesGroup(words, run.end, to)) run = undefined
    let start = first.start
    let end = words[to - 1]!.end
    while (end > start && /[,;:]/.test(this.text.charAt(end - 1))) end--
    if (run) {
      const name = this.names.canonical(this.text.slice(run.start, run.end), run.start, run.end)
      if (possessive) {
        start = run.start
        end = run.end
      }
      const honorific = words[from]!.lower.replace(/\.$/, '')
      if (honorific === 'mr') this.genders.set(name, 'he')
      else if (honorific === 'mrs' || honorific === 'ms' || honorific === 'miss')
        this.genders.set(name, 'she')
      const named = {
        name,
        mention: this.text.slice(start, end),
        position: this.locator.position(start, end),
      }
      this.persons.add(named)
      return named
    }
    if (possessive) return null
    const mention = this.text.slice(start, end)
    // '"...," the Defence Secretary said': a title only one person of the article holds.
    const titled =
      this.names.titleAt(start) ??
      (to - from > 1 && words[from]!.lower === 'the'
        ? (this.names.titleAt(words[from + 1]!.start) ??
          // '"...," the archbishop said': the one person of the article with that role.
          (to - from === 2 ? this.names.roleHolder(words[from + 1]!.lower) : undefined))
        : undefined)
    if (titled) {
      const named = {name: titled, mention, position: this.locator.position(start, end)}
      this.persons.add(named)
      return named
    }
    // '"...," From said.': a one-word name that is also a common word, known from the people.
    if (to - from === 1 && isCapitalised(first) && this.names.known(mention, start)) {
      const named = {
        name: this.names.canonical(mention, start, end),
        mention,
        position: this.locator.position(start, end),
      }
      this.persons.add(named)
      return named
    }
    return {name: mention, mention, position: this.locator.position(start, end)}
  }

  /** Remember a phrase for one person that speaks for others ("A spokesman for the firm"), by its last word. */
  private noteHumanSource(phrase: string, unitIndex: number): void {
    const space = phrase.lastIndexOf(' ')
    const head = phrase.slice(space + 1)
    if (space === -1 || !singleSources.has(head)) return
    const gender = head.endsWith('woman') ? 'she' : head.endsWith('man') ? 'he' : undefined
    this.humanSource = {name: phrase, unit: unitIndex, gender}
  }

  /**
   * "he"/"she" right after a one-person source spoke or led a sentence, with
   * no person since: 'A spokesman for the firm said ... "...," he said.'; and
   * "they" right after a source of no gender spoke ("a spokesperson").
   */
  private humanSourceFor(pronoun: string, unitIndex: number): string | undefined {
    const human = this.humanSource
    if (!human) return undefined
    if (pronoun === 'they') {
      // 'A spokesperson said: "...". They added: "..."': a singular "they" for a source of no
      // gender that spoke last.
      if (
        human.gender !== undefined ||
        this.lastSpeaker?.speaker.name !== human.name ||
        // A group that opened a sentence since is the "they" ("The Conservatives say ...").
        (this.source !== undefined && this.source.unit > human.unit)
      ) {
        return undefined
      }
    } else if (pronoun !== 'he' && pronoun !== 'she') return undefined
    else if (human.gender !== undefined && human.gender !== pronoun) return undefined
    if (human.unit <= this.lastPersonUnit || (this.focus && human.unit <= this.focus.unit))
      return undefined
    const distance =
      this.paragraph[this.units[unitIndex]!.block]! - this.paragraph[this.units[human.unit]!.block]!
    return distance <= 1 ? human.name : undefined
  }

  /** "he"/"she": the subject of a recent sentence or the last speaker, whichever is nearer and fits. */
  private resolvePronoun(pronoun: string, unitIndex: number): string | undefined {
    // "someone": a phrase that stands for a person of either gender ("the 30-year-old").
    if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'someone') return undefined
    const fits = (name: string) => {
      // Only one of the article's people, as no gender narrows it down.
      if (pronoun === 'someone') return this.names.isPerson(name)
      const gender = this.genders.get(name) ?? this.names.gender(name)
      return gender === undefined || gender === pronoun
    }
    // An age or such stands for someone named just before; a pronoun reaches further back.
    const reach = pronoun === 'someone' ? 1 : 6
    const near = (unit: number) =>
      this.paragraph[this.units[unitIndex]!.block]! - this.paragraph[this.units[unit]!.block]! <=
      reach
    let focus =
      this.focus && fits(this.focus.name) && near(this.focus.unit) ? this.focus : undefined
    // A sentence-opening word later than the focus, that the article also writes inside a
    // sentence: a name after all ("named the man as Zandor. Zandor was jailed. ... he said").
    const doubtful = this.doubtful
    if (
      doubtful &&
      (!this.focus || doubtful.unit > this.focus.unit) &&
      near(doubtful.unit) &&
      fits(doubtful.word) &&
      this.isWrittenInside(doubtful.word)
    ) {
      focus = {name: doubtful.word, unit: doubtful.unit}
    }
    const last = this.lastSpeaker
    const lastName =
      last && this.isPerson(last.speaker) && fits(last.speaker.name) && near(last.unit)
        ? last
        : undefined
    if (focus && (!lastName || focus.unit >= lastName.unit)) return focus.name
    if (lastName) return lastName.speaker.name
    // Neither fits: the latest recent person known to be "he" or "she" ('Ann Lee ... Tom Reed
    // said ... "...," she said').
    for (let index = this.recent.length - 1; index >= 0; index--) {
      const {name, unit} = this.recent[index]!
      if (!near(unit)) break
      if (
        pronoun === 'someone'
          ? this.names.isPerson(name)
          : (this.genders.get(name) ?? this.names.gender(name)) === pronoun
      )
        return name
    }
    return undefined
  }

  /** Add a person who spoke or led a sentence to {@link QuoteReader.recent}. */
  private remember(name: string, unit: number): void {
    this.lastPersonUnit = Math.max(this.lastPersonUnit, unit)
    const {recent} = this
    const at = recent.findIndex((entry) => entry.name === name)
    if (at !== -1) recent.splice(at, 1)
    recent.push({name, unit})
    if (recent.length > recentLimit) recent.shift()
  }

  /** "it"/"they" with no person behind it: the last thing or group that spoke or led a sentence, two paragraphs back at most. */
  private resolveSource(pronoun: string, unitIndex: number): string | undefined {
    const source = this.source
    if (!source || source.pronoun !== pronoun) return undefined
    const distance =
      this.paragraph[this.units[unitIndex]!.block]! -
      this.paragraph[this.units[source.unit]!.block]!
    return distance <= 2 ? source.name : undefined
  }

  private isPerson(speaker: Speaker): boolean {
    return this.persons.has(speaker)
  }

  /**
   * Whether the article writes `word` inside a sentence too
   * ({@link writtenInsideSentence}), remembered by word; after
   * {@link insideSearches} searches every other word counts as not, so the
   * time stays linear in the text.
   */
  private isWrittenInside(word: string): boolean {
    let inside = this.inside.get(word)
    if (inside === undefined) {
      inside = this.inside.size < insideSearches && writtenInsideSentence(this.text, word)
      this.inside.set(word, inside)
    }
    return inside
  }

  /** Remember the subject of a reporter sentence that names a person. */
  private updateFocus(unitIndex: number): void {
    const words = this.units[unitIndex]!.words
    const subject = subjectOf(words)
    if (!subject) return
    const [from, to] = subject.span
    if (to - from === 1 && !subject.possessive) {
      // A pronoun subject keeps the focus on whoever it refers to.
      const pronoun = stripPossessive(words[from]!.lower)
      if (pronoun === 'he' || pronoun === 'she') {
        if (this.focus) this.focus = {name: this.focus.name, unit: unitIndex}
        return
      }
      // "It was late.", "They left.": no one is named, and the focus stays where it was.
      if (impersonalSubjects.has(pronoun)) return
    }
    // "Professors Ann Lee and Tom Reed wrote ...": people joined by "and" are a later "they".
    for (let at = from + 1; at < to - 1; at++) {
      if (words[at]!.lower !== 'and' || !isCapitalised(words[at + 1]!)) continue
      const name = this.text.slice(words[from]!.start, words[to - 1]!.end)
      this.source = {name, unit: unitIndex, pronoun: 'they'}
      break
    }
    let run = personRun(words, from, to)
    // "Ecstatic: Ann and Tom Reed said ...", "February 27 - Reed is jailed", "Tributes were
    // paid": one capitalised word opening the sentence that the article's people do not know
    // is no one to refer to, unless the article also writes it inside a sentence ("named him
    // as Reed") and it is no place, body, date or function word: that is asked only when a
    // "he" or "she" would refer to it (see resolvePronoun).
    if (
      run &&
      from === 0 &&
      run.tokens === 1 &&
      run.start === words[0]!.start &&
      !this.names.known(this.text.slice(run.start, run.end), run.start)
    ) {
      const kinds = peopleLexicon().kinds.get(stripPossessive(words[from]!.lower))
      this.doubtful =
        kinds & noPersonKinds
          ? undefined
          : {word: this.text.slice(run.start, run.end), unit: unitIndex}
      run = undefined
    }
    if (!run) {
      if (!subject.possessive) {
        this.noteHumanSource(this.text.slice(words[from]!.start, words[to - 1]!.end), unitIndex)
      }
      // "The council voted ...": a thing or a group that a later "it" or "they" may stand for.
      const found = subject.possessive ? undefined : subjectSource(words, from, to)
      if (found) {
        const name = this.text.slice(words[from]!.start, words[found.end - 1]!.end)
        this.source = {name, unit: unitIndex, pronoun: found.pronoun}
      }
      return
    }
    const name = this.names.canonical(this.text.slice(run.start, run.end), run.start, run.end)
    const gender = honorificGender(words[from]!.text)
    if (gender) this.genders.set(name, gender)
    this.focus = {name, unit: unitIndex}
    this.remember(name, unitIndex)
  }
}

/**
 * Whether the words of a speaker phrase after `runEnd` (the end offset of
 * its capitalised run) up to `to` are a plural noun of a group, or a
 * spokesman's noun, in lower case, alone or after one lower-case modifier
 * ("observers", "welfare campaigners", "club spokesperson"): the run then
 * modifies the group or the spokesman ("An All England club spokesperson").
 */
function modifiesGroup(words: readonly Word[], runEnd: number, to: number): boolean {
  const last = words[to - 1]!
  if (!(groupNouns.has(last.lower) || singleSources.has(last.lower)) || !isLowerWord(last)) {
    return false
  }
  let after = to - 1
  while (after > 0 && words[after - 1]!.end > runEnd) after--
  if (after === to - 1) return words[after - 1]!.end === runEnd
  const between = words[after]!
  return (
    after === to - 2 &&
    words[after - 1]!.end === runEnd &&
    isLowerWord(between) &&
    !speakerStops.has(between.lower)
  )
}

/** Nouns in "-ly" that may end a speaker phrase ("the Reed family", "the assembly"). */
const lyNouns: ReadonlySet<string> = new Set([
  'family',
  'assembly',
  'ally',
  'rally',
  'supply',
  'bully',
  'monopoly',
  'anomaly',
  'homily',
  'elderly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
])

/** Kinds of words that name a place, a body, a date or nothing, not a person. */
const noPersonKinds =
  Kind.place |
  Kind.organisationName |
  Kind.nationality |
  Kind.organisationCue |
  Kind.calendar |
  Kind.functionWord

/**
 * Whether `word` stands in `text` after a lower-case letter or a comma and
 * one space ("named the man as Reed"): a capitalised word inside a
 * sentence, as names are written.
 */
function writtenInsideSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word, 2); at !== -1; at = text.indexOf(word, at + 1)) {
    if (text.charCodeAt(at - 1) !== 32) continue
    const before = text.charCodeAt(at - 2)
    if (!((before >= 97 && before <= 122) || before === 44)) continue
    // The whole word, or its possessive: no letter right after it.
    const after = text.charCodeAt(at + word.length)
    if ((after >= 97 && after <= 122) || (after >= 65 && after <= 90)) continue
    return true
  }
  return false
}

/** Searches of the text for capitalised words ({@link writtenInsideSentence}) that a reader may make: a bound on its time. */
const insideSearches = 32

/** Words after which an "-ly" word is a noun or an adjective: "the elderly", "for the weekly". */
const nounOpeners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'of',
  'for',
  'from',
  'at',
  'in',
  'on',
  'with',
  'by',
])

/** An adverb in "-ly" in lower case ("initially", "boldly"), not a noun such as "family". */
function isMannerAdverb(word: Word): boolean {
  const {lower, text} = word
  return (
    !word.punct &&
    word.quote === undefined &&
    lower.length > 4 &&
    lower.endsWith('ly') &&
    text === lower &&
    !lyNouns.has(lower)
  )
}
