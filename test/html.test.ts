import {describe, expect, it} from 'vitest'
import {markBlock} from '../src/html/marks.js'
import type {Analysis} from '../src/index.js'
import {nutgraf} from './nutgraf.js'

const mark = (start: number, end: number, className: string, rank = 1) => ({
  start,
  end,
  tag: 'span' as const,
  className,
  title: className,
  rank,
})

describe('markBlock: nesting marks in text', () => {
  it.each([
    ['no marks', 'a < b', [], 'a &lt; b'],
    ['one mark', 'abcdef', [mark(1, 3, 'x')], 'a<span class="x" title="x">bc</span>def'],
    [
      'nested marks',
      'abcdef',
      [mark(0, 6, 'outer', 0), mark(2, 4, 'inner')],
      '<span class="outer" title="outer">ab<span class="inner" title="inner">cd</span>ef</span>',
    ],
    [
      'crossing marks are split, never mis-nested',
      'abcdef',
      [mark(0, 4, 'a'), mark(2, 6, 'b')],
      '<span class="a" title="a">ab<span class="b" title="b">cd</span></span><span class="b" title="b">ef</span>',
    ],
    [
      'a mark outside the block is clipped',
      'abc',
      [mark(-5, 2, 'x')],
      '<span class="x" title="x">ab</span>c',
    ],
  ])('%s', (_name, text, marks, html) => {
    expect(markBlock(text, 0, text.length, marks)).toBe(html)
  })
})

describe('toHtml', () => {
  const text = 'Vote <script>alert(1)</script> now\n"We & they win," Ann Lee said.'
  const analysis: Analysis = {
    text,
    blocks: [
      {kind: 'headline', text: text.slice(0, 34), position: pos(text, 0, 34)},
      {kind: 'body', text: text.slice(35), position: pos(text, 35, text.length)},
    ],
    quotes: [
      {
        text: 'We & they win,',
        kind: 'direct',
        speaker: {name: 'Ann Lee', mention: 'Ann Lee'},
        cue: 'said',
        position: pos(text, 36, 50),
      },
    ],
    amounts: [],
    people: [
      {
        name: 'Ann Lee',
        roles: [],
        mentions: [{text: 'Ann Lee', kind: 'name', position: pos(text, 52, 59)}],
      },
    ],
    summary: {
      text: text.slice(35),
      sentences: [{text: text.slice(35), position: pos(text, 35, text.length), score: 1}],
    },
  }

  it('escapes article text and titles', () => {
    const html = nutgraf.toHtml(analysis)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('We &amp; they win,')
  })

  it('marks the quote, the speaker and the summary, and lists them in the panel', () => {
    const html = nutgraf.toHtml(analysis)
    expect(html).toMatch(/<mark class="quote quote-direct"[^>]*data-speaker="Ann Lee"/)
    expect(html).toContain('class="person person-name"')
    expect(html).toContain('class="summary"')
    expect(html).toContain('<h2>People (1)</h2>')
    expect(html).toContain('<h2>Quotes (1)</h2>')
  })

  it('rejects what is not an analysis', () => {
    expect(() => nutgraf.toHtml('text' as never)).toThrow(TypeError)
    expect(() => nutgraf.toHtml('text' as never)).toThrow(/^toHtml: /)
  })
})

function pos(text: string, start: number, end: number) {
  const point = (offset: number) => {
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    return {line, column: offset - before.lastIndexOf('\n'), offset}
  }
  return {start: point(start), end: point(end)}
}
