/**
 * Indirect (reported) speech in a reporter sentence with no direct quote:
 * "Okafor stressed that Ukraine must ...", "..., officials said.",
 * "According to officials, ...". Word-level matchers; the reader turns them
 * into quotes.
 */

import {groupNouns, pollParticiples, shareWords} from '../data/group-speakers.js'
import {frameFillers, timeUnits, timeWords} from '../data/speech-verbs.js'
import {
  cueAt,
  type Frame,
  isNumber,
  isSpeakerPhrase,
  matchAfter,
  nounDeterminers,
  opensIntroPhrase,
  phraseBackward,
  subjectOf,
} from './frames.js'
import {speechVerbFilter, speechVerbForms} from './lexicon.js'
import {personRun} from './names.js'
import {isAmpersandJoin, isCapitalised, type Word} from './words.js'

/** A reported clause: its frame and its words `[from, to)`. */
export interface ReportedSpeech {
  frame: Frame
  content: [number, number]
  /** The words before a parenthetical frame ("The goal, he said, is ..."): a piece of the same report. */
  before?: [number, number]
}

/** Verbs whose listener comes before "that": "told reporters that", "assured voters that". */
const listenerVerbs: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'reassure',
  'remind',
  'warn',
  'advise',
  'promise',
  'urge',
  'caution',
])

/** Words that open a clause of their own between a subject and a later verb. */
const relativeWords: ReadonlySet<string> = new Set([
  'that',
  'who',
  'which',
  'whom',
  'whose',
  'when',
  'where',
  'because',
  'if',
])

/** Verbs whose object is what was said: "announced a review", "urged voters to act". */
const objectVerbs: ReadonlySet<string> = new Set([
  'announce',
  'promise',
  'predict',
  'acknowledge',
  'deny',
  'urge',
  'vow',
  'pledge',
  'propose',
  'demand',
  'call',
  'accuse',
])

/** Verbs that report a clause without "that" ("Trump says voter fraud is ..."). */
export const bareClauseVerbs: ReadonlySet<string> = new Set([
  'say',
  'claim',
  'argue',
  'insist',
  'warn',
  'add',
  'admit',
  'suggest',
  'predict',
  'write',
  'tweet',
  'contend',
  'maintain',
  'allege',
  'assert',
  'concede',
])

/** Words that may open what follows a closing frame ("..., she said on Monday", "said in a statement"). */
const frameTailOpeners: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  ...timeWords,
  'via',
  'by',
  'from',
  'to',
  'of',
  'when',
  'while',
  'as',
  'according',
  'reporters',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'told',
])

/**
 * The fewest words a reported clause starting at `from` may have: four, or
 * three when it opens with a subject pronoun and a verb form ("it would
 * help", "she was fine").
 */
function minimumClause(words: readonly Word[], from: number): number {
  const head = words[from]
  const next = words[from + 1]
  if (head === undefined || next === undefined || next.punct || next.quote !== undefined) return 4
  return subjectPronouns.has(head.lower) && auxiliaries.has(next.lower) ? 3 : 4
}

/**
 * Whether a clause with a noun subject opens at `from` after a listener: a
 * determiner, then an auxiliary within three more words ("told reporters the
 * campaign was pleased"; not "told reporters the story").
 */
function opensNounClause(words: readonly Word[], from: number, end: number): boolean {
  if (!nounClauseDeterminers.has(words[from]!.lower)) return false
  for (let at = from + 2; at < end && at <= from + 4; at++) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined) return false
    if (auxiliaries.has(word.lower)) return true
  }
  return false
}

/** Determiners that open a noun subject after a listener ("told the BBC the plan would ..."). */
const nounClauseDeterminers: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
])

/** Auxiliaries and modals after a subject pronoun: a short clause is still a clause. */
const auxiliaries: ReadonlySet<string> = new Set([
  'would',
  'will',
  'could',
  'can',
  'should',
  'might',
  'may',
  'must',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
])

/** The last word index of the sentence's content, without a closing full stop. */
function contentEnd(words: readonly Word[]): number {
  let end = words.length
  while (end > 0 && words[end - 1]!.punct && words[end - 1]!.quote === undefined) end--
  return end
}

/**
 * Match reported speech in one reporter sentence.
 *
 * @param words The sentence's words (quote placeholders included).
 */
export function matchIndirect(words: readonly Word[]): ReportedSpeech[] {
  if (words.length < 4) return []
  const cues = cueWords(words)
  if (!(cues & Cues.any)) return []
  const found: ReportedSpeech[] = []
  const according = (cues & Cues.according) !== 0
  // The matchers that find their verb with `cueAt` need a word it takes for one.
  const verb = (cues & Cues.verb) !== 0
  const main =
    (according ? matchAccordingLast(words) : undefined) ??
    // "CONTENT, according to X." is framed at the end too.
    (verb || according ? matchFramedAtEnd(words) : undefined) ??
    (according ? matchAccordingFirst(words) : undefined) ??
    (verb
      ? (matchAsFramed(words) ?? matchFramedAtStart(words) ?? matchParenthetical(words))
      : undefined) ??
    (cues & Cues.asked ? matchAskedFirst(words) : undefined) ??
    (verb ? matchCoordinated(words) : undefined)
  if (main) found.push(main)
  // "Asked whether ..., Lee said, ...": the question put to the speaker, besides the answer.
  if (main && cues & Cues.asked && opensWithAsked(words)) {
    const question = matchAskedFirst(words) ?? matchAskedQuestion(words)
    if (question && question.content[1] <= main.content[0]) {
      found.push(question)
    }
  }
  if (!main) {
    const relative =
      (verb ? (matchRelative(words) ?? matchEmbedded(words)) : undefined) ??
      (cues & Cues.say ? matchGroupSubject(words) : undefined) ??
      (cues & Cues.asked ? matchAskedQuestion(words) : undefined)
    if (relative) found.push(relative)
  }
  // "..., saying that ...", "..., adding ...": a second report by the sentence's subject.
  const participle = verb && cues & Cues.participle ? matchParticipleReport(words) : undefined
  if (participle && (!main || participle.content[0] >= main.content[1])) found.push(participle)
  // "Lee said the figures were poor but argued that ...": the speaker's next report.
  const next = main && !participle ? nextReport(words, main) : undefined
  if (next) found.push(next)
  return found
}

