/**
 * Attribution frames: small matchers, each a pattern over a reporter
 * sentence's words around a quote placeholder and a unique reason id.
 */

import {timeSpanNouns} from '../data/counted-nouns.js'
import {groupNouns} from '../data/group-speakers.js'
import {irregularPastForms} from '../data/irregular-verbs.js'
import {smallNumbers, tens} from '../data/number-words.js'
import {
  documentNouns,
  nameRunOpeners,
  proxyNouns,
  sourceNouns,
  titleAbbreviations,
  titleWords,
} from '../data/speaker-titles.js'
import {
  frameFillers,
  speakerDeterminers,
  speakerPronouns,
  speakerStops,
  timeUnits,
  timeWords,
} from '../data/speech-verbs.js'
import {type SpeechVerb, speechVerbFilter, speechVerbForms} from './lexicon.js'
import {isProxyLink, isShouted, personRun} from './names.js'
import {isAmpersandJoin, isCapitalised, isLowerWord, isPossessive, type Word} from './words.js'

/** Why a quote was attributed: the matcher that found its frame. */
export type FrameReason =
  | 'after-speaker-cue' // "...," he said / Okafor told The Times
  | 'after-cue-speaker' // "...," said Okafor
  | 'after-according-to' // "...," according to officials
  | 'after-clause-speaker-cue' // "..." to drive up the price, she said
  | 'after-dash-name' // "..." ― Ann Lee
  | 'before-speaker-cue' // Okafor said: "..." / described this as a "..."
  | 'before-participle' // Hale ..., warning it would be a "..."
  | 'before-relative' // Smith, who ..., said: "..."
  | 'before-passive' // was described as "..." (no speaker)
  | 'before-according-to' // According to X, "..."
  | 'before-inverted' // Said Smith, who ..., "..."
  | 'before-subject' // The president noted ... and added: "..." / went on to say: "..."
  | 'before-apposition' // Her adviser, Jake Sullivan, said: "..."
  | 'colon-name' // Pollster Ann Lee: "..."
  | 'colon-subject' // Kelly responded, with a smile: "..."
  | 'colon-previous-paragraph' // He said:\n\n"..."
  | 'continued-quote' // a paragraph that reopens an unclosed quote
  | 'follow-on' // a whole quoted sentence after the speaker's quote

/** A matched attribution frame: the cue words and the speaker phrase (word indices, end exclusive). */
export interface Frame {
  reason: FrameReason
  /** Cue words, `[from, to)` in the unit's words; absent when only a colon introduces the quote. */
  cue?: [number, number]
  /** Speaker phrase, `[from, to)` in the unit's words; absent when the frame names none. */
  speaker?: [number, number]
  /** The speaker is the owner in a possessive subject ("Okafor's stance ... emphasising"). */
  possessive?: boolean
  /** Index of the relative pronoun ("who", "which") that stands for the speaker phrase as the cue's subject: the mention. */
  relative?: number
  /** Index of the unit whose words the spans index, when not the quote's own unit. */
  unit?: number
  /** The cue is a reporting verb's form used as a noun ("the minister's comments were"): a last resort. */
  nounUse?: boolean
}

/**
 * The reporting verb at `index`, if the word is one. A weak verb ("replied",
 * "continued") counts only `near` the quote or before a colon.
 */
export function cueAt(words: readonly Word[], index: number, near = false): SpeechVerb | undefined {
  const word = words[index]
  if (!word || word.punct || word.quote !== undefined) return undefined
  const verb = speechVerbFilter.mayHave(word.lower) ? speechVerbForms.get(word.lower) : undefined
  if (!verb) return undefined
  // "the United States", "Post": a capitalised word inside a sentence is a name, not a verb.
  if (index > 0 && isCapitalised(word) && words[index - 1]!.quote === undefined) return undefined
  const next = words[index + 1]
  // "pointed out", "went on": the particle makes the verb a reporting verb.
  if (verb.particles) return next && verb.particles.has(next.lower) ? verb : undefined
  // "a heart attack", "a scathing attack on": a weak verb's bare form after a determiner is a noun.
  if (verb.weak && isNounUse(words, index)) return undefined
  // "reported that ...": a weak verb with "that" reports a clause, near the quote or not.
  if (verb.weak && verb.thatClause && next?.lower === 'that') return {...verb, weak: false}
  if (verb.weak && !near) {
    // "replied", "continued" report only right before the words or a colon.
    if (!next || (next.quote === undefined && next.text !== ':' && next.text !== ',')) {
      return undefined
    }
  }
  return verb
}

/** Possessive determiners, which open a noun phrase even when capitalised at a sentence start. */
const possessiveDeterminers: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your']
const possessiveDeterminerSet: ReadonlySet<string> = new Set(possessiveDeterminers)

/** Determiners after which a reporting-verb form is a noun ("the state", "their comments"). */
export const nounDeterminers: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  ...possessiveDeterminers,
  'this',
  'these',
  'those',
])

/** Words right before a bare form that make it a verb ("will state", "to comment"). */
const verbMarkers: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'do',
  'does',
  'did',
])

/**
 * Whether the reporting-verb form at `index` is a noun: a bare form that is
 * also a noun ("state", "report", "comment") with a determiner or a
 * possessive up to three words before it ("her home state", "the IG's
 * report"), or an "-s" form right after one ("Lee's comments", "his
 * remarks"). A past form after a noun phrase ("the mayor told") is a verb,
 * and so is an "-s" form after one ("the mayor says").
 */
export function isNounUse(words: readonly Word[], index: number): boolean {
  const verb = speechVerbForms.get(words[index]!.lower)
  if (!verb || verb.forms.size !== 1) return false
  const bare = verb.forms.has('base')
  if (!bare && !verb.forms.has('third')) return false
  // "will state", "to comment": a modal or "to" makes it a verb.
  if (verbMarkers.has(words[index - 1]?.lower ?? '')) return false
  for (let at = index - 1; at >= 0 && index - at <= (bare ? 3 : 1); at--) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined) return false
    if (nounDeterminers.has(word.lower) || isPossessive(word)) return true
  }
  return false
}

/** Cue words `[from, to)` for the verb at `index` ("pointed out" keeps its particle). */
function cueSpan(words: readonly Word[], index: number): [number, number] {
  const next = words[index + 1]
  const verb = speechVerbForms.get(words[index]!.lower)
  if (next && verb?.particles?.has(next.lower)) return [index, index + 2]
  return [index, index + 1]
}

function isPronoun(word: Word): boolean {
  return speakerPronouns.has(contracted(word.lower))
}

/** "he's" -> "he": a pronoun with a contracted auxiliary. */
function contracted(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower
}

/** A number in figures or in words: "10", "eight", "twenty". */
export function isNumber(word: Word): boolean {
  return smallNumbers.has(word.lower) || tens.has(word.lower) || /^\d+$/.test(word.text)
}

