/**
 * No global mutable state: every exported function, run on many articles in
 * worker threads at once (each in its own order), gives exactly the results
 * of running it on them one by one here.
 */
import {isDeepStrictEqual} from 'node:util'
import {Worker} from 'node:worker_threads'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {seedArticle} from '../helpers.js'
import {nutgraf} from '../nutgraf.js'
import {anyText} from './arbitraries.js'
import {presentTargets} from './targets.js'

const texts = [
  seedArticle,
  seedArticle.replaceAll('\n', '\r\n'),
  ...fc.sample(anyText, {numRuns: 60, seed: 20_251_127}),
  '“'.repeat(2000),
  'Shares rose.\n'.repeat(500),
]

/** Run the functions on the texts in a worker thread (loading TypeScript through tsx). */
function inWorker(order: number[]): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./determinism-bootstrap.mjs', import.meta.url), {
      workerData: {texts, order},
    })
    worker.once('message', (results: Record<string, unknown[]>) => {
      resolve(results)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}

/** A fixed shuffle of the text indices. */
function shuffled(seed: number): number[] {
  return fc.sample(
    fc.shuffledSubarray(
      texts.map((_, index) => index),
      {minLength: texts.length},
    ),
    {
      numRuns: 1,
      seed,
    },
  )[0]!
}

describe('determinism across worker threads', () => {
  it('gives one by one the same results as four workers at once, in any order', async () => {
    const serial: Record<string, unknown[]> = {}
    for (const {target, fn} of presentTargets(nutgraf)) {
      serial[target.name] = texts.map((text) => ({
        onString: target.onString(fn, text),
        onArticle: target.onArticle?.(fn, nutgraf.parseArticle(text)) ?? null,
      }))
    }
    // What crosses to a worker and back is a structured clone: compare clones.
    const expected = structuredClone(serial)
    expect(Object.keys(expected).length).toBeGreaterThan(0)

    const orders = [texts.map((_, index) => index), shuffled(1), shuffled(2), shuffled(3).reverse()]
    const results = await Promise.all(orders.map(inWorker))
    for (const [worker, result] of results.entries()) {
      expect(Object.keys(result)).toEqual(Object.keys(expected))
      for (const name of Object.keys(expected)) {
        const differing = texts.flatMap((_, index) =>
          isDeepStrictEqual(result[name]![index], expected[name]![index]) ? [] : [index],
        )
        expect(differing, `${name} in worker ${worker}: texts that differ`).toEqual([])
      }
    }
  })
})