/**
 * The report that follows `report` when its clause ends at the speaker's
 * next reporting verb ("... but argued that CONTENT", "..., and added
 * CONTENT"; see {@link clauseEnd}): the same speaker, that verb, and its clause.
 */
function nextReport(words: readonly Word[], report: ReportedSpeech): ReportedSpeech | undefined {
  const end = contentEnd(words)
  const next = nextReportAt(words, report.content[1], end)
  if (next === undefined) return undefined
  // ", but Tom Reed said ...": another speaker; ", and added ...": the same one.
  const frame: Frame = next.speaker
    ? {reason: 'before-speaker-cue', cue: [next.cue, next.cue + 1], speaker: next.speaker}
    : {
        reason: 'before-speaker-cue',
        cue: [next.cue, next.cue + 1],
        speaker: report.frame.speaker,
        possessive: report.frame.possessive,
      }
  return {frame, content: [next.from, clauseEnd(words, next.from, end)]}
}

/** Bits of {@link cueWords}: which cue words a sentence has. */
const Cues = {
  /** A form of a reporting verb, or "according": without one no matcher finds anything. */
  any: 1,
  /** "according", which the "according to" matchers need. */
  according: 2,
  /** "asked" or "asks", which the matchers of asked questions need. */
  asked: 4,
  /** A speech verb's "-ing" form that is no past form ("saying"), which a participle report needs. */
  participle: 8,
  /** A word that {@link cueAt} takes for a reporting verb, as near a quote: what most matchers need. */
  verb: 16,
  /** "said", "says" or "say" in any case, which a group's report needs ("officials said"). */
  say: 32,
} as const

/**
 * Which cue words a sentence has, as {@link Cues} bits (without `any`, no
 * matcher finds anything). One pass
 * settles a sentence without any instead of one a matcher, and spares the
 * matchers whose own cue word is missing.
 */
function cueWords(words: readonly Word[]): number {
  let cues = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.punct || word.quote !== undefined) continue
    const lower = word.lower
    if (lower === 'according') cues |= Cues.any | Cues.according
    if (lower === 'asked' || lower === 'asks') cues |= Cues.asked
    if (!speechVerbFilter.mayHave(lower)) continue
    const verb = speechVerbForms.get(lower)
    if (verb === undefined) continue
    cues |= Cues.any
    if (lower === 'said' || lower === 'says' || lower === 'say') cues |= Cues.say
    if (!(cues & Cues.verb) && cueAt(words, index, true)) cues |= Cues.verb
    if (verb.kind === 'speech' && verb.forms.has('gerund') && !verb.forms.has('past')) {
      cues |= Cues.participle
    }
  }
  return cues
}

/** "... an architect who said CONTENT." / "... Lee, who has said that CONTENT,": the antecedent speaks. */
function matchRelative(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let index = 1; index < end - 5; index++) {
    if (words[index]!.lower !== 'who') continue
    let at = index + 1
    while (
      at < end &&
      at - index <= 3 &&
      (words[at]!.lower === 'has' || words[at]!.lower === 'had' || words[at]!.lower === 'also')
    )
      at++
    const verb = reportCueAt(words, at, false)
    if (!verb || verb.kind !== 'speech' || verb.weak) continue
    let from = at + 1
    // "who notes that ...": a verb that needs "that" counts when "that" follows.
    if (words[from]?.lower === 'that') from++
    else if (!bareClauseVerbs.has(verb.lemma)) continue
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || notClauseOpeners.has(head.lower))
      continue
    // The clause ends at the comma that closes the relative clause, or at the sentence end.
    let to = from
    while (to < end && words[to]!.text !== ',') to++
    if (to - from < 4) continue
    const before = words[index - 1]!.text === ',' ? index - 1 : index
    const speaker = phraseBackward(words, before)
    if (!isSpeakerPhrase(words, speaker[0], speaker[1])) continue
    return {frame: {reason: 'before-relative', cue: [at, at + 1], speaker}, content: [from, to]}
  }
  return undefined
}

/** Words that open a clause of its own inside a sentence: "..., and Lee said ...", "While Lee said ...". */
const clauseBoundaries: ReadonlySet<string> = new Set([
  ',',
  ';',
  '—',
  '–',
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'as',
  'after',
  'when',
  'so',
  'where',
  'than',
  'if',
  'whether',
  'until',
  'once',
])

/**
 * A report in a later clause of the sentence, with its own subject: "X happened in 1996, and
 * Lee said CONTENT.", "First, party officials said CONTENT.", "While Lee said that CONTENT, ...".
 */
function matchEmbedded(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let index = 1; index < end - 4; index++) {
    const verb = reportCueAt(words, index, false)
    if (!verb || verb.kind !== 'speech' || verb.weak || verb.forms.has('gerund')) continue
    if (!verb.forms.has('past') && !verb.forms.has('third') && !verb.forms.has('base')) continue
    let subjectEnd = index
    while (subjectEnd > 0 && frameFillers.has(words[subjectEnd - 1]!.lower)) subjectEnd--
    const speaker = phraseBackward(words, subjectEnd)
    if (speaker[0] === 0 || !isSpeakerPhrase(words, speaker[0], speaker[1])) continue
    // The speaker opens its clause: a boundary word right before it, nothing trimmed between.
    const boundary = words[speaker[0] - 1]!
    if (!clauseBoundaries.has(boundary.lower)) continue
    let from = index + 1
    if (listenerVerbs.has(verb.lemma)) from = thatAfterListener(words, from, end)
    if (words[from]?.lower === 'that') from++
    else {
      const head = words[from]
      if (!bareClauseVerbs.has(verb.lemma) || !head || head.punct || head.quote !== undefined)
        continue
      const opens =
        clauseOpeners.has(head.lower) ||
        /^\p{Lu}/u.test(head.text) ||
        (verb.lemma === 'say' && !notClauseOpeners.has(head.lower))
      if (!opens) continue
    }
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || notClauseOpeners.has(head.lower))
      continue
    // "While Lee said that CONTENT, he ...": a subordinate clause ends at its comma.
    let to = clauseEnd(words, from, end)
    if (boundary.lower !== ',' && boundary.lower !== 'and' && boundary.lower !== 'but') {
      for (let at = from; at < to; at++) {
        if (words[at]!.text === ',') {
          to = at
          break
        }
      }
    }
    if (to - from < 4) continue
    return {
      frame: {reason: 'before-speaker-cue', cue: [index, index + 1], speaker},
      content: [from, to],
    }
  }
  return undefined
}

