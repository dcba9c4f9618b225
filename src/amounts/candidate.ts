/** The working record of one amount between the matchers and the refiners. */
import type {Decimal} from './decimal.js'
import type {NumberCore} from './numbers.js'

/** A matched amount, or a bare number that a refiner may still join to one. */
export interface Candidate {
  /** `null` for a bare number (kept for ranges and cents, never reported alone). */
  kind: 'money' | 'percent' | 'quantity' | null
  /** Index of the first token. */
  first: number
  /** Index after the last token. */
  last: number
  /** The value, `null` for ranges and vague amounts. */
  value: Decimal | null
  min?: Decimal
  max?: Decimal
  /** ISO 4217 code, the default-dollar marker, or `null` for an ambiguous currency name. */
  currency?: string | null
  /** Power of ten of the currency's unit (-2 for cents). */
  currencyScale?: number
  /** Whether the currency was written before the number. */
  currencyBefore?: boolean
  unit?: string
  approximate?: boolean
  /** The number core, when there is one. */
  core?: NumberCore
  /** Which matcher or refiner made it (a unique id, for debugging and tests). */
  reason: string
}

/**
 * A candidate with every field of {@link Candidate} present, in one order,
 * absent ones `undefined`: all candidates share one hidden class, so the
 * refiners' reads of them stay monomorphic.
 */
export function makeCandidate(fields: Candidate): Candidate {
  return {
    kind: fields.kind,
    first: fields.first,
    last: fields.last,
    value: fields.value,
    min: fields.min,
    max: fields.max,
    currency: fields.currency,
    currencyScale: fields.currencyScale,
    currencyBefore: fields.currencyBefore,
    unit: fields.unit,
    approximate: fields.approximate,
    core: fields.core,
    reason: fields.reason,
  }
}
