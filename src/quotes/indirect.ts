/** Indirect (reported) speech: "Healey stressed that ...", "..., officials said". */
import type {Locator} from '../parse/location.js'
import type {Article, Quote, Speaker} from '../types.js'
import type {Unit} from './units.js'

/** Find reported speech in the reporter sentences (filled in below). */
export function findIndirect(
  article: Article,
  units: readonly Unit[],
  speaker: (unit: number, span: [number, number], possessive: boolean) => Speaker | null,
  locator: Locator,
): Quote[] {
  void article
  void units
  void speaker
  void locator
  return []
}