/** Words that make a count approximate before it: "nearly eight of 10 voters". */
const approximators: ReadonlySet<string> = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'over',
])

/**
 * Whether `words[from, to)` counts part of a group: a number, "of", "in" or
 * "out of", a number, then words ending in a group noun ("Eight of 10
 * voters", "two in three parents", "nine out of 10 GPs"), with an
 * approximation before the count or not ("Nearly eight of 10 voters").
 */
function isCountedGroup(words: readonly Word[], from: number, to: number): boolean {
  let at = approximators.has(words[from]!.lower) ? from + 1 : from
  if (at >= to || !isNumber(words[at]!)) return false
  at++
  if (words[at]?.lower === 'out' && words[at + 1]?.lower === 'of') at += 2
  else if (words[at]?.lower === 'of' || words[at]?.lower === 'in') at++
  else return false
  if (at >= to - 1 || !isNumber(words[at]!) || !groupNouns.has(words[to - 1]!.lower)) return false
  for (let index = at + 1; index < to; index++) {
    const word = words[index]!
    if (word.punct || word.quote !== undefined) return false
  }
  return true
}

/**
 * Where a counted group opens that a phrase ending at `to` in a group noun
 * is the end of, when `words[from]` is its second number ("10 voters" of
 * "Nearly eight of 10 voters"); else `from`.
 */
function countedGroupStart(words: readonly Word[], from: number, to: number): number {
  if (from < 2 || !isNumber(words[from]!)) return from
  let link = from - 1
  if (words[link]!.lower === 'of' && words[link - 1]?.lower === 'out') link--
  else if (words[link]!.lower !== 'of' && words[link]!.lower !== 'in') return from
  let start = link - 1
  if (start < 0) return from
  if (start > 0 && approximators.has(words[start - 1]!.lower)) start--
  return isCountedGroup(words, start, to) ? start : from
}

/** Whether `words[from, to)` reads as a speaker phrase: a pronoun, a name, or a determiner phrase. */
export function isSpeakerPhrase(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 10) return false
  const first = words[from]!
  if (first.punct || first.quote !== undefined) return false
  if (isCountedGroup(words, from, to)) return true
  if (to - from === 1 && isPronoun(first)) return true
  if (to - from === 1 && nameRunOpeners.has(first.lower)) return false
  for (let index = from; index < to; index++) {
    const word = words[index]!
    if (word.quote !== undefined) return false
    if (
      word.punct &&
      word.text !== '.' &&
      word.text !== ',' &&
      word.text !== '-' &&
      !(word.text === '/' && isNumberSlash(words, index)) &&
      !(index > from && isAmpersandJoin(words, index))
    )
      return false
    // "the report", "a statement": after a determiner a reporting-verb form is a noun.
    const noun = index > from && nounDeterminers.has(words[index - 1]!.lower)
    // "the Washington Post": a capital inside the phrase makes the form a name.
    const name = index > from && isCapitalised(word)
    if (
      !word.punct &&
      speechVerbFilter.mayHave(word.lower) &&
      speechVerbForms.has(word.lower) &&
      !titleWords.has(word.lower) &&
      !noun &&
      !name
    )
      return false
    // "the plan would cost": a verb inside is a clause, not a speaker.
    if (index > from && frameFillers.has(word.lower) && !isCapitalised(word)) return false
  }
  if (
    isCapitalised(first) ||
    speakerDeterminers.has(first.lower) ||
    sourceNouns.has(first.lower) ||
    titleWords.has(first.lower)
  ) {
    return true
  }
  // "law enforcement officials", "campaign aides", "says council leader": a few plain words
  // ending in a source noun or a title.
  const last = words[to - 1]!.lower
  if (to - from <= 4 && (sourceNouns.has(last) || titleWords.has(last))) {
    let plain = true
    for (let index = from; index < to; index++) {
      const word = words[index]!
      if (word.punct || speakerStops.has(word.lower) || nameRunOpeners.has(word.lower))
        plain = false
    }
    if (plain) return true
  }
  // "panel Chairman Jason Lee", "retired general Ann Lee": a role before a full name.
  return namedRun(words, from, to) !== undefined
}

/**
 * The full name (two words or more) that ends a speaker phrase, or ends it
 * before "of" and a place ("undecided voter Ann Lee of Derry").
 */
export function namedRun(
  words: readonly Word[],
  from: number,
  to: number,
): ReturnType<typeof personRun> {
  let end = to
  for (let index = from + 1; index < to; index++) {
    if (words[index]!.lower === 'of') {
      end = index
      break
    }
  }
  const run = personRun(words, from, end)
  return run !== undefined && run.tokens >= 2 && run.end === words[end - 1]!.end ? run : undefined
}

/** "of" or "for" inside a capitalised name: "Secretary of State", "the Department for Transport". */
function isNameJoin(word: Word): boolean {
  return word.lower === 'of' || word.lower === 'for'
}

/** Collect a speaker phrase forward from `from`: up to a stop word or punctuation. */
function phraseForward(words: readonly Word[], from: number): [number, number] {
  let index = from
  while (index < words.length && index - from < 10) {
    const word = words[index]!
    if (word.quote !== undefined) break
    if (word.punct) {
      // "Mr. Smith", "U.S. Rep.", "G.K. Butterfield" keep their full stops.
      if (word.text === '.' && index > from && isAbbreviation(words, index)) {
        index++
        continue
      }
      // "said 9/11 widow Ann Lee": a slash inside a number stays.
      if (word.text === '/' && index > from && isNumberSlash(words, index)) {
        index++
        continue
      }
      // "a partner at Smith & Jones": an ampersand inside a firm's name stays.
      if (index > from && isAmpersandJoin(words, index)) {
        index++
        continue
      }
      break
    }
    if (index > from && speakerStops.has(word.lower)) {
      // "Secretary of State John Kerry", "the Department for Transport": "of" or "for" between
      // capitals stays.
      const next = words[index + 1]
      const previous = words[index - 1]!
      const between = isNameJoin(word) && next && isCapitalised(next) && isCapitalised(previous)
      // "a Wednesday editorial": a day after a determiner names the speaker's noun.
      const dated = isCapitalised(word) && nounDeterminers.has(previous.lower)
      // "a spokesman for the council": the preposition ties the source to whom it speaks for.
      if (!(between || dated || isProxyLink(words, index))) break
    }
    index++
  }
  return [from, index]
}

/** Whether the words from `from` up to offset `start` are one to three capitalised or title words. */
function titledBefore(words: readonly Word[], from: number, start: number): boolean {
  let count = 0
  for (let at = from; words[at]!.start < start; at++) {
    const word = words[at]!
    if (word.punct || !(isCapitalised(word) || titleWords.has(word.lower)) || ++count > 3)
      return false
  }
  return count > 0
}

