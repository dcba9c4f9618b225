/** Look-ups over the reporting-verb lexicon, built once. */
import {
  type SpeechVerbKind,
  speechVerbParticles,
  speechVerbRows,
  thatClauseWeakVerbs,
  weakSpeechVerbs,
} from '../data/speech-verbs.js'

/** Which inflection a reporting-verb form is. */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund'

/** What the lexicon knows about one word form. */
export interface SpeechVerb {
  lemma: string
  kind: SpeechVerbKind
  /** The form's inflections (a form such as "said" is both past and participle). */
  forms: ReadonlySet<VerbForm>
  /** A verb that reports speech only in some frames ("point out", "continue"). */
  weak: boolean
  /** A weak verb that reports a clause when "that" follows it ("reported that"). */
  thatClause?: boolean
  /** Particles the verb needs after it ("out" for "point"), if any. */
  particles?: ReadonlySet<string>
}

const formNames: readonly VerbForm[] = ['base', 'third', 'past', 'participle', 'gerund']

/** Every inflected form of every reporting verb, lower-cased. */
export const speechVerbForms: ReadonlyMap<string, SpeechVerb> = (() => {
  const map = new Map<
    string,
    {lemma: string; kind: SpeechVerbKind; forms: Set<VerbForm>; weak: boolean; thatClause: boolean}
  >()
  for (const row of speechVerbRows) {
    const kind = row[5] ?? 'speech'
    for (let index = 0; index < 5; index++) {
      const form = row[index] as string
      const entry = map.get(form) ?? {
        lemma: row[0],
        kind,
        forms: new Set<VerbForm>(),
        weak: weakSpeechVerbs.has(row[0]),
        thatClause: thatClauseWeakVerbs.has(row[0]),
        particles: speechVerbParticles.get(row[0]),
      }
      entry.forms.add(formNames[index]!)
      map.set(form, entry)
    }
  }
  return map
})()

/**
 * A cheap test before a look-up in {@link speechVerbForms}: the first and
 * last characters of the forms of each length and first character, and the
 * second and second-to-last of each length and second character. It turns
 * away about nine words in ten of news text (first and last letters by
 * length alone, as `WordFilter` reads them, only half), and never a form.
 */
class SpeechVerbFilter {
  private readonly outer = new Int32Array(32 * 32)
  private readonly inner = new Int32Array(32 * 32)

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const length = word.length & 31
      this.outer[length * 32 + (word.charCodeAt(0) & 31)]! |=
        1 << (word.charCodeAt(word.length - 1) & 31)
      this.inner[length * 32 + (word.charCodeAt(1) & 31)]! |=
        1 << (word.charCodeAt(word.length - 2) & 31)
    }
  }

  /** Whether `word` may be a form (false: it is not). */
  mayHave(word: string): boolean {
    const length = word.length & 31
    return (
      (this.outer[length * 32 + (word.charCodeAt(0) & 31)]! &
        (1 << (word.charCodeAt(word.length - 1) & 31))) !==
        0 &&
      (this.inner[length * 32 + (word.charCodeAt(1) & 31)]! &
        (1 << (word.charCodeAt(word.length - 2) & 31))) !==
        0
    )
  }
}

/** Turns away most words before {@link speechVerbForms} (a look-up for every word of a sentence). */
export const speechVerbFilter = new SpeechVerbFilter(speechVerbForms.keys())
