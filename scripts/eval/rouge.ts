/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L F1, computed as ROUGE-1.5.5 does
 * with stemming (`-m`): lower-case, every character outside a-z and 0-9 is a
 * space, tokens longer than three characters are stemmed (the WordNet
 * exception list that ships with ROUGE first, then Porter), no stop-word
 * removal. ROUGE-N counts clipped n-gram matches over the whole summary (the
 * sentences joined, as ROUGE-1.5.5 reads them); ROUGE-L is the union LCS of
 * every reference sentence against all candidate sentences, with each token
 * counted at most as often as it occurs on both sides. Not part of the package.
 */
import {readFileSync} from 'node:fs'
import {stemmer} from 'stemmer'
import {corpusPath} from './lib.js'

/** Precision, recall and F1 of one measure on one document (0 to 1). */
export interface RougeScore {
  precision: number
  recall: number
  f1: number
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore
  rouge2: RougeScore
  rougeL: RougeScore
}

/** Irregular form to lemma, as ROUGE-1.5.5's WordNet exception database has it. */
export type Exceptions = ReadonlyMap<string, string>

let cachedExceptions: Map<string, string> | undefined

/** The WordNet exception list of the corpora (`summaries/rouge-wordnet-exceptions.tsv`), read once. */
export function wordnetExceptions(): Exceptions {
  if (!cachedExceptions) {
    cachedExceptions = new Map()
    const file = corpusPath('summaries/rouge-wordnet-exceptions.tsv')
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) cachedExceptions.set(line.slice(0, tab), line.slice(tab + 1).trim())
    }
  }
  return cachedExceptions
}

/**
 * The ROUGE tokens of a text: lower-cased, split on anything outside a-z and
 * 0-9, tokens longer than three characters stemmed.
 */
export function rougeTokens(text: string, exceptions: Exceptions): string[] {
  const tokens: string[] = []
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw) continue
    tokens.push(raw.length > 3 ? (exceptions.get(raw) ?? stemmer(raw)) : raw)
  }
  return tokens
}

function score(hits: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : hits / candidateTotal
  const recall = referenceTotal === 0 ? 0 : hits / referenceTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

function countGrams(tokens: readonly string[], n: number): Map<string, number> {
  const grams = new Map<string, number>()
  for (let index = 0; index + n <= tokens.length; index++) {
    const gram = n === 1 ? tokens[index]! : tokens.slice(index, index + n).join(' ')
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** ROUGE-N of token lists: clipped n-gram matches. */
export function rougeN(
  candidate: readonly string[],
  reference: readonly string[],
  n: number,
): RougeScore {
  const candidateGrams = countGrams(candidate, n)
  const referenceGrams = countGrams(reference, n)
  let hits = 0
  for (const [gram, count] of referenceGrams) hits += Math.min(count, candidateGrams.get(gram) ?? 0)
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1))
}

/** Indices of `reference` on one longest common subsequence with `candidate`. */
function lcsIndices(reference: readonly string[], candidate: readonly string[]): number[] {
  const rows = reference.length
  const columns = candidate.length
  const table: Uint16Array[] = []
  for (let i = 0; i <= rows; i++) table.push(new Uint16Array(columns + 1))
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      table[i]![j] =
        reference[i - 1] === candidate[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!)
    }
  }
  const indices: number[] = []
  let i = rows
  let j = columns
  // Backtrack as ROUGE-1.5.5 does: a match is a diagonal step, ties go up.
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      indices.push(i - 1)
      i--
      j--
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--
    else j--
  }
  return indices.reverse()
}

/**
 * Summary-level ROUGE-L over sentences: for each reference sentence, the
 * union of its tokens on an LCS with each candidate sentence, each token
 * counted only while it is left unused on both sides.
 */
export function rougeLSummary(
  candidateSentences: readonly (readonly string[])[],
  referenceSentences: readonly (readonly string[])[],
): RougeScore {
  const candidateCounts = new Map<string, number>()
  const referenceCounts = new Map<string, number>()
  let candidateTotal = 0
  let referenceTotal = 0
  for (const sentence of candidateSentences) {
    candidateTotal += sentence.length
    for (const token of sentence) candidateCounts.set(token, (candidateCounts.get(token) ?? 0) + 1)
  }
  for (const sentence of referenceSentences) {
    referenceTotal += sentence.length
    for (const token of sentence) referenceCounts.set(token, (referenceCounts.get(token) ?? 0) + 1)
  }
  let hits = 0
  for (const reference of referenceSentences) {
    const union = new Set<number>()
    for (const candidate of candidateSentences) {
      for (const index of lcsIndices(reference, candidate)) union.add(index)
    }
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = reference[index]!
      const left = candidateCounts.get(token) ?? 0
      const right = referenceCounts.get(token) ?? 0
      if (left > 0 && right > 0) {
        hits++
        candidateCounts.set(token, left - 1)
        referenceCounts.set(token, right - 1)
      }
    }
  }
  return score(hits, candidateTotal, referenceTotal)
}

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of a candidate summary against
 * a reference, each given as its sentences.
 */
export function rouge(
  candidateSentences: readonly string[],
  referenceSentences: readonly string[],
  exceptions: Exceptions = wordnetExceptions(),
): RougeScores {
  const candidate = candidateSentences.map((sentence) => rougeTokens(sentence, exceptions))
  const reference = referenceSentences.map((sentence) => rougeTokens(sentence, exceptions))
  const candidateFlat = candidate.flat()
  const referenceFlat = reference.flat()
  return {
    rouge1: rougeN(candidateFlat, referenceFlat, 1),
    rouge2: rougeN(candidateFlat, referenceFlat, 2),
    rougeL: rougeLSummary(candidate, reference),
  }
}
