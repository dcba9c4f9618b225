import {describe, expect, it} from 'vitest'
import {type CliIo, main} from '../src/cli/index.js'

function fakeIo(files: Record<string, string | Buffer | 'DIR'>, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: {write: (chunk: string) => out.push(chunk)},
    stderr: {write: (chunk: string) => err.push(chunk), isTTY: false},
    readStdin: () => Buffer.from(stdin),
    readFile: (path) => {
      const value = files[path]
      if (value === undefined || value === 'DIR') {
        throw Object.assign(new Error(`ENOENT: ${path}`), {code: 'ENOENT'})
      }
      return Buffer.isBuffer(value) ? value : Buffer.from(value)
    },
    isDirectory: (path) => files[path] === 'DIR',
  }
  return {io, out: () => out.join(''), err: () => err.join('')}
}

const story =
  'Council backs £2m plan\nThe council approved £2m for repairs.\n"It is overdue," said Mary Jones, the council leader.'

describe('nutgraf command', () => {
  it('prints a readable report of a file', () => {
    const {io, out, err} = fakeIo({'story.txt': story})
    expect(main(['story.txt'], io)).toBe(0)
    expect(err()).toBe('')
    expect(out()).toContain('People (')
    expect(out()).toContain('Mary Jones')
    expect(out()).toContain('Quotes (')
    expect(out()).toContain('£2m')
    expect(out()).toContain('Summary')
  })

  it('reads standard input when no file or "-" is given', () => {
    for (const args of [[], ['-']]) {
      const {io, out} = fakeIo({}, story)
      expect(main(args, io)).toBe(0)
      expect(out()).toContain('Mary Jones')
    }
  })

  it('prints one JSON document per file with --json, one line per file with --jsonl', () => {
    const json = fakeIo({'a.txt': story})
    expect(main(['--json', 'a.txt'], json.io)).toBe(0)
    const document = JSON.parse(json.out()) as {file: string; quotes: unknown[]; people: unknown[]}
    expect(document.file).toBe('a.txt')
    expect(document.quotes.length).toBeGreaterThan(0)

    const lines = fakeIo({'a.txt': story, 'b.txt': story})
    expect(main(['--jsonl', 'a.txt', 'b.txt'], lines.io)).toBe(0)
    const rows = lines.out().trim().split('\n')
    expect(rows).toHaveLength(2)
    expect(rows.map((row) => (JSON.parse(row) as {file: string}).file)).toEqual(['a.txt', 'b.txt'])
  })

  it('prints an HTML page with --html', () => {
    const {io, out} = fakeIo({'a.txt': story})
    expect(main(['--html', 'a.txt'], io)).toBe(0)
    expect(out()).toMatch(/^<!doctype html>/)
  })

  it('analyses the bundled example with --example', () => {
    const {io, out} = fakeIo({})
    expect(main(['--example', '--sentences', '2'], io)).toBe(0)
    expect(out()).toContain('Quotes (')
  })

  it.each([
    ['a missing file', ['missing.txt'], /missing\.txt: no such file/],
    ['a directory', ['folder'], /folder: is a directory/],
    ['binary input', ['image.png'], /image\.png: looks like a binary file/],
    ['invalid UTF-8', ['latin1.txt'], /latin1\.txt: is not UTF-8 text/],
    ['an unknown flag', ['--frobnicate'], /Unknown option '--frobnicate'/],
    [
      'a bad --sentences',
      ['--sentences', 'two', 'a.txt'],
      /--sentences expects a positive whole number/,
    ],
    ['--html with two files', ['--html', 'a.txt', 'a.txt'], /one file/],
  ])('exits 2 with a clear message for %s, printing nothing on stdout', (_name, args, message) => {
    const {io, out, err} = fakeIo({
      'a.txt': story,
      folder: 'DIR',
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]),
    })
    expect(main(args, io)).toBe(2)
    expect(err()).toMatch(message)
    expect(out()).toBe('')
  })

  it('still analyses the good files when one fails', () => {
    const {io, out, err} = fakeIo({'a.txt': story})
    expect(main(['--jsonl', 'missing.txt', 'a.txt'], io)).toBe(2)
    expect(err()).toMatch(/missing\.txt: no such file/)
    expect(out().trim().split('\n')).toHaveLength(1)
  })
})
