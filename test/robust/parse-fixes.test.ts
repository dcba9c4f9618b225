/** Bugs in src/parse/ that the robustness tests found, each kept as a unit test. */
import {describe, expect, it} from 'vitest'
import {nutgraf} from '../nutgraf.js'

describe('parseArticle: fixes', () => {
  it.each([
    [42, 'a number (42)'],
    ['yes', 'a string'],
    [['a'], 'an array'],
  ])('rejects options %j that are not an object (they were ignored)', (options, described) => {
    expect(() => nutgraf.parseArticle('The council met.', options as never)).toThrow(
      `parseArticle: expected \`options\` to be an object, got ${described}`,
    )
  })

  it.each([undefined, null, {}, {unknown: 1}])('accepts the options %j', (options) => {
    expect(nutgraf.parseArticle('The council met.', options as never).sentences).toHaveLength(1)
  })
})