/** Whether the slash at `index` joins two numbers with no space ("9/11", "24/7"). */
function isNumberSlash(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]
  const after = words[index + 1]
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === words[index]!.start &&
    after.start === words[index]!.end &&
    /^\d+$/.test(before.text) &&
    /^\d+$/.test(after.text)
  )
}

/** Collect a speaker phrase backward from `to` (exclusive). */
export function phraseBackward(words: readonly Word[], to: number): [number, number] {
  let index = to
  while (index > 0 && to - index < 10) {
    const word = words[index - 1]!
    if (word.quote !== undefined) break
    if (word.punct) {
      if (word.text === '.' && index >= 2 && titleWords.has(words[index - 2]!.lower)) {
        index--
        continue
      }
      break
    }
    if (
      speakerStops.has(word.lower) ||
      (speechVerbFilter.mayHave(word.lower) && speechVerbForms.has(word.lower))
    ) {
      const previous = words[index - 2]
      const next = words[index]
      if (
        !(isNameJoin(word) && previous && next && isCapitalised(previous) && isCapitalised(next)) &&
        !isProxyLink(words, index - 1)
      ) {
        break
      }
    }
    index--
    // A determiner opens the phrase: stop after taking it, unless a source tied to it stands
    // before ("a source close to the minister").
    if (
      speakerDeterminers.has(word.lower) &&
      !isCapitalised(word) &&
      !isProxyLink(words, index - 1)
    ) {
      break
    }
  }
  // "Eight of 10 voters say": a count of the group, which "of" would have cut.
  if (index < to && groupNouns.has(words[to - 1]!.lower)) {
    const counted = countedGroupStart(words, index, to)
    if (counted < index) return [counted, to]
  }
  // Trim from the left to a word that can open a speaker phrase.
  let from = index
  while (from < to) {
    const word = words[from]!
    if (
      isCapitalised(word) ||
      isPronoun(word) ||
      speakerDeterminers.has(word.lower) ||
      sourceNouns.has(word.lower) ||
      titleWords.has(word.lower)
    ) {
      break
    }
    from++
  }
  return [from, to]
}

/** Skip frame fillers ("also", "has") backward from `to` (exclusive); returns the new end and whether a passive auxiliary was passed. */
/**
 * Where a parenthetical that ends right before `end` opens ("(D-Ore.)",
 * "(R-Texas)", "(pictured)"), so that the phrase before it is read; `end`
 * itself when there is none within eight words.
 */
function parentheticalStart(words: readonly Word[], end: number): number {
  if (words[end - 1]?.text !== ')') return end
  for (let at = end - 2; at > 0 && end - at <= 9; at--) {
    const word = words[at]!
    if (word.quote !== undefined || word.text === ')') return end
    if (word.text === '(') return at
  }
  return end
}

/** Words that open a clause or a phrase of place set between commas: "in Paris for talks", "while abroad". */
const interposedOpeners: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'for',
  'from',
  'during',
  'after',
  'before',
  'with',
  'while',
  'when',
])

/** Whether a lower-case word opens an interposed clause rather than a name in apposition ("speaking", "in"). */
function opensInterposed(word: Word | undefined): boolean {
  if (!word || word.punct || isCapitalised(word)) return false
  return (word.lower.endsWith('ing') && word.lower.length > 4) || interposedOpeners.has(word.lower)
}

function skipFillersBackward(words: readonly Word[], to: number): {end: number; passive: boolean} {
  let end = to
  let passive = false
  while (end > 0) {
    const lower = words[end - 1]!.lower
    if (frameFillers.has(lower)) {
      if (lower === 'was' || lower === 'were' || lower === 'is' || lower === 'are') passive = true
      end--
      continue
    }
    // "Ann Lee yesterday said", "Ann Lee on Monday told", "Ann Lee last week wrote".
    const time = timeAdverbialBefore(words, end)
    if (time === end) break
    end = time
  }
  return {end, passive}
}

/** Days that stand as a time adverbial after "on": "on Monday" (the days of {@link timeWords}). */
const weekdays: ReadonlySet<string> = new Set(
  timeWords.filter((word) => word.endsWith('day') && word !== 'today' && word !== 'yesterday'),
)
/**
 * Where a time adverbial that ends at `end` starts, between a speaker and
 * the verb: "yesterday", "today", "on Monday", "last week"; `end` when
 * none does.
 */
function timeAdverbialBefore(words: readonly Word[], end: number): number {
  const last = words[end - 1]
  if (last === undefined || last.punct || last.quote !== undefined) return end
  const lower = last.lower
  if ((lower === 'yesterday' || lower === 'today' || lower === 'tonight') && last.text === lower)
    return end - 1
  const before = words[end - 2]?.lower
  if (weekdays.has(lower) && before === 'on') return end - 2
  if (timeUnits.has(lower) && (before === 'last' || before === 'this')) return end - 2
  return end
}

/** Conjunctions that open a clause after a quote's comma ("while", "but"), unlike "as" ('..., as Lee said'). */
const clauseConjunctions: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
])

/** Dashes before a name that signs a quote ('"..." ― Ann Lee'). */
export const signatureDashes: ReadonlySet<string> = new Set(['―', '—', '–', '-'])

/**
 * After the quote: `"...," he said`, `"...," said Okafor`, `"...," according to X`.
 *
 * @param quote Index of the quote placeholder in `words`.
 */