/** {@link timeWords} as a set. */
const timeWordSet: ReadonlySet<string> = new Set(timeWords)

/** Words after the head of a group subject that open what qualifies it: "officials who ...", "half of ...". */
const groupPostmodifiers: ReadonlySet<string> = new Set([
  'who',
  'with',
  'of',
  'in',
  'from',
  'at',
  'among',
  'across',
  'close',
  'familiar',
  'for',
  'on',
])

/** Words a group subject never runs back over: verbs and adverbs of the clause before it. */
const groupStops: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'now',
  'then',
  'that',
  'which',
  'what',
  'where',
])

/**
 * Where the subject of a group or a share of people ends its head, or -1:
 * "Nearly half", "about half of local voters", "60 percent of voters",
 * "Former officials who worked with the mayor", "those surveyed".
 */
function groupHead(words: readonly Word[], from: number, to: number): number {
  let head = to
  for (let at = from + 1; at < to; at++) {
    if (groupPostmodifiers.has(words[at]!.lower)) {
      head = at
      break
    }
  }
  const last = words[head - 1]!
  if (groupNouns.has(last.lower) || shareWords.has(last.lower)) return head
  // "Eight of 10 voters", "two in three parents": a number of the group named at the end.
  if (head < to && isNumber(last) && groupNouns.has(words[to - 1]!.lower)) return to
  if (pollParticiples.has(last.lower) && head - 1 > from && words[head - 2]!.lower === 'those') {
    return head
  }
  return -1
}

/**
 * "Nearly half said CONTENT", "60 percent of voters say CONTENT", "Officials who spoke to
 * the paper said CONTENT": a group or share of people, which the subject finder does not
 * read as a speaker, then "said" or "say" and a reported clause.
 */
function matchGroupSubject(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let index = 1; index < end - 3 && index <= 24; index++) {
    const lower = words[index]!.lower
    if (lower !== 'said' && lower !== 'says' && lower !== 'say') continue
    let subjectEnd = index
    while (subjectEnd > 0 && frameFillers.has(words[subjectEnd - 1]!.lower)) subjectEnd--
    let start = subjectEnd
    while (start > 0 && subjectEnd - start < 14) {
      const word = words[start - 1]!
      if (word.quote !== undefined) break
      if (word.punct && word.text !== '%') break
      if (clauseBoundaries.has(word.lower) || groupStops.has(word.lower)) break
      start--
    }
    if (start >= subjectEnd || groupHead(words, start, subjectEnd) < 0) continue
    // "refused to say", "would say": no report of what was said.
    if (groupStops.has(words[index - 1]!.lower) || words[index - 1]!.lower === 'to') continue
    let from = index + 1
    // "many said on Friday that ...": a time word between the verb and "that".
    if (timeWordSet.has(words[from]?.lower ?? '') && words[from + 1]?.lower === 'that') from++
    if (words[from]?.lower === 'that') from++
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || notClauseOpeners.has(head.lower))
      continue
    // "a deal officials said would fail": the clause's subject stands before the verb.
    if (auxiliaries.has(head.lower) || timeWordSet.has(head.lower)) continue
    if (end - from < minimumClause(words, from)) continue
    return {
      frame: {reason: 'before-speaker-cue', cue: [index, index + 1], speaker: [start, subjectEnd]},
      content: [from, clauseEnd(words, from, end)],
    }
  }
  return undefined
}

/** "Clinton spoke in Ohio, saying that CONTENT." / "..., adding CONTENT." */
function matchParticipleReport(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let comma = 2; comma < end - 4; comma++) {
    const mark = words[comma]!
    // ", while saying that ...", "by saying that ...", "and saying that ...": a comma or a
    // linking word before the participle ties it to the sentence's subject.
    const linked = participleLinks.has(mark.lower) || mark.lower === 'and'
    if (mark.text !== ',' && !linked) continue
    const at = !linked && participleLinks.has(words[comma + 1]?.lower ?? '') ? comma + 2 : comma + 1
    const verb = reportCueAt(words, at, true)
    if (!verb || verb.kind !== 'speech' || !verb.forms.has('gerund') || verb.forms.has('past'))
      continue
    if (!bareClauseVerbs.has(verb.lemma) && !thatVerbs.has(verb.lemma)) continue
    let from = at + 1
    // ", telling him in a debate that ...": a listener and adverbials before "that".
    if (listenerVerbs.has(verb.lemma)) from = thatAfterListener(words, from, end)
    if (words[from]?.lower === 'that') from++
    else if (!bareClauseVerbs.has(verb.lemma)) continue
    // Without a comma, a bare clause must open with a subject ("by saying he would ...").
    else if (linked && !clauseOpeners.has(words[from]?.lower ?? '')) continue
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || notClauseOpeners.has(head.lower))
      continue
    if (end - from < 4) continue
    const subject = subjectOf(words)
    return {
      frame: {
        reason: 'before-participle',
        cue: [at, at + 1],
        ...(subject ? {speaker: subject.span, possessive: subject.possessive} : {}),
      },
      content: [from, clauseEnd(words, from, end)],
    }
  }
  return undefined
}

/** The "that" after a listener and adverbials ("him in a debate that"), else `from`. */
function thatAfterListener(words: readonly Word[], from: number, end: number): number {
  for (let look = from; look < end && look - from <= 8; look++) {
    const word = words[look]!
    if (word.quote !== undefined || word.punct) break
    if (word.lower === 'that') return look
  }
  return from
}

/** Subject pronouns that open the clause after "told the Daily Planet": the listener ends there. */
const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/** Words that tie a participle to the sentence's subject: ", while saying that ...". */
const participleLinks: ReadonlySet<string> = new Set(['while', 'after', 'before', 'by', 'when'])

/** Reporting verbs that take a "that" clause after a participle: "noting that", "arguing that". */
const thatVerbs: ReadonlySet<string> = new Set([
  'tell',
  'note',
  'stress',
  'emphasise',
  'emphasize',
  'explain',
  'acknowledge',
  'announce',
  'declare',
  'state',
  'argue',
  'claim',
  'insist',
  'warn',
  'add',
  'suggest',
  'remind',
])

