import {describe, expect, it} from 'vitest'
import {nutgraf, target} from './nutgraf.js'

describe(`public API (${target})`, () => {
  it('exports exactly the documented functions', () => {
    const functions = Object.keys(nutgraf)
      .filter((name) => typeof (nutgraf as Record<string, unknown>)[name] === 'function')
      .sort()
    expect(functions).toEqual(['extractPeople', 'extractQuotes', 'parseArticle'])
  })

  it.each([
    [42, 'a number (42)'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{text: 1}, 'an object'],
    [['a'], 'an array'],
  ])('parseArticle(%j) throws a TypeError naming the function and the value', (value, what) => {
    expect(() => nutgraf.parseArticle(value as never)).toThrow(TypeError)
    expect(() => nutgraf.parseArticle(value as never)).toThrow(
      `parseArticle: expected \`text\` to be a string, got ${what}`,
    )
  })

  it.each(['', ' ', '\n\n\t \r\n'])('parseArticle(%j) gives an empty article', (text) => {
    const article = nutgraf.parseArticle(text)
    expect(article.text).toBe(text)
    expect(article.blocks).toEqual([])
    expect(article.sentences).toEqual([])
  })
})

describe('source rules', () => {
  it('imports no node: module in src/ (the library runs in browsers too)', async () => {
    const {readdirSync, readFileSync} = await import('node:fs')
    const root = new URL('../src/', import.meta.url)
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((file) =>
      file.endsWith('.ts'),
    )
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      if (file.startsWith('cli')) continue
      expect(readFileSync(new URL(file, root), 'utf8'), file).not.toMatch(/from ['"]node:/)
    }
  })
})