export function matchAfter(words: readonly Word[], quote: number): Frame | undefined {
  let index = quote + 1
  let dash = false
  while (
    index < words.length &&
    words[index]!.punct &&
    (words[index]!.text === ',' || signatureDashes.has(words[index]!.text))
  ) {
    if (words[index]!.text !== ',') dash = true
    index++
  }
  const first = words[index]
  if (!first || first.punct || first.quote !== undefined) return undefined
  if (dash) {
    // "..." ― Ann Lee: a name alone after a dash signs the quote.
    // The name ends at a mark (not an initial's stop) or at the next quote ("..." ― Ann Lee "...").
    let end = index
    while (
      end < words.length &&
      end - index < 6 &&
      !(words[end]!.punct && words[end]!.text !== '.') &&
      words[end]!.quote === undefined
    )
      end++
    const run = personRun(words, index, end)
    // Before the next quote, the name is all there is ('"..." - Russian for "goodbye"' is none).
    const closed =
      end === words.length ||
      words[end]!.punct ||
      (words[end]!.quote !== undefined && run?.end === words[end - 1]!.end)
    if (run && closed) {
      if (run.start === first.start) return {reason: 'after-dash-name', speaker: [index, end]}
      // "..." — Council leader Tom Reid: a title in front of the signing name.
      if (run.end === words[end - 1]!.end && titledBefore(words, index, run.start)) {
        return {reason: 'after-dash-name', speaker: [index, end]}
      }
    }
  }

  if (first.lower === 'according' && words[index + 1]?.lower === 'to') {
    const speaker = phraseForward(words, index + 2)
    if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
      return {reason: 'after-according-to', cue: [index, index + 2], speaker}
    }
    return undefined
  }

  const verb = cueAt(words, index, true)
  if (verb && verb.kind === 'speech' && !verb.forms.has('gerund')) {
    const speaker = phraseForward(words, index + 1)
    if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
      // '"...," wrote his widow, Ann Lee.': the name in apposition that ends the sentence.
      const named = closingApposition(words, speaker)
      return {reason: 'after-cue-speaker', cue: cueSpan(words, index), speaker: named ?? speaker}
    }
    const named = roleThenName(words, cueSpan(words, index)[1])
    if (named) return {reason: 'after-cue-speaker', cue: cueSpan(words, index), speaker: named}
    return undefined
  }

  // "...," he said / the Ministry of Defence said in a statement / Smith, who ..., said
  let parens = 0
  // Inside ", who ...,": the relative clause's verb ("who asked not to be named") is no cue.
  let relative = false
  for (let cue = index + 1; cue < words.length && cue - index <= 40; cue++) {
    const word = words[cue]!
    if (word.quote !== undefined) break
    // "Rep. Ann Lee (D-Ohio) said": a parenthesis does not end the frame.
    if (word.text === '(') parens++
    else if (word.text === ')') parens = Math.max(0, parens - 1)
    if (parens === 0 && word.punct && /^[.!?;:]$/.test(word.text) && !isAbbreviation(words, cue)) {
      break
    }
    if (word.text === ',') relative = relativeOpeners.has(words[cue + 1]?.lower ?? '')
    if (relative) continue
    const found = cueAt(words, cue, true)
    if (!found || (found.forms.has('gerund') && found.forms.size === 1)) continue
    // "the report stated": after a determiner the form is the speaker's noun, not the verb.
    if (nounDeterminers.has(words[cue - 1]!.lower)) continue
    let end = skipFillersBackward(words, cue).end
    // An apposition, a relative clause or a party label after the speaker: cut there.
    for (let cut = index; cut < end; cut++) {
      if (words[cut]!.text === ',' || words[cut]!.text === '(') {
        end = cut
        break
      }
    }
    while (end > index && words[end - 1]!.punct && words[end - 1]!.text !== '.') end--
    // '... could "spook markets", while Ann Lee said ...': a conjunction opens a clause of its
    // own, whose subject reports its own words, not the quote before it.
    const ownClause = clauseConjunctions.has(first.lower)
    if (!ownClause && isBareName(words, index, cue, found)) {
      return {reason: 'after-speaker-cue', cue: cueSpan(words, cue), speaker: [index, index + 1]}
    }
    if (!ownClause && isSpeakerPhrase(words, index, end)) {
      // '"...," his mother, Ann Lee, said': a noun phrase, then the name of whom it is.
      const named = appositionName(words, index, end, cue)
      return {reason: 'after-speaker-cue', cue: cueSpan(words, cue), speaker: named ?? [index, end]}
    }
    // '"..." to drive up the price, she said': the speaker right before the verb, after a comma.
    const verbEnd = skipFillersBackward(words, cue).end
    const speaker = phraseBackward(words, verbEnd)
    if (words[speaker[0] - 1]?.text === ',' && isSpeakerPhrase(words, speaker[0], speaker[1])) {
      return {reason: 'after-clause-speaker-cue', cue: cueSpan(words, cue), speaker}
    }
    return undefined
  }
  return undefined
}

/**
 * The name in commas after a speaker phrase that names no one, right before
 * the cue (fillers aside): "his mother, Ann Lee, said", "the firm's founder,
 * Tom Reed, told". `end` is where the phrase stops, at the first comma.
 */
function appositionName(
  words: readonly Word[],
  from: number,
  end: number,
  cue: number,
): [number, number] | undefined {
  if (words[end]?.text !== ',' || personRun(words, from, end) !== undefined) return undefined
  const close = skipFillersBackward(words, cue).end - 1
  if (close <= end + 1 || words[close]!.text !== ',') return undefined
  return isWholeName(words, end + 1, close) ? [end + 1, close] : undefined
}

/**
 * The name in apposition after an inverted cue's speaker phrase that names
 * no one, ending the sentence: "wrote his widow, Ann Lee." `speaker` is the
 * phrase, up to its comma.
 */
function closingApposition(
  words: readonly Word[],
  speaker: [number, number],
): [number, number] | undefined {
  const [from, end] = speaker
  if (words[end]?.text !== ',' || personRun(words, from, end) !== undefined) return undefined
  let close = end + 1
  while (close < words.length && !words[close]!.punct && words[close]!.quote === undefined) close++
  if (close < words.length && !/^[.!?]$/.test(words[close]!.text)) return undefined
  return close > end + 1 && isWholeName(words, end + 1, close) ? [end + 1, close] : undefined
}

/** Whether the words from `from` to `to` are one person's name and nothing more. */
function isWholeName(words: readonly Word[], from: number, to: number): boolean {
  const run = personRun(words, from, to)
  return run !== undefined && run.start === words[from]!.start && run.end === words[to - 1]!.end
}

/** Relative pronouns that open a clause about the speaker after a comma: "Lee, who ...,". */
const relativeOpeners: ReadonlySet<string> = new Set(['who', 'whose', 'which'])

/** Words before a name that make it an object, not a speaker ("said in a letter to Ann Lee"). */
const objectLinks: ReadonlySet<string> = new Set([
  'to',
  'in',
  'at',
  'on',
  'for',
  'with',
  'by',
  'from',
  'about',
  'of',
  'the',
  'a',
  'an',
])

/**
 * After an inverted cue, lower-case role words and a full name that closes
 * the phrase: 'said master of ceremonies Ann Lee.', 'wrote Post bureau chief
 * Ann Lee, citing ...'. No verb, filler or "that" may stand among the words.
 */
function roleThenName(words: readonly Word[], from: number): [number, number] | undefined {
  let to = from
  while (to < words.length && to - from < 8) {
    const word = words[to]!
    if (word.quote !== undefined) return undefined
    if (word.punct) {
      if (word.text === '.' && to > from && isAbbreviation(words, to)) {
        to++
        continue
      }
      break
    }
    to++
  }
  if (to - from < 3 || (to < words.length && !words[to]!.punct)) return undefined
  const run = personRun(words, from, to)
  if (!run || run.tokens < 2 || run.end !== words[to - 1]!.end) return undefined
  for (let index = from; index < to && words[index]!.start < run.start; index++) {
    const word = words[index]!
    if (
      word.lower === 'that' ||
      frameFillers.has(word.lower) ||
      (speechVerbFilter.mayHave(word.lower) && speechVerbForms.has(word.lower)) ||
      (words[index + 1]!.start === run.start && objectLinks.has(word.lower))
    )
      return undefined
  }
  return [from, to]
}