/** Determiners that open a noun phrase, as a reported clause's subject may. */
const clauseDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their'])

/**
 * Whether a determiner phrase at `from` (the determiner is at `from - 1`) is
 * a time adverbial: a unit of time, after "next", "same", "following",
 * "previous", "other" or "few" or not, then "before", "after", "later" and
 * the like, or the end ("the night before the final", "a week later", "the
 * same day"; not "the night was long", "the next election").
 */
function isTimePhrase(words: readonly Word[], from: number, end: number): boolean {
  let at = from
  if (timeModifiers.has(words[at]?.lower ?? '')) at++
  if (!timeNouns.has(words[at]?.lower ?? '')) return false
  at++
  if (at < end && !timeFollowers.has(words[at]!.lower)) return false
  // "the week in hospital had been hard": a verb after it makes the phrase a subject.
  for (let look = at; look < end && look - at < 5; look++) {
    if (auxiliaries.has(words[look]!.lower)) return false
  }
  return true
}

const timeNouns: ReadonlySet<string> = new Set([
  ...timeUnits,
  'day',
  'days',
  'weeks',
  'months',
  'years',
])

const timeModifiers: ReadonlySet<string> = new Set([
  'next',
  'same',
  'following',
  'previous',
  'other',
  'few',
])

/** Words after a unit of time that make it an adverbial: "the day before", "a week later". */
const timeFollowers: ReadonlySet<string> = new Set([
  'before',
  'after',
  'later',
  'earlier',
  'ago',
  'in',
  'on',
  'at',
  'during',
  'when',
])

/** "CONTENT, officials said (on Monday)." / "CONTENT, said Smith." / "CONTENT, according to X." */
function matchFramedAtEnd(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let comma = end - 2; comma >= 3 && end - comma <= 16; comma--) {
    if (words[comma]!.text !== ',') continue
    const frame = matchAfter(words, comma - 1)
    if (!frame?.cue || comma < 4) continue
    if (frame.reason !== 'after-according-to' && !reportCueAt(words, frame.cue[0], false)) continue
    // The frame closes the sentence: only adverbials may follow the verb and its speaker.
    const last = Math.max(frame.cue[1], frame.speaker?.[1] ?? 0)
    // "In her speech on Monday, Ann Lee said the bridge would close": a fronted phrase, then
    // a subject and its verb that go on; the report follows the verb.
    if (
      frame.speaker !== undefined &&
      frame.speaker[1] <= frame.cue[0] &&
      end - last >= 3 &&
      opensIntroPhrase(words, 0)
    ) {
      continue
    }
    const opener = words[last]
    // "..., the Times said, including ...": a comma may close the frame early.
    const afterComma = words[last + 1]
    const closedEarly =
      opener?.text === ',' &&
      afterComma !== undefined &&
      // "..., said Ann Lee, a professor at ...": an apposition of the speaker.
      ((frame.speaker !== undefined &&
        frame.speaker[1] === last &&
        (afterComma.lower === 'a' ||
          afterComma.lower === 'an' ||
          afterComma.lower === 'the' ||
          afterComma.lower === 'who')) ||
        afterComma.lower === 'including' ||
        afterComma.lower === 'adding' ||
        afterComma.lower === 'according' ||
        afterComma.lower === 'citing' ||
        afterComma.lower === 'referring')
    if (!closedEarly) {
      if (end - last > 10) continue
      if (last < end && opener && !frameTailOpeners.has(opener.lower)) continue
      // "The champion, Ann Lee said the time was right": after a subject and its verb, a
      // determiner opens the reported clause, not an adverbial: unless the rest is short, names
      // a time ("..., Lee said the night before the final", "a week later") or follows a verb
      // with a listener ("..., Lee told the board").
      if (
        end - last >= 5 &&
        clauseDeterminers.has(opener!.lower) &&
        !isTimePhrase(words, last + 1, end) &&
        !listenerVerbs.has(reportCueAt(words, frame.cue[0], false)?.lemma ?? '')
      ) {
        continue
      }
      let clean = true
      for (let index = last; index < end; index++) {
        const word = words[index]!
        if (word.lower === 'that' || word.quote !== undefined || word.text === ',') clean = false
      }
      if (!clean) continue
    }
    return {frame, content: [0, comma]}
  }
  return undefined
}

/** "But to prevent problems, he said, CONTENT." */
function matchParenthetical(words: readonly Word[]): ReportedSpeech | undefined {
  // "Asked whether ..., Lee said, ...", "When asked about it, Lee said ...": the words before
  // the frame are a question put to the speaker, no piece of the answer.
  const asked = opensWithAsked(words)
  const end = contentEnd(words)
  for (let comma = 1; comma < words.length && comma <= 16; comma++) {
    if (words[comma]!.text !== ',') continue
    const frame = matchAfter(words, comma - 1)
    if (!frame?.cue || !frame.speaker || frame.reason !== 'after-speaker-cue') continue
    const close = frame.cue[1]
    // "This campaign, he says, is different": the two pieces together make the report.
    if (words[close]?.text !== ',' || end - close - 1 + comma < 4 || end - close < 2)
      return undefined
    if (!reportCueAt(words, frame.cue[0], false)) return undefined
    if (asked) return {frame, content: [close + 1, end]}
    return {frame, content: [close + 1, end], before: [0, comma]}
  }
  return undefined
}

/** "Trump told veterans that ... and says CONTENT.": a second reporting verb of the same subject. */
function matchCoordinated(words: readonly Word[]): ReportedSpeech | undefined {
  const subject = subjectOf(words)
  if (!subject) return undefined
  const end = contentEnd(words)
  for (let index = subject.span[1] + 2; index < end - 4; index++) {
    if (words[index]!.lower !== 'and' && words[index]!.lower !== 'but') continue
    // "and says ...", "and then pointed out that ...": another verb of the subject.
    const at = words[index + 1]?.lower === 'then' ? index + 2 : index + 1
    const verb = reportCueAt(words, at, true)
    if (!verb || verb.kind !== 'speech' || verb.forms.has('gerund')) continue
    let from = at + 1
    if (verb.particles?.has(words[from]?.lower ?? '')) from++
    // "but told the Daily Planet on Monday that ...": a listener before "that".
    if (listenerVerbs.has(verb.lemma)) from = thatAfterListener(words, from, end)
    if (words[from]?.lower === 'that') from++
    else if (verb.lemma !== 'say') continue
    const next = words[from]
    if (!next || next.punct || next.quote !== undefined || notClauseOpeners.has(next.lower))
      continue
    return {
      frame: {
        reason: 'before-subject',
        cue: [at, at + 1],
        speaker: subject.span,
        possessive: subject.possessive,
      },
      content: [from, clauseEnd(words, from, end)],
    }
  }
  return undefined
}

