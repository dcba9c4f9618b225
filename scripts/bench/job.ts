/** The main job that the scaling, memory and pathological rows time: the whole analysis of a text. */
import {parseArticle} from '../../src/index.js'

/** Analyse one text. (parseArticle until analyze lands.) */
export function job(text: string): unknown {
  return parseArticle(text)
}

/** What the job is called in the tables. */
export const jobName = 'parseArticle'