/**
 * '"...," From said.': one capitalised word right after the quote's own
 * punctuation and right before a finite reporting verb is a name, even a word
 * that is elsewhere a preposition or a verb ("From", "Will", "Read").
 */
function isBareName(words: readonly Word[], index: number, cue: number, verb: SpeechVerb): boolean {
  if (cue !== index + 1) return false
  const word = words[index]!
  if (!isCapitalised(word) || isShouted(word.text) || isPronoun(word)) return false
  if (speakerDeterminers.has(word.lower)) return false
  if (!verb.forms.has('past') && !verb.forms.has('third')) return false
  const before = words[index - 1]
  return (
    before !== undefined && (before.quote !== undefined || (before.punct && before.text !== '.'))
  )
}

// Initials ("G.K") and party-state labels ("R-Ky", "D-N.Y").
const initials = /^(?:\p{Lu}\.)*\p{Lu}$|^\p{Lu}-\p{Lu}[\p{L}.]{0,5}$/u

/** A full stop that ends an abbreviation ("Mr.", "U.S.") rather than a sentence. */
export function isAbbreviation(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1]
  return Boolean(
    previous &&
      words[index]!.text === '.' &&
      (titleAbbreviations.has(previous.lower) ||
        initials.test(previous.text) ||
        // "Lee Jr., the director", "of Allentown, Pa., said": a full stop before a comma.
        words[index + 1]?.text === ','),
  )
}

/**
 * Before the quote, in the same reporter sentence: `Okafor said: "..."`,
 * `described this as a "..."`, `..., warning it would be a "..."`,
 * `according to X, "..."`, `Smith, who ..., said: "..."`.
 */
export function matchBefore(words: readonly Word[], quote: number): Frame | undefined {
  const nounAt = {index: -1}
  const frame = matchBeforeFrom(words, quote, nounAt)
  // Only a noun use of a reporting verb ("In the call, ..."): better that than no frame.
  if (frame) return frame
  if (nounAt.index >= 0) {
    const noun = matchBeforeFrom(words, quote)
    if (noun) noun.nounUse = true
    return noun
  }
  return matchViewpoint(words, quote)
}

/** Words that may open the clause of a viewpoint: "because to her, ...". */
const viewpointOpeners: ReadonlySet<string> = new Set(['because', 'but', 'and', 'yet', 'as'])

/**
 * 'To her, "nothing matters more."', '... because to Ann Lee, "...': a
 * fronted "to" and a person, then a comma, give whose view the quote is.
 * Only when no reporting verb frames the quote.
 */
function matchViewpoint(words: readonly Word[], quote: number): Frame | undefined {
  if (words[quote - 1]?.text !== ',') return undefined
  let to = quote - 2
  const speakerEnd = quote - 1
  while (to >= 0 && quote - to <= 5 && words[to]!.lower !== 'to') to--
  if (to < 0 || words[to]!.lower !== 'to' || to + 1 >= speakerEnd) return undefined
  const before = words[to - 1]
  if (before && !(before.text === ',' || viewpointOpeners.has(before.lower))) return undefined
  const single = speakerEnd - to === 2 ? words[to + 1]!.lower : ''
  const pronoun = single === 'her' || single === 'him'
  if (!pronoun && personRun(words, to + 1, speakerEnd) === undefined) return undefined
  return {reason: 'before-according-to', cue: [to, to + 1], speaker: [to + 1, speakerEnd]}
}

/** Forms of "be" that follow a noun subject, never a reporting verb: "Lee's comments were". */
const copulas: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])

/**
 * {@link matchBefore}, passing over a bare form used as a noun before a comma
 * when `nounAt` is given (and recording where it was).
 */
