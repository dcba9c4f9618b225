/**
 * The robustness table covers the whole public API, and every public
 * function rejects bad arguments with the documented errors.
 */
import {describe, expect, it} from 'vitest'
import {nutgraf} from '../nutgraf.js'
import {exportedFunctions, presentTargets, targets} from './targets.js'

const present = presentTargets(nutgraf)

describe('the robustness table', () => {
  it('has a row for every function the module exports, so none goes untested', () => {
    const missing = [...exportedFunctions(nutgraf).keys()].filter(
      (name) => !targets.some((target) => target.name === name),
    )
    expect(missing, 'add a row to test/robust/targets.ts for each').toEqual([])
  })

  it('tests at least parseArticle', () => {
    expect(present.map(({target}) => target.name)).toContain('parseArticle')
  })
})

// Values that are neither a string nor an Article, and how errors describe them.
const notInput: Array<[value: unknown, described: string]> = [
  [undefined, 'undefined'],
  [null, 'null'],
  [42, 'a number (42)'],
  [Number.NaN, 'a number (NaN)'],
  [true, 'a boolean (true)'],
  [10n, 'a bigint (10)'],
  [Symbol('x'), 'a symbol'],
  [['text'], 'an array'],
  [{}, 'an object'],
  [{text: 'Half an article.'}, 'an object'],
  [{text: 42, blocks: [], sentences: [], tree: {}}, 'an object'],
  [new String('boxed'), 'an instance of String'],
  [() => 'text', 'a function'],
  [Buffer.from('bytes'), 'an instance of Buffer'],
]

describe.each(
  present
    .filter(({target}) => target.argument !== null)
    .map(({target, fn}) => [target.name, target, fn] as const),
)('bad arguments to %s', (name, target, fn) => {
  it.each(notInput)('throws a TypeError naming the function for input %s', (value, described) => {
    let thrown: unknown
    try {
      fn(value)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TypeError)
    const {message} = thrown as TypeError
    expect(message.startsWith(`${name}: `), message).toBe(true)
    expect(message).toContain(`\`${target.argument}\``)
    expect(message).toContain(`got ${described}`)
  })
})

describe.each(present.map(({target, fn}) => [target.name, target, fn] as const))(
  'options of %s',
  (name, target, fn) => {
    it.each(
      target.badOptions.map(
        ([options, error, words]) =>
          [String(JSON.stringify(options) ?? options), options, error, words] as const,
      ),
    )('rejects %s with a clear error', (_label, options, error, words) => {
      let thrown: unknown
      try {
        target.onString(fn, 'The council met.', options)
      } catch (caught) {
        thrown = caught
      }
      expect(thrown, 'no error thrown').toBeInstanceOf(Error)
      expect((thrown as Error).name).toBe(error)
      const {message} = thrown as Error
      expect(message).toContain(name)
      for (const word of words) expect(message).toContain(word)
    })

    it.each(
      target.goodOptions.map((options) => [String(JSON.stringify(options)), options] as const),
    )('accepts %s', (_label, options) => {
      expect(() =>
        target.onString(fn, 'The council met. "We agreed," she said.', options),
      ).not.toThrow()
    })
  },
)
