import {retext} from 'retext'
import type {VFile} from 'vfile'
import {expectTypeOf, test} from 'vitest'
import type {Analysis, Quote} from '../src/index.js'
import {retextNutgraf} from '../src/index.js'

test('file.data.nutgraf is typed through vfile DataMap', () => {
  const file = {} as VFile
  expectTypeOf(file.data.nutgraf).toEqualTypeOf<Analysis | undefined>()
  expectTypeOf(file.data.nutgraf!.quotes).toEqualTypeOf<Quote[]>()
})

test('the plugin takes typed options', () => {
  retext().use(retextNutgraf, {messages: false, summary: {sentences: 2}})
  // @ts-expect-error: messages is a boolean
  retext().use(retextNutgraf, {messages: 'no'})
})