function matchBeforeFrom(
  words: readonly Word[],
  quote: number,
  nounAt?: {index: number},
): Frame | undefined {
  // A weak verb, its object and "of" before the quote: 'accused the government of "...'.
  const objectVerb = objectLeadVerb(words, quote)
  for (let index = quote - 1; index >= 0 && quote - index <= 40; index--) {
    const word = words[index]!
    if (word.quote !== undefined || word.punct) continue
    if (word.lower === 'according' && words[index + 1]?.lower === 'to') {
      const speaker = phraseForward(words, index + 2)
      if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
        return {reason: 'before-according-to', cue: [index, index + 2], speaker}
      }
      continue
    }
    // 'has used the phrase "radical reform"', 'coined the term "...': the subject's own words.
    if (index + 1 === quote && isWordsUse(words, index)) {
      return withSubject(words, 'before-subject', [index - 2, index + 1])
    }
    const verb = cueAt(words, index, quote - index <= 2 || index === objectVerb)
    if (!verb) continue
    // 'said that in her home state, "...', 'said Lee's comments "show ...', 'Lee's comments
    // were "...': a form after a determiner or a possessive, before a comma or a copula (or,
    // an "-s" form, before the quote), is a noun; a reporting verb further back is the frame.
    // ('the term "..."' names the words.)
    if (
      nounAt &&
      (words[index + 1]?.text === ',' ||
        copulas.has(words[index + 1]?.lower ?? '') ||
        (index + 1 === quote && !verb.forms.has('base'))) &&
      isNounUse(words, index)
    ) {
      nounAt.index = index
      continue
    }
    const cue = cueSpan(words, index)
    const {end: fillerEnd, passive} = skipFillersBackward(words, index)
    // "Sen. Ann Lee (D-Ore.) said": the speaker stands before the party and state.
    const end = parentheticalStart(words, fillerEnd)
    const previous = words[end - 1]
    if (verb.forms.has('gerund') && !verb.forms.has('past')) {
      // "Speaking to LBC, ..." opens the sentence: an introduction, not the frame.
      if (index === 0) continue
      // "with Trump reportedly yelling": the participle's own subject.
      if (
        previous &&
        !previous.punct &&
        previous.quote === undefined &&
        !participleLinks.has(previous.lower)
      ) {
        const speaker = phraseBackward(words, end)
        // "Lee tweeted an apology saying", "Police released a statement saying": a writing
        // that a verb's subject put out says what its subject says.
        const issued =
          documentNouns.has(words[end - 1]!.lower) &&
          speaker[0] > 0 &&
          isLowerWord(words[speaker[0] - 1])
        if (!issued && isSpeakerPhrase(words, speaker[0], speaker[1]))
          return {reason: 'before-participle', cue, speaker}
        if (issued) {
          // The subject right before that verb: a pronoun alone ("told police he sent a text").
          const verbAt = speaker[0] - 1
          const before = words[verbAt - 1]
          const subject: [number, number] =
            before !== undefined && isPronoun(before)
              ? [verbAt - 1, verbAt]
              : phraseBackward(words, verbAt)
          if (subject[1] > subject[0] && isSpeakerPhrase(words, subject[0], subject[1]))
            return {reason: 'before-participle', cue, speaker: subject}
        }
      }
      return withSubject(words, 'before-participle', cue)
    }
    if (passive && (verb.forms.has('participle') || verb.forms.has('past'))) {
      return {reason: 'before-passive', cue}
    }
    if (!previous || previous.quote !== undefined) {
      // "Said Dorothy Lee, who ...,", "'...,' said Rep. Ann Lee (D-Ohio). '...'": the verb before its speaker.
      const speaker = phraseForward(words, index + 1)
      if (isSpeakerPhrase(words, speaker[0], speaker[1]))
        return {reason: 'before-inverted', cue, speaker}
      return {reason: 'before-inverted', cue}
    }
    if (subjectLinks.has(previous.lower)) {
      // "... and added:", "went on to say:": the sentence's subject speaks.
      return withSubject(words, 'before-subject', cue)
    }
    if (previous.text === ',') {
      // "Because of the delays, explained Ann Lee, "...": the cue after a comma, its speaker
      // after it and a comma or colon before the quote.
      const after = phraseForward(words, cue[1])
      if (
        after[1] === quote - 1 &&
        after[1] > after[0] &&
        (words[quote - 1]!.text === ',' || words[quote - 1]!.text === ':') &&
        personRun(words, after[0], after[1]) !== undefined &&
        isSpeakerPhrase(words, after[0], after[1])
      ) {
        return {reason: 'before-inverted', cue, speaker: after}
      }
      // "Smith, who leads the party, said:" — the speaker is before the relative clause.
      for (let back = end - 2; back >= 1 && end - back <= 25; back--) {
        const candidate = words[back]!
        if (
          (candidate.lower === 'who' || candidate.lower === 'whose') &&
          words[back - 1]!.text === ','
        ) {
          const speaker = phraseBackward(words, back - 1)
          if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
            return {reason: 'before-relative', cue, speaker}
          }
          break
        }
      }
      // "Her adviser, Jake Sullivan, said:" — the subject and its apposition.
      const subject = subjectOf(words)
      if (subject && subject.span[1] < end) {
        // "Labour's shadow chancellor, Ann Lee, said:": the owner's role, then its holder.
        const role = subject.possessive ? possessedRole(words, subject.span[1], end - 1) : -1
        if (role !== -1 && !opensInterposed(words[role + 1])) {
          return {reason: 'before-apposition', cue, speaker: [subject.span[0], end - 1]}
        }
        const named = personRun(words, subject.span[0], subject.span[1])
        if (!named) {
          const apposition = personRun(words, subject.span[1], end - 1)
          // "The minister, speaking in Paris, said": a clause between the commas, not a name.
          if (
            apposition &&
            words[subject.span[1]]!.text === ',' &&
            !opensInterposed(words[subject.span[1] + 1])
          ) {
            return {reason: 'before-apposition', cue, speaker: [subject.span[0], end - 1]}
          }
        }
        return {
          reason: 'before-apposition',
          cue,
          speaker: subject.span,
          possessive: subject.possessive,
        }
      }
      return {reason: 'before-speaker-cue', cue}
    }
    if (previous.lower === 'who' || previous.lower === 'which') {
      // "backing from Ann Lee, who declared: "...", "the Post report, which notes, "...": the
      // relative pronoun's antecedent speaks.
      const to = words[end - 2]?.text === ',' ? end - 2 : end - 1
      const speaker = phraseBackward(words, to)
      if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
        return {reason: 'before-relative', cue, speaker, relative: end - 1}
      }
      return {reason: 'before-relative', cue}
    }
    const speaker = phraseBackward(words, end)
    if (isSpeakerPhrase(words, speaker[0], speaker[1])) {
      return {reason: 'before-speaker-cue', cue, speaker}
    }
    return {reason: 'before-speaker-cue', cue}
  }
  return undefined
}

/**
 * After a possessive subject ("Labour's"), up to four lower-case words and a
 * comma, then a name that runs to `end`: the index of that comma, else -1.
 */
function possessedRole(words: readonly Word[], from: number, end: number): number {
  let at = from
  while (at < end && at - from < 4) {
    const word = words[at]!
    if (word.punct || word.quote !== undefined || isCapitalised(word) || isVerbLike(word)) break
    at++
  }
  if (at === from || words[at]?.text !== ',') return -1
  const run = personRun(words, at + 1, end)
  return run !== undefined && run.end === words[end - 1]!.end ? at : -1
}

/** Words before a participle that tie it to the sentence's subject ("by saying", "after warning"). */
const participleLinks: ReadonlySet<string> = new Set([
  'by',
  'after',
  'before',
  'while',
  'when',
  'without',
  'in',
  'on',
  'for',
  'from',
  'of',
  'about',
  'and',
  'but',
  'also',
  'then',
  'continue',
  'continued',
  'continues',
  'began',
  'begins',
  'start',
  'started',
  'starts',
  'keep',
  'kept',
  'keeps',
])

/** Words before a finite reporting verb that leave its subject at the sentence start. */
const subjectLinks: ReadonlySet<string> = new Set([
  'and',
  'but',
  'then',
  'to',
  'or',
  'so',
  '—',
  '–',
])

/**
 * Prepositions that take the charge or the praise after a verb's object
 * ("accused X of", "praised X for"); a quote after one is that object, not
 * a sentence of its own.
 */
export const objectPrepositions: ReadonlySet<string> = new Set(['of', 'for', 'with', 'over'])

/**
 * The reporting verb whose object and a preposition for the charge or the
 * praise lead to the quote at `quote` ("accused the government of "...",
 * "praised the team for their "..."): the preposition right before the
 * quote (or before a possessive determiner), the verb at most seven words
 * back with at least one word of object between, no mark or quote between;
 * -1 when there is none.
 */
function objectLeadVerb(words: readonly Word[], quote: number): number {
  let at = quote - 1
  if (at > 0 && possessiveDeterminerSet.has(words[at]!.lower)) at--
  if (at < 2 || !objectPrepositions.has(words[at]!.lower)) return -1
  for (let index = at - 1; index >= 0 && quote - index <= 7; index--) {
    const word = words[index]!
    if (word.punct || word.quote !== undefined) return -1
    if (at - index >= 2 && speechVerbFilter.mayHave(word.lower) && speechVerbForms.has(word.lower))
      return index
  }
  return -1
}

/** Nouns for words someone used, after "used the" or "coined the". */
const wordsNouns: ReadonlySet<string> = new Set(['phrase', 'term', 'expression', 'slogan', 'words'])

/** Verbs of using words: "used the phrase", "coined the term", "repeated the slogan". */
const wordsUseVerbs: ReadonlySet<string> = new Set([
  'used',
  'uses',
  'using',
  'coined',
  'coins',
  'invoked',
  'invokes',
  'invoking',
  'repeated',
  'repeats',
  'uttered',
  'utters',
  'adopted',
  'embraced',
])

