/**
 * Worker for `determinism.test.ts`: runs every exported function on the texts
 * it is given, in the order it is given, on strings and on Articles, and
 * posts the results back.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {nutgraf} from '../nutgraf.js'
import {presentTargets} from './targets.js'

const {texts, order} = workerData as {texts: string[]; order: number[]}
const results: Record<string, unknown[]> = {}
for (const {target, fn} of presentTargets(nutgraf)) {
  const outputs: unknown[] = new Array(texts.length)
  for (const index of order) {
    const text = texts[index]!
    outputs[index] = {
      onString: target.onString(fn, text),
      onArticle: target.onArticle?.(fn, nutgraf.parseArticle(text)) ?? null,
    }
  }
  results[target.name] = outputs
}
parentPort!.postMessage(results)
