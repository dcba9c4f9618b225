/**
 * The robustness properties, as plain functions that throw an `Error` naming
 * the function, the item and what is wrong. Used by the property tests, the
 * adversarial tests and `scripts/fuzz.ts`.
 */
import {isDeepStrictEqual} from 'node:util'
import type {Article} from '../../src/index.js'
import {referencePoints} from './points.js'
import {
  type Collected,
  invariant,
  type PublicFunction,
  presentTargets,
  type Target,
} from './targets.js'

/** Call `fn`, and fail when it throws on valid input. */
export function callSafely(name: string, call: () => unknown): unknown {
  try {
    return call()
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    throw new Error(`${name} threw on valid input: ${message}`, {cause: error})
  }
}

/**
 * Every position lies inside the input, its slice is the item's text, line
 * and column agree with the offset, and each list is in text order.
 */
export function checkPositions(
  name: string,
  input: string,
  collected: Collected,
  pointAt = referencePoints(input),
): void {
  for (const list of collected.lists) {
    let previousStart = 0
    for (const {path, item} of list.items) {
      const where = `${name}: ${path}`
      const {start, end} = item.position
      invariant(Number.isInteger(start.offset), `${where}: start offset ${start.offset}`)
      invariant(Number.isInteger(end.offset), `${where}: end offset ${end.offset}`)
      const from = start.offset!
      const to = end.offset!
      invariant(
        from >= 0 && from <= to && to <= input.length,
        `${where}: position ${from}-${to} is not inside the input (length ${input.length})`,
      )
      const slice = input.slice(from, to)
      invariant(
        slice === item.text,
        `${where}: text ${JSON.stringify(item.text)} but the input at ${from}-${to} is ${JSON.stringify(slice)}`,
      )
      for (const [label, point] of [
        ['start', start],
        ['end', end],
      ] as const) {
        const expected = pointAt(point.offset!)
        invariant(
          point.line === expected.line && point.column === expected.column,
          `${where}: ${label} ${point.line}:${point.column} but offset ${point.offset} is at ${expected.line}:${expected.column}`,
        )
      }
      invariant(
        from >= previousStart,
        `${name}: ${list.path} not in text order at ${path} (starts at ${from}, after ${previousStart})`,
      )
      previousStart = from
    }
  }
}

/** Run every property of one target on one input; returns the result on a string. */
export function checkTarget(
  target: Target,
  fn: PublicFunction,
  input: string,
  article: Article | undefined,
  pointAt = referencePoints(input),
): unknown {
  const {name} = target
  const first = callSafely(name, () => target.onString(fn, input))
  const collected = target.collect(first, input)
  checkPositions(name, input, collected, pointAt)
  target.check?.(first, input)

  const second = callSafely(name, () => target.onString(fn, input))
  invariant(isDeepStrictEqual(first, second), `${name}: two calls on the same string differ`)

  if (target.onArticle && article) {
    const onArticle = callSafely(name, () => target.onArticle!(fn, article))
    invariant(
      isDeepStrictEqual(first, onArticle),
      `${name}: the result on an Article differs from the result on its string`,
    )
    const again = callSafely(name, () => target.onArticle!(fn, article))
    invariant(isDeepStrictEqual(onArticle, again), `${name}: two calls on one Article differ`)
  }
  return first
}

/**
 * Every property of every exported function on one input, and that no
 * function changed the Article it was given.
 */
export function checkAll(module: {parseArticle: (text: string) => Article}, input: string): void {
  const pointAt = referencePoints(input)
  const article = module.parseArticle(input)
  const pristine = module.parseArticle(input)
  for (const {target, fn} of presentTargets(module)) {
    checkTarget(target, fn, input, article, pointAt)
    invariant(
      isDeepStrictEqual(article, pristine),
      `${target.name}: changed the Article it was given`,
    )
  }
}