/** Whether `words[index]` is the noun of "used the phrase" (a verb of using words, "the", the noun). */
export function isWordsUse(words: readonly Word[], index: number): boolean {
  return (
    wordsNouns.has(words[index]!.lower) &&
    words[index - 1]?.lower === 'the' &&
    wordsUseVerbs.has(words[index - 2]?.lower ?? '')
  )
}

/** A frame whose speaker is the subject of the sentence. */
function withSubject(words: readonly Word[], reason: FrameReason, cue: [number, number]): Frame {
  const subject = subjectOf(words)
  if (subject) return {reason, cue, speaker: subject.span, possessive: subject.possessive}
  return {reason, cue}
}

/**
 * A colon right before the quote with no reporting verb: a name just before
 * the colon ("Pollster Ann Lee: ..."), else the sentence's subject when it is
 * a person or "he"/"she" ("Kelly responded, with a smile: ...").
 *
 * @param colon Index of the colon in `words`.
 */
export function matchColon(words: readonly Word[], colon: number): Frame | undefined {
  const from = Math.max(0, colon - 6)
  const run = personRun(words, from, colon)
  const last = words[colon - 1]
  // "Q:" and "A:" label an interview's turns; a lone letter names no one.
  if (run && last && run.end === last.end && run.end - run.start > 1) {
    let start = colon - 1
    while (start > from && words[start - 1]!.end > run.start) start--
    return {reason: 'colon-name', speaker: [start, colon]}
  }
  const subject = subjectOf(words)
  if (!subject || subject.span[1] > colon) return undefined
  const [head, tail] = subject.span
  const single = tail - head === 1 ? contracted(words[head]!.lower) : ''
  if (single === 'he' || single === 'she' || personRun(words, head, tail)) {
    return {reason: 'colon-subject', speaker: subject.span, possessive: subject.possessive}
  }
  return undefined
}

/** Words that open an introductory phrase before the subject ("During a visit to Kyiv, ..."). */
const introOpeners: ReadonlySet<string> = new Set([
  'during',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'however',
  'meanwhile',
  'but',
  'and',
  'yet',
  'still',
  'earlier',
  'later',
  'last',
  'yesterday',
  'today',
  'since',
  'despite',
  'although',
  'though',
  'with',
  'for',
  'under',
  'following',
  'asked',
  'if',
  'once',
  'instead',
  'now',
  'then',
  'also',
  'separately',
  'similarly',
  'indeed',
  'overall',
  'according',
])

/**
 * Words that open a short fronted phrase of place, cause or comparison ("Here
 * in Akron, ...", "Back home, ...", "Unlike her rival, ..."), but are also
 * adjectives or nouns ("Outside experts say"): an introduction only when a
 * comma closes it within a few words.
 */
const shortOpeners: ReadonlySet<string> = new Set([
  'here',
  'back',
  'outside',
  'inside',
  'elsewhere',
  'likewise',
  'because',
  'shortly',
  'soon',
  'afterward',
  'afterwards',
  'amid',
  'throughout',
  'unlike',
  'besides',
  'alongside',
  'until',
  'within',
  'upon',
  'across',
])

/** How many words a short fronted phrase ({@link shortOpeners}, a time phrase) may run before its comma. */
const shortOpenerReach = 5

/** Focusing adverbs that may stand before an introductory phrase ("Just last week, ..."). */
const focusAdverbs: ReadonlySet<string> = new Set(['even', 'only', 'just'])

/** A focusing adverb at `from` with a word after it. */
function isFocusAdverb(words: readonly Word[], from: number): boolean {
  const word = words[from]
  const next = words[from + 1]
  return word !== undefined && focusAdverbs.has(word.lower) && next !== undefined && !next.punct
}

/** Plural time nouns that open a fronted time phrase ("Hours later, ...", "Two days ago, ..."). */
const timeNouns: ReadonlySet<string> = new Set([...timeSpanNouns, 'moments', 'nights'])

/** Counts before a time noun ("Eight years ago", "Several weeks later"). */
const timeCounts: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'several',
  'few',
  'many',
])

/** A time phrase at `from`: "Hours later", "Eight years ago", "48 hours after the vote". */
function isTimeOpener(words: readonly Word[], from: number): boolean {
  const word = words[from]!
  if (timeNouns.has(word.lower)) return true
  const next = words[from + 1]
  return (
    next !== undefined &&
    timeNouns.has(next.lower) &&
    (timeCounts.has(word.lower) || /^\d+$/.test(word.text))
  )
}

/**
 * The subject of a reporter sentence: the noun phrase after any dateline or
 * introductory phrase ("Speaking to LBC, Okafor ..."), as word indices, and
 * whether it is a possessive whose owner is meant ("Okafor's stance ...").
 */
export function subjectOf(words: readonly Word[]): Subject | undefined {
  // The matchers and the reader ask for the same sentence's subject up to four times in a row.
  if (words === lastSubject.words) return lastSubject.subject
  const subject = findSubject(words)
  lastSubject = {words, subject}
  return subject
}

/**
 * Whether the word at `from` opens an introductory phrase ("In an earlier
 * exchange", "Unlike her rival", "Hours later", "Speaking on Monday").
 */
export function opensIntroPhrase(words: readonly Word[], from: number): boolean {
  const word = words[from]
  if (!word || word.punct || word.quote !== undefined) return false
  return (
    introOpeners.has(word.lower) ||
    shortOpeners.has(word.lower) ||
    isIntroAdverb(word) ||
    isIntroParticiple(word.lower) ||
    isTimeOpener(words, from)
  )
}

/** A sentence subject, as {@link subjectOf} finds it. */
type Subject = {readonly span: [number, number]; readonly possessive: boolean}

/** The last sentence {@link subjectOf} read and its subject (the words are never changed once built). */
let lastSubject: {words: readonly Word[] | undefined; subject: Subject | undefined} = {
  words: undefined,
  subject: undefined,
}

