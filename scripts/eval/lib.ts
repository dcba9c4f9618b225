/**
 * Shared pieces of `npm run eval`: where the corpora are, how to read them,
 * how to score spans, and how to print a table. Not part of the package.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The corpora folder: `$NUTGRAF_CORPORA`, else `../shared/corpora` beside the checkout. */
export const corporaDir =
  process.env.NUTGRAF_CORPORA ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora')

/** The absolute path of a file in the corpora; throws with a clear message when missing. */
export function corpusPath(relative: string): string {
  const file = path.join(corporaDir, relative)
  if (!existsSync(file)) {
    throw new Error(
      `eval: corpus file not found: ${file} (set NUTGRAF_CORPORA to the corpora folder)`,
    )
  }
  return file
}

/** Read a JSON file of the corpora. */
export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(corpusPath(relative), 'utf8')) as T
}

/** Read a JSON Lines file of the corpora, at most `limit` records. */
export function readJsonl<T>(relative: string, limit = Number.POSITIVE_INFINITY): T[] {
  const records: T[] = []
  for (const line of readFileSync(corpusPath(relative), 'utf8').split('\n')) {
    if (records.length >= limit) break
    if (line.trim()) records.push(JSON.parse(line) as T)
  }
  return records
}

/** A half-open character span. */
export interface Span {
  start: number
  end: number
}

/** Overlap of two spans as a fraction of the longer one (0 to 1). */
export function overlap(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (shared <= 0) return 0
  return shared / Math.max(a.end - a.start, b.end - b.start)
}

/** Counts of a precision/recall evaluation. */
export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

/** Empty counts, to add to. */
export function counts(): Counts {
  return {truePositives: 0, falsePositives: 0, falseNegatives: 0}
}

/** Add `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.truePositives += b.truePositives
  a.falsePositives += b.falsePositives
  a.falseNegatives += b.falseNegatives
  return a
}

/**
 * Match predicted spans to gold spans one to one, greedily by overlap (best
 * first), counting a pair when its overlap is at least `threshold`.
 *
 * @returns the counts and the matched pairs (indices into each list).
 */
export function matchSpans<P extends Span, G extends Span>(
  predicted: readonly P[],
  gold: readonly G[],
  threshold = 0.5,
): Counts & {pairs: Array<[number, number]>} {
  const candidates: Array<[number, number, number]> = []
  for (let p = 0; p < predicted.length; p++) {
    for (let g = 0; g < gold.length; g++) {
      const value = overlap(predicted[p]!, gold[g]!)
      if (value >= threshold && value > 0) candidates.push([value, p, g])
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const [, p, g] of candidates) {
    if (usedP.has(p) || usedG.has(g)) continue
    usedP.add(p)
    usedG.add(g)
    pairs.push([p, g])
  }
  return {
    truePositives: pairs.length,
    falsePositives: predicted.length - pairs.length,
    falseNegatives: gold.length - pairs.length,
    pairs,
  }
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(value: Counts): {precision: number; recall: number; f1: number} {
  const {truePositives: tp, falsePositives: fp, falseNegatives: fn} = value
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

/** A printable table: a title, column headers and rows of cells. */
export interface Table {
  title: string
  columns: string[]
  rows: Array<Array<string | number>>
  notes?: string[]
}

/** Format a number for a table: fractions to 3 places, others as they are. */
export function cell(value: string | number): string {
  if (typeof value === 'string') return value
  if (Number.isInteger(value)) return String(value)
  return value.toFixed(3)
}

/** Render a table as aligned plain text (Markdown-compatible). */
export function renderTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(cell))]
  const widths = table.columns.map((_, index) =>
    Math.max(...cells.map((row) => (row[index] ?? '').length)),
  )
  const line = (row: string[]) =>
    `| ${row.map((value, index) => value.padEnd(widths[index]!)).join(' | ')} |`
  const out = [
    `### ${table.title}`,
    '',
    line(cells[0]!),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
  ]
  for (const row of cells.slice(1)) out.push(line(row))
  for (const note of table.notes ?? []) out.push('', note)
  return out.join('\n')
}

/** One evaluation: a name (also its order key) and a function that returns tables. */
export interface Evaluation {
  name: string
  order: number
  run(): Promise<Table[]> | Table[]
}