/**
 * The source after "according to": any noun phrase ("complete but unofficial returns", "an
 * analysis of election data"), as "according to" is a cue on its own; up to a comma.
 */
function sourceAfterAccording(words: readonly Word[], from: number, to: number): number {
  const head = words[from]
  if (!head || head.punct || head.quote !== undefined) return -1
  let end = from
  while (end < to && words[end]!.text !== ',' && words[end]!.quote === undefined) end++
  if (end < to && words[end]!.quote !== undefined) return -1
  return end - from <= 16 ? end : -1
}

/** "CONTENT, according to complete but unofficial returns." */
function matchAccordingLast(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let comma = 4; comma < end - 2 && end - comma <= 30; comma++) {
    if (words[comma]!.text !== ',') continue
    if (words[comma + 1]!.lower !== 'according' || words[comma + 2]!.lower !== 'to') continue
    const sourceEnd = sourceAfterAccording(words, comma + 3, end)
    if (sourceEnd === -1) return undefined
    // Only an apposition of the source may follow it: "according to Crowdpac, a website".
    for (let at = sourceEnd; at < end; at++) if (words[at]!.quote !== undefined) return undefined
    return {
      frame: {
        reason: 'after-according-to',
        cue: [comma + 1, comma + 3],
        speaker: [comma + 3, sourceEnd],
      },
      content: [0, comma],
    }
  }
  return undefined
}

/** "Asked whether CONTENT, Lee said ...": a question put to the subject by someone unnamed. */
function matchAskedFirst(words: readonly Word[]): ReportedSpeech | undefined {
  if (words[0]?.lower !== 'asked') return undefined
  for (let look = 1; look < words.length && look <= 6; look++) {
    const word = words[look]!
    if (word.punct || word.quote !== undefined) return undefined
    if (!opensQuestion(words, 0, look)) continue
    let comma = look + 1
    while (comma < words.length && comma - look <= 20 && words[comma]!.text !== ',') {
      if (words[comma]!.quote !== undefined) return undefined
      comma++
    }
    if (words[comma]?.text !== ',' || comma - look < 3) return undefined
    // The one who asked is not named (the subject is the one asked): no speaker.
    return {frame: {reason: 'before-passive', cue: [0, 1]}, content: [look, comma]}
  }
  return undefined
}

/**
 * A reported question anywhere in the sentence: "when asked whether CONTENT",
 * "Ann Lee asked the pupils whether CONTENT". After "when" (or "once", "after")
 * the one who asked is not named: no speaker, and the question ends at the
 * next comma; otherwise the phrase before "asked" is the speaker when it
 * reads as one.
 */
function matchAskedQuestion(words: readonly Word[]): ReportedSpeech | undefined {
  const end = contentEnd(words)
  for (let index = 1; index < end - 3; index++) {
    const verb = words[index]!
    if (verb.lower !== 'asked' && verb.lower !== 'asks') continue
    let look = index + 1
    while (look < end && look - index <= 6 && !opensQuestion(words, index, look)) {
      const word = words[look]!
      if (word.punct || word.quote !== undefined) break
      look++
    }
    if (look >= end || !opensQuestion(words, index, look)) continue
    const unnamed = askedOpeners.has(words[index - 1]!.lower)
    let to = clauseEnd(words, look, end)
    if (unnamed) {
      for (let at = look + 1; at < to; at++) {
        if (words[at]!.text === ',' || words[at]!.quote !== undefined) {
          to = at
          break
        }
      }
    }
    if (to - look < 3) continue
    const speaker = phraseBackward(words, index)
    // The speaker opens its clause ("At the school, Ann Lee asked"), else it is not read
    // ("A student who lived in Leeds asked": not "Leeds"): the question stands alone.
    const named =
      !unnamed &&
      isSpeakerPhrase(words, speaker[0], speaker[1]) &&
      (speaker[0] === 0 || clauseBoundaries.has(words[speaker[0] - 1]!.lower))
    if (!named) {
      return {frame: {reason: 'before-passive', cue: [index, index + 1]}, content: [look, to]}
    }
    return {
      frame: {reason: 'before-speaker-cue', cue: [index, index + 1], speaker},
      content: [look, to],
    }
  }
  return undefined
}

/** Words before "asked" that leave the asker unnamed: "when asked whether ...". */
const askedOpeners: ReadonlySet<string> = new Set(['when', 'once', 'after', 'if', 'as', 'being'])

/**
 * Whether the sentence opens with a question put to its subject: "Asked",
 * "When asked", "Once asked", "After asked" (not "If asked", a condition).
 */
function opensWithAsked(words: readonly Word[]): boolean {
  const first = words[0]?.lower
  return (
    first === 'asked' ||
    (first !== undefined && askedLeads.has(first) && words[1]?.lower === 'asked')
  )
}

/** Words before "asked" that open a question put to the sentence's subject. */
const askedLeads: ReadonlySet<string> = new Set(['when', 'once', 'after'])

/** "As Ann Lee noted, CONTENT.", "But as the Times reported, CONTENT." */
function matchAsFramed(words: readonly Word[]): ReportedSpeech | undefined {
  let at = conjunctionsBeforeAs.has(words[0]?.lower ?? '') ? 1 : 0
  if (words[at]?.lower !== 'as') return undefined
  at++
  const end = contentEnd(words)
  for (let verb = at + 1; verb < end && verb - at <= 7; verb++) {
    const word = words[verb]!
    if (word.punct || word.quote !== undefined) return undefined
    const cue = reportCueAt(words, verb, false)
    if (!cue || cue.kind !== 'speech' || cue.forms.has('gerund')) continue
    // "As Ann Lee noted, ...", "as she has pointed out, ...": the verb (and a particle) then a comma.
    let comma = verb + 1
    if (words[comma]?.lower === 'out' || words[comma]?.lower === 'it') comma++
    if (words[comma]?.text !== ',') return undefined
    const speaker: [number, number] = [at, verb]
    while (speaker[1] > speaker[0] && frameFillers.has(words[speaker[1] - 1]!.lower)) speaker[1]--
    if (!isSpeakerPhrase(words, speaker[0], speaker[1])) return undefined
    const from = comma + 1
    const to = clauseEnd(words, from, end)
    if (to - from < 4) return undefined
    return {
      frame: {reason: 'before-speaker-cue', cue: [verb, verb + 1], speaker},
      content: [from, to],
    }
  }
  return undefined
}

