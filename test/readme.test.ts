/** The README's Use example, kept true: the same text and the results it shows. */
import {describe, expect, it} from 'vitest'
import {nutgraf, target} from './nutgraf.js'

const text = `Harbour town wins £4.5m to rebuild flood defences
NUTGRAF NEWS
Environment Secretary Margaret Ellison has approved £4.5million for new flood defences in Porthaven.
Sandbags line the seafront in Porthaven after the storm
PA
"We will not let another winter pass without protection for these families," she said.`

describe(`README: Use (${target})`, () => {
  const {people, quotes, amounts, summary} = nutgraf.analyze(text)

  it('shows what analyze returns', () => {
    expect(people[0]).toMatchObject({name: 'Margaret Ellison', roles: ['Environment Secretary']})
    expect(quotes[0]).toMatchObject({
      text: 'We will not let another winter pass without protection for these families',
      kind: 'direct',
      cue: 'said',
      speaker: {name: 'Margaret Ellison', mention: 'she'},
    })
    expect(amounts.map((amount) => [amount.text, amount.value, amount.currency])).toEqual([
      ['£4.5m', 4500000, 'GBP'],
      ['£4.5million', 4500000, 'GBP'],
    ])
    expect(summary.sentences[0]!.text).toBe(
      'Environment Secretary Margaret Ellison has approved £4.5million for new flood defences in Porthaven.',
    )
  })

  it('points every item at its text', () => {
    const {start, end} = quotes[0]!.position
    expect(text.slice(start.offset, end.offset)).toBe(quotes[0]!.text)
  })
})
