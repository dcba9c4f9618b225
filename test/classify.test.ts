/**
 * The block classifier's test of a block that ends as a sentence does,
 * checked on a table of cases and against the pattern it stands for.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {endsSentence} from '../src/parse/classify.js'

describe('endsSentence', () => {
  it.each([
    ['a full stop', 'Shares rose.', true],
    ['a closing quotation mark after a stop', 'He said: "Shares rose."', true],
    ['closers after a question mark', 'Did shares rise?”)', true],
    ['a colon', 'He said:', true],
    ['an ellipsis', 'And then…', true],
    ['no mark', 'Shares rose', false],
    ['a closer alone', 'Shares (rose)', false],
    ['only closers', '"”)', false],
    ['empty', '', false],
    ['a stop before a word', 'Shares rose. Then', false],
  ])('%s', (_name, value, expected) => {
    expect(endsSentence(value)).toBe(expected)
  })

  it(`answers as /[.!?…:;]["”’')\\]]*$/u does, on random text`, () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              'a',
              ' ',
              '.',
              '!',
              '?',
              '…',
              ':',
              ';',
              '"',
              '”',
              '’',
              "'",
              ')',
              ']',
              '(',
              '“',
              '\ud83d\udcc8',
            ),
            {maxLength: 12},
          )
          .map((pieces) => pieces.join('')),
        (value) => {
          expect(endsSentence(value)).toBe(/[.!?…:;]["”’')\]]*$/u.test(value))
        },
      ),
      {numRuns: 2000},
    )
  })
})