/** Conjunctions that may open a sentence before "as": "But as Lee noted, ...". */
const conjunctionsBeforeAs: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so'])

/** "According to officials, CONTENT." */
function matchAccordingFirst(words: readonly Word[]): ReportedSpeech | undefined {
  if (words[0]?.lower !== 'according' || words[1]?.lower !== 'to') return undefined
  for (let comma = 3; comma < words.length && comma <= 20; comma++) {
    if (words[comma]!.text !== ',') continue
    if (sourceAfterAccording(words, 2, comma + 1) !== comma) return undefined
    const end = contentEnd(words)
    if (end - comma < 4) return undefined
    return {
      frame: {reason: 'before-according-to', cue: [0, 2], speaker: [2, comma]},
      content: [comma + 1, end],
    }
  }
  return undefined
}

/** "Okafor stressed that CONTENT." / "Trump says CONTENT." / "She told reporters on Monday that CONTENT." */
function matchFramedAtStart(words: readonly Word[]): ReportedSpeech | undefined {
  const subject = subjectOf(words)
  if (!subject) return undefined
  let index = subject.span[1]
  let speaker: [number, number] = subject.span
  let possessive = subject.possessive
  // "Barkley, who said he votes Democratic, said ...", "Trump, speaking in Ohio, said ...",
  // "The state's chairman, Phil Lovas, said ...": skip a phrase between commas before the verb.
  let comma = index
  while (comma < words.length && comma - index < 3 && !words[comma]!.punct) comma++
  if (words[comma]?.text === ',') {
    // "Roxana Leon, 63, a voter raised in Chile, said ...": an apposition may hold commas; it
    // ends at the comma right before the verb.
    let close = comma + 1
    while (close < words.length && close - comma < 30) {
      const word = words[close]!
      if (word.quote !== undefined) return undefined
      if (word.text === ',' && reportCueAt(words, close + 1, false)) break
      if (
        word.punct &&
        word.text !== ',' &&
        word.text !== '.' &&
        word.text !== '(' &&
        word.text !== ')' &&
        // "Ann Lee, a partner at Smith & Jones, said ...".
        !isAmpersandJoin(words, close)
      )
        break
      close++
    }
    if (words[close]?.text === ',' && reportCueAt(words, close + 1, false)) {
      // "The minister, Ann Lee, said ...": a name in apposition to a subject that names no one.
      const named = personRun(words, comma + 1, close)
      let capitals = true
      for (let at = comma + 1; at < close && capitals; at++) {
        const word = words[at]!
        // "Dr. Jon Pryce": capitals and an abbreviation's full stop, not "speaking in Leeds".
        capitals = word.text === '.' || isCapitalised(word)
      }
      if (
        capitals &&
        named !== undefined &&
        named.end === words[close - 1]!.end &&
        (subject.possessive || personRun(words, subject.span[0], subject.span[1]) === undefined)
      ) {
        speaker = [subject.span[0], close]
        possessive = false
      }
      index = close + 1
    }
  }
  // "Sen. Ann Lee (D-Ohio) said": skip a parenthesis after the subject.
  if (words[index]?.text === '(') {
    let close = index + 1
    while (close < words.length && close - index < 8 && words[close]!.text !== ')') close++
    if (words[close]?.text === ')') index = close + 1
  }
  // A few words between the subject and the verb: "has also said", "'s campaign says",
  // "published Wednesday said".
  let verb = clauseCueAt(words, index)
  for (let step = 0; !verb && step < 4 && index < words.length; step++) {
    const word = words[index]!
    if (word.punct || word.quote !== undefined || relativeWords.has(word.lower)) return undefined
    // "Almost half said", "those surveyed say", "Campaign officials argued": the subject goes on.
    if (
      speaker[1] === index &&
      (shareWords.has(word.lower) || groupNouns.has(word.lower) || pollParticiples.has(word.lower))
    ) {
      speaker = [speaker[0], index + 1]
    }
    index++
    verb = clauseCueAt(words, index)
  }
  if (!verb) return undefined
  // "Eight of 10 voters say", "Two in three parents said": a number and the group it counts.
  if (
    speaker[1] - speaker[0] === 1 &&
    index > speaker[1] + 1 &&
    isNumber(words[speaker[0]]!) &&
    (words[speaker[1]]!.lower === 'of' || words[speaker[1]]!.lower === 'in') &&
    groupNouns.has(words[index - 1]!.lower)
  ) {
    speaker = [speaker[0], index]
  }
  // "Ann Lee's claim to fame is ...": right after a possessive the word is a noun, not a verb.
  if (possessive && index === subject.span[1] && !verb.forms.has('past')) return undefined
  // "Lee asked reporters whether ...", "wondered why ...": a reported question.
  if (questionVerbs.has(verb.lemma) && !verb.forms.has('gerund')) {
    for (let look = index + 1; look < words.length && look - index <= 5; look++) {
      const word = words[look]!
      if (word.punct || word.quote !== undefined) break
      if (!opensQuestion(words, index, look)) continue
      const end = contentEnd(words)
      if (end - look < 4) return undefined
      return {
        frame: {
          reason: 'before-speaker-cue',
          cue: [index, index + 1],
          speaker,
          possessive,
        },
        content: [look, clauseEnd(words, look, end)],
      }
    }
    return undefined
  }
  const particle = words[index + 1]?.lower
  const objectFrame =
    objectVerbs.has(verb.lemma) &&
    (verb.lemma !== 'call' || particle === 'for' || particle === 'on')
  if (!objectFrame && (verb.kind !== 'speech' || verb.weak)) return undefined
  if (verb.forms.has('gerund') && !verb.forms.has('past')) return undefined
  const cueEnd = index + 1
  const end = contentEnd(words)
  // "said Monday the road ...", "noted yesterday that ...": a time adverbial after the verb.
  const timeEnd = timeAdverbialEnd(words, cueEnd)
  // "that" within a few words: "said on Tuesday that", "told reporters that". Only past an
  // adverbial or a listener: "said a device was found and that ..." reports from "a device".
  const first = words[cueEnd]
  // "accused of a fraud at a charity that ...": after "of" a "that" opens a relative clause
  // ("said of her rival that ..." still reports).
  const lookFar =
    first !== undefined &&
    !(first.lower === 'of' && objectVerbs.has(verb.lemma)) &&
    (first.lower === 'that' ||
      first.text === ',' ||
      listenerVerbs.has(verb.lemma) ||
      notClauseOpeners.has(first.lower))
  // "noted Friday that ...": "that" right after the time adverbial.
  const thatAfterTime = timeEnd > cueEnd && words[timeEnd]?.lower === 'that'
  for (
    let look = thatAfterTime ? timeEnd : cueEnd;
    (lookFar || thatAfterTime) && look < end && look - cueEnd <= 12;
    look++
  ) {
    const word = words[look]!
    if (word.quote !== undefined || (word.punct && word.text !== ',')) break
    if (word.lower === 'that') {
      if (end - look - 1 < minimumClause(words, look + 1)) return undefined
      return {
        frame: {
          reason: 'before-speaker-cue',
          cue: [index, cueEnd],
          speaker,
          possessive,
        },
        content: [look + 1, clauseEnd(words, look + 1, end)],
      }
    }
  }
  // "Smith announced a review of ...", "Lee urged voters to ...": what is announced or urged.
  if (objectVerbs.has(verb.lemma)) {
    const from =
      words[cueEnd]?.lower === 'for' || words[cueEnd]?.lower === 'on' ? cueEnd + 1 : cueEnd
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || end - from < 4) return undefined
    if (notClauseOpeners.has(head.lower)) return undefined
    return {
      frame: {
        reason: 'before-speaker-cue',
        cue: [index, cueEnd],
        speaker,
        possessive,
      },
      content: [from, clauseEnd(words, from, end)],
    }
  }
  if (verb.lemma === 'tell') {
    // "Reed told the Daily Planet he has ...": a short listener, then a subject pronoun.
    // "told a radio station in Leeds on Friday she ...": the listener may run a few words.
    for (let look = cueEnd + 1; look < end && look - cueEnd <= 8; look++) {
      const word = words[look]!
      if (word.punct || word.quote !== undefined) break
      if (
        subjectPronouns.has(word.lower) ||
        contractedSubject.test(word.lower) ||
        opensNounClause(words, look, end)
      ) {
        if (end - look < minimumClause(words, look)) return undefined
        return {
          frame: {
            reason: 'before-speaker-cue',
            cue: [index, cueEnd],
            speaker,
            possessive,
          },
          content: [look, clauseEnd(words, look, end)],
        }
      }
    }
    return undefined
  }
  if (!bareClauseVerbs.has(verb.lemma) || (listenerVerbs.has(verb.lemma) && verb.lemma !== 'warn'))
    return undefined
  // A bare clause right after the verb opens with its subject, not an adverbial ("said on
  // Monday"); after a time adverbial when a pronoun or a determiner follows it ("said Monday
  // the road ..."), not when the time word is the subject or part of a name or a phrase
  // ("said Monday was a holiday", "said Sunday Times reporters ...", "said earlier reports").
  const from =
    timeEnd > cueEnd &&
    opensWithSubject(words[timeEnd]?.lower ?? '') &&
    opensBareClause(words, timeEnd, end, verb.lemma)
      ? timeEnd
      : cueEnd
  if (!opensBareClause(words, from, end, verb.lemma)) return undefined
  return {
    frame: {
      reason: 'before-speaker-cue',
      cue: [index, cueEnd],
      speaker,
      possessive,
    },
    content: [from, clauseEnd(words, from, end)],
  }
}

