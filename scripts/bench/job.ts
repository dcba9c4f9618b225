/** The main job that the scaling, memory and pathological rows time: the whole analysis of a text. */
import {analyze} from '../../src/index.js'

/** Analyse one text. */
export function job(text: string): unknown {
  return analyze(text)
}

/** What the job is called in the tables. */
export const jobName = 'analyze'