function findSubject(words: readonly Word[]): Subject | undefined {
  let from = 0
  const first = words[0]
  if (!first || first.quote !== undefined) return undefined
  if (isShouted(first.text) || (first.text === '(' && words[1] && isShouted(words[1].text))) {
    // "WASHINGTON (AP) — ...", "(CNN) — ...": skip the dateline.
    for (let index = 1; index < words.length && index <= 8; index++) {
      const text = words[index]!.text
      if (text === '—' || text === '–' || text === '-') {
        from = index + 1
        break
      }
    }
  }
  // Introductory phrases, one after another: "Then, in 2017, Kerry said ...".
  for (let round = 0; round < 3; round++) {
    // "Just last week, ...": a focusing adverb before an introductory phrase.
    if (isFocusAdverb(words, from) && introOpeners.has(words[from + 1]!.lower)) from++
    const opener = words[from]
    if (!opener) return undefined
    if (
      !introOpeners.has(opener.lower) &&
      !isIntroParticiple(opener.lower) &&
      !isIntroAdverb(opener)
    ) {
      // "Hours later, ...", "Back in April, ...": a short phrase closed by a comma.
      if (!shortOpeners.has(opener.lower) && !isTimeOpener(words, from)) break
      let comma = -1
      for (
        let index = from + 1;
        index < words.length && index <= from + shortOpenerReach;
        index++
      ) {
        if (words[index]!.quote !== undefined) break
        if (words[index]!.text === ',') {
          comma = index
          break
        }
      }
      if (comma === -1) break
      from = comma + 1
      continue
    }
    // "But union leaders say that by doing so, ...": a conjunction opens the sentence alone; a
    // comma later in the sentence does not close an introductory phrase.
    if (conjunctions.has(opener.lower) && opener.lower !== 'still') {
      from++
      if (words[from]?.text === ',') from++
      continue
    }
    let comma = -1
    for (let index = from + 1; index < words.length && index <= from + 20; index++) {
      if (words[index]!.quote !== undefined) break
      if (words[index]!.text === ',') {
        comma = index
        break
      }
    }
    if (comma === -1) {
      // "But Mr. Lee says ...": a conjunction alone opens the sentence.
      if (conjunctions.has(opener.lower)) {
        from++
        continue
      }
      if (round === 0) return undefined
      break
    }
    from = comma + 1
  }
  const head = words[from]
  if (!head || head.punct || head.quote !== undefined) return undefined
  if (isPronoun(head)) return {span: [from, from + 1], possessive: false}
  let index = from
  let lowerRun = 0
  const determined =
    (speakerDeterminers.has(head.lower) &&
      // "Another critic, ...", "One source": capitalised at the start, before a common noun.
      (!isCapitalised(head) || isLowerWord(words[from + 1]))) ||
    // "Her adviser, ...": a possessive determiner opening the sentence is no name.
    possessiveDeterminerSet.has(head.lower) ||
    head.lower === 'the' ||
    head.lower === 'a' ||
    head.lower === 'an'
  while (index < words.length && index - from < 10) {
    const word = words[index]!
    if (word.quote !== undefined) break
    if (word.punct) {
      // "Mr. Lee", "Smith & Jones": a stop after an abbreviation, an ampersand inside a firm's name.
      if (
        (word.text === '.' && isAbbreviation(words, index)) ||
        (index > from && isAmpersandJoin(words, index))
      ) {
        index++
        continue
      }
      break
    }
    if (isCapitalised(word) && !(index === from && determined)) {
      index++
      lowerRun = 0
      if (isPossessive(word)) {
        // "Ann Lee's lawyer, ...": one who speaks for the owner heads the subject.
        const proxy = proxyNounAfter(words, index)
        if (proxy !== -1) return {span: [from, proxy + 1], possessive: false}
        return {span: [from, index], possessive: true}
      }
      continue
    }
    if (index === from) {
      index++
      continue
    }
    // "Secretary of State", "Minister for Housing", "Mr. Grassley and Mr. Leahy": joined names
    // stay one subject.
    if (
      (isNameJoin(word) || word.lower === 'and') &&
      words[index + 1] &&
      isCapitalised(words[index + 1]!) &&
      index > from &&
      isCapitalised(words[index - 1]!)
    ) {
      index++
      continue
    }
    // "The state also has ...": the word after a determiner is its noun, whatever else it can be.
    if (isVerbLike(word) && !(determined && index === from + 1)) break
    // "pollster Daron Shaw", "hopeful Sen. Ted Cruz": a lowercase title before a name.
    const next = words[index + 1]
    const afterNext = words[index + 2]
    const beforeName =
      (next && isCapitalised(next)) ||
      (next && !next.punct && afterNext && isCapitalised(afterNext))
    if (beforeName && lowerRun < 3 && isRoleWord(word.lower)) {
      index++
      lowerRun++
      continue
    }
    // "An early tweet", "the president": a determiner phrase's adjectives and noun.
    if (determined && lowerRun < 3) {
      index++
      lowerRun++
      continue
    }
    // "Political observers say", "Local residents said", "Leeds supporters said": the
    // capitalised words modify a plural noun of a group, and the group speaks.
    if (lowerRun === 0) {
      const group = groupNounAt(words, index)
      if (group !== -1) index = group + 1
    }
    break
  }
  if (index === from) return undefined
  return {span: [from, index], possessive: false}
}

/**
 * The index of a {@link groupNouns} noun at `at`, or after one lower-case
 * word that is no verb ("local residents"; not "greets fans"), else -1.
 */
function groupNounAt(words: readonly Word[], at: number): number {
  const word = words[at]
  if (word === undefined || !isLowerWord(word)) return -1
  if (groupNouns.has(word.lower)) return at
  const next = words[at + 1]
  if (isVerbLike(word) || next === undefined || !isLowerWord(next)) return -1
  // "Ann Lee greets fans": a word in "-s" before the noun may be the verb.
  const {lower} = word
  if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ous')) return -1
  return groupNouns.has(next.lower) ? at + 1 : -1
}

/** The index of a {@link proxyNouns} noun at `at` or after one lower-case word ("longtime lawyer"), else -1. */
function proxyNounAfter(words: readonly Word[], at: number): number {
  for (let index = at; index <= at + 1 && index < words.length; index++) {
    const word = words[index]!
    if (word.punct || word.quote !== undefined) return -1
    if (proxyNouns.has(word.text)) return index
  }
  return -1
}

/** A lowercase word that can name a role before a name ("pollster", "hopeful", "director"). */
function isRoleWord(lower: string): boolean {
  return titleWords.has(lower) || sourceNouns.has(lower) || roleSuffix.test(lower)
}

const roleSuffix = /(?:er|or|ist|ian|ant|ent|man|woman|ful|ee)$/

/** A word that is probably a verb or an auxiliary, ending a noun phrase. */
function isVerbLike(word: Word): boolean {
  const {lower} = word
  return (
    (speechVerbFilter.mayHave(lower) && speechVerbForms.has(lower)) ||
    frameFillers.has(lower) ||
    speakerStops.has(lower) ||
    lower.endsWith('ed') ||
    irregularPastForms.has(lower) ||
    lower === 'who' ||
    lower === 'which'
  )
}

const conjunctions: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or', 'still'])

/** "Reluctantly,", "Separately,": an adverb followed by a comma opens the sentence. */
function isIntroAdverb(word: Word): boolean {
  return word.lower.length >= 6 && word.lower.endsWith('ly')
}

/** "Speaking", "Announcing", "Questioned": a participle long enough not to be a name ("Ted"). */
function isIntroParticiple(lower: string): boolean {
  return (lower.length >= 6 && lower.endsWith('ing')) || (lower.length >= 6 && lower.endsWith('ed'))
}