/** Whether a reported clause without "that" opens at `from` after a verb of `lemma`, and is long enough. */
function opensBareClause(
  words: readonly Word[],
  from: number,
  end: number,
  lemma: string,
): boolean {
  const next = words[from]
  if (!next || next.punct || next.quote !== undefined) return false
  const opensClause =
    opensWithSubject(next.lower) ||
    /^\p{Lu}/u.test(next.text) ||
    (lemma === 'say' && !notClauseOpeners.has(next.lower))
  return opensClause && end - from >= minimumClause(words, from)
}

/** "last week", "this morning", "next year": a determiner of time and its noun. */
const timeDeterminers: ReadonlySet<string> = new Set(['last', 'this', 'next'])

/**
 * Where a time adverbial without a preposition at `from` ends ("Monday",
 * "yesterday", "earlier", "last week", "Friday night"; {@link timeWords});
 * `from` when there is none.
 */
function timeAdverbialEnd(words: readonly Word[], from: number): number {
  const word = words[from]
  if (word === undefined || word.punct || word.quote !== undefined) return from
  let end = from
  // One word ("Monday", "yesterday", "earlier"), or a determiner and a unit ("last week").
  if (timeWordSet.has(word.lower) && !timeDeterminers.has(word.lower)) end = from + 1
  else if (timeDeterminers.has(word.lower) && timeUnits.has(words[from + 1]?.lower ?? '')) {
    end = from + 2
  } else return from
  // "Friday night", "yesterday afternoon"; "earlier this week".
  const after = words[end]
  if (after !== undefined && timeUnits.has(after.lower) && after.lower !== 'week') end++
  else if (
    after !== undefined &&
    timeDeterminers.has(after.lower) &&
    timeUnits.has(words[end + 1]?.lower ?? '')
  ) {
    end += 2
  }
  return end
}

/**
 * A reporting verb opening a reported clause; after a determiner the word is a noun or an
 * adjective ("the state", "their comments", "the announced plan").
 */
function reportCueAt(words: readonly Word[], index: number, near = false) {
  // The verb first: most words are none, and the determiner look-up is then saved.
  const verb = cueAt(words, index, near)
  if (!verb) return undefined
  const previous = words[index - 1]
  return previous && nounDeterminers.has(previous.lower) ? undefined : verb
}

