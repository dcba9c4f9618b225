import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {nutgraf} from './nutgraf.js'

const {retextNutgraf, analyze} = nutgraf

describe('retextNutgraf', () => {
  const text =
    'Ministers agree $5bn deal\nThe government will spend $5bn on trains, Transport Secretary Ann Lee said.\n"It is the right call," said a spokesman.\n"We never stopped asking.'

  it('puts the analysis on file.data.nutgraf, the same as analyze', async () => {
    const file = await retext().use(retextEnglish).use(retextNutgraf).process(text)
    expect(file.data.nutgraf).toEqual(analyze(text))
    expect(String(file)).toBe(text)
  })

  it('reports what a reader should look at, with source and rule ids', async () => {
    const file = await retext().use(retextEnglish).use(retextNutgraf).process(text)
    const rules = file.messages.map((message) => message.ruleId).sort()
    expect(rules).toContain('ambiguous-currency')
    expect(rules).toContain('unclosed-quotation-mark')
    for (const message of file.messages) {
      expect(message.source).toBe('nutgraf')
      expect(message.place).toBeDefined()
    }
    expect(reporter([file])).toMatch(/nutgraf/)
  })

  it('reports a quote whose speaker the text does not give', async () => {
    const file = await retext()
      .use(retextNutgraf)
      .process('The vote is on Tuesday.\n"It will be close."\nCounting starts at ten.')
    expect(file.messages.map((message) => message.ruleId)).toContain('quote-without-speaker')
  })

  it('can keep quiet', async () => {
    const file = await retext().use(retextNutgraf, {messages: false}).process(text)
    expect(file.messages).toEqual([])
    expect(file.data.nutgraf?.quotes.length).toBeGreaterThan(0)
  })

  it('checks its options when attached', () => {
    expect(() =>
      retext()
        .use(retextNutgraf, {messages: 'yes' as never})
        .freeze(),
    ).toThrow(TypeError)
  })
})