/** Verbs that report a question: "asked whether ...". */
const questionVerbs: ReadonlySet<string> = new Set(['ask', 'wonder', 'question'])

/**
 * Whether the word at `look` opens the question that "asked" at `verb` reports.
 * "which", "whom" and "whose" also open relative clauses ("asked for
 * requests which ..."): they count right after the verb, or after a pronoun
 * that is asked ("asked her which ...").
 */
function opensQuestion(words: readonly Word[], verb: number, look: number): boolean {
  const lower = words[look]!.lower
  if (!questionWords.has(lower)) return false
  if (!relativeQuestionWords.has(lower)) return true
  return look === verb + 1 || (look === verb + 2 && askedPronouns.has(words[verb + 1]!.lower))
}

/** Question words that also open relative clauses. */
const relativeQuestionWords: ReadonlySet<string> = new Set(['which', 'whom', 'whose'])

/** Pronouns that are asked: "asked her which ...". */
const askedPronouns: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'us', 'them'])

/** Words that open a reported question. */
const questionWords: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'why',
  'how',
  'what',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'which',
])

/** A reporting verb at `index`, or a weak verb whose object is what was said ("accused"). */
function clauseCueAt(words: readonly Word[], index: number) {
  const verb = reportCueAt(words, index, false)
  if (verb) return verb
  const near = reportCueAt(words, index, true)
  return near && (objectVerbs.has(near.lemma) || questionVerbs.has(near.lemma)) ? near : undefined
}

/** Words after "said" that start an adverbial or an object, not a reported clause. */
const notClauseOpeners: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'of',
  'about',
  'to',
  'for',
  'with',
  'from',
  'by',
  'so',
  'yes',
  'no',
  'nothing',
  'little',
  'something',
  'goodbye',
  'hello',
  'thanks',
  'sorry',
  'as',
  'last',
  'this',
  'earlier',
  'later',
  'repeatedly',
  'again',
  'only',
  'recently',
  'previously',
])

/**
 * The end of a reported clause: before ", saying ..." or ", adding ..." that
 * opens another report, and before the next report (see {@link nextReportAt}).
 */
function clauseEnd(words: readonly Word[], from: number, end: number): number {
  for (let index = from + 3; index < end - 1; index++) {
    const word = words[index]!
    if (word.text === ',') {
      const verb = reportCueAt(words, index + 1, true)
      if (verb?.forms.has('gerund')) return index
      if (nextReportAt(words, index, end) !== undefined) return index
    } else if (
      (word.lower === 'and' || word.lower === 'but') &&
      nextReportAt(words, index, end) !== undefined
    ) {
      return index
    }
  }
  return end
}

/**
 * The next report when a reported clause ends at `at`, a comma before "and"
 * or "but", or "and" or "but" itself: a reporting verb and what it reports,
 * "that" and a clause, or a clause that opens with a subject ("and added he
 * would ..."; "told reporters that ..."). The verb is the same speaker's (in
 * the past or the third person: "..., and added", "but argued") or another
 * speaker's named before it ("..., but Tom Reed said", "..., and officials
 * say"). Without the comma the verb may be the clause's own ("said the mayor
 * visited the site and said ..."): only another verb than "say" of the same
 * speaker counts ("... and insisted that ..."). Its verb's index, where its
 * clause starts and its own speaker, if it has one; or undefined. Without a
 * clause after the verb nothing is reported, so nothing is cut ("..., and
 * added that no one was hurt", "..., and agreed to a merger").
 */
function nextReportAt(
  words: readonly Word[],
  at: number,
  end: number,
): {cue: number; from: number; speaker?: [number, number]} | undefined {
  const comma = words[at]?.text === ','
  const link = words[comma ? at + 1 : at]?.lower
  if (link !== 'and' && link !== 'but') return undefined
  let cue = comma ? at + 2 : at + 1
  let verb = reportCueAt(words, cue, true)
  let speaker: [number, number] | undefined
  if (verb !== undefined) {
    // The same speaker: a finite verb ("added", "argues"), and not "said" without the comma.
    if (!(verb.forms.has('past') || verb.forms.has('third'))) return undefined
    if (!comma && verb.lemma === 'say') return undefined
  } else if (comma) {
    // ", but Tom Reed said", ", and Monday officials said": a time, a speaker phrase, a verb
    // (not "Sunday Times reporters": a capital after the time word names a paper).
    let first = timeAdverbialEnd(words, cue)
    const after = words[first]
    if (first > cue && after !== undefined && isCapitalised(after)) first = cue
    for (let next = first + 1; verb === undefined && next < end && next - first <= 4; next++) {
      const word = words[next - 1]!
      if (word.punct || word.quote !== undefined || relativeWords.has(word.lower)) break
      verb = reportCueAt(words, next, false)
      if (verb === undefined) continue
      if (!isSpeakerPhrase(words, first, next)) return undefined
      speaker = [first, next]
      cue = next
    }
  }
  if (verb === undefined) return undefined
  let from = cue + 1
  if (listenerVerbs.has(verb.lemma)) from = thatAfterListener(words, from, end)
  if (words[from]?.lower === 'that') {
    from++
    const head = words[from]
    if (!head || head.punct || head.quote !== undefined || notClauseOpeners.has(head.lower))
      return undefined
    if (end - from < minimumClause(words, from)) return undefined
  } else if (!bareClauseVerbs.has(verb.lemma) || !opensBareClause(words, from, end, verb.lemma)) {
    return undefined
  }
  return speaker ? {cue, from, speaker} : {cue, from}
}

/** A subject pronoun fused with its verb: "she'll", "they’re", "it's", "I'm". */
const contractedSubject = /^(he|she|they|it|i|we|you|there|that)['’](ll|d|s|re|ve|m)$/

/** Whether a clause opens with this word: a {@link clauseOpeners} word, alone or contracted ("she’ll"). */
function opensWithSubject(lower: string): boolean {
  return clauseOpeners.has(lower) || contractedSubject.test(lower)
}

/** Words that open a clause after a bare reporting verb ("says he", "says the", "says it"). */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'you',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'this',
  'there',
  'that',
  'these',
  'those',
  'some',
  'no',
  'all',
  'any',
  'most',
  'many',
  'every',
])
