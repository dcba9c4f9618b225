/**
 * The `nutgraf` command: analyse news articles from files or standard input
 * and print a readable report, JSON, JSON Lines or an HTML page.
 */
import {readFileSync, statSync} from 'node:fs'
import {parseArgs} from 'node:util'
// The library, through its public entry (the bundle keeps it as a separate file).
import {type Analysis, analyze, toHtml} from '../index.js'
import {exampleArticle} from './example.js'

/** Where the command reads and writes; the real process by default, a fake in tests. */
export interface CliIo {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  readStdin(): Buffer
  readFile(path: string): Buffer
  isDirectory(path: string): boolean
}

const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
  readFile: (path) => readFileSync(path),
  isDirectory: (path) => {
    try {
      return statSync(path).isDirectory()
    } catch {
      return false
    }
  },
}

export const usage = `Usage: nutgraf [options] [file ...]

Analyse English news articles: people and their roles, quotes by speaker,
amounts, and a summary. Reads standard input when no file or "-" is given.

Options:
  --example          analyse the bundled example article
  --json             print one JSON document per file
  --jsonl            print one JSON line per file (for many files)
  --html             print a self-contained annotated HTML page (one file)
  --sentences <n>    sentences in the summary (default 3)
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 on success, 2 when an argument or an input file is bad (the
other files are still analysed).
`

class UsageError extends Error {}

/**
 * Run the command.
 *
 * @param argv The arguments after the program name.
 * @param io Where to read and write (the process by default).
 * @param version The version to print for `--version`.
 * @returns The exit code.
 */
export function main(argv: string[], io: CliIo = processIo, version = '0.0.0'): number {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr.write(`nutgraf: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (values.version) {
    io.stdout.write(`${version}\n`)
    return 0
  }

  let sentences: number | undefined
  if (values.sentences !== undefined) {
    sentences = Number(values.sentences)
    if (!Number.isInteger(sentences) || sentences < 1) {
      io.stderr.write(
        `nutgraf: --sentences expects a positive whole number, got "${values.sentences}"\n`,
      )
      return 2
    }
  }
  const formats = (['json', 'jsonl', 'html'] as const).filter((name) => values[name])
  if (formats.length > 1) {
    io.stderr.write(
      `nutgraf: choose one of --json, --jsonl and --html, not ${formats.map((f) => `--${f}`).join(' and ')}\n`,
    )
    return 2
  }
  const format = formats[0] ?? 'report'

  const inputs: Array<{name: string; read: () => Buffer}> = []
  if (values.example) inputs.push({name: 'example', read: () => Buffer.from(exampleArticle)})
  for (const path of positionals) {
    inputs.push(
      path === '-'
        ? {name: '<stdin>', read: io.readStdin}
        : {name: path, read: () => readPath(io, path)},
    )
  }
  if (inputs.length === 0) inputs.push({name: '<stdin>', read: io.readStdin})
  if (format === 'html' && inputs.length > 1) {
    io.stderr.write('nutgraf: --html writes one page: give it one file\n')
    return 2
  }

  let status = 0
  const progress = inputs.length > 1 && io.stderr.isTTY === true
  inputs.forEach((input, index) => {
    if (progress) drawProgress(io, index, inputs.length, input.name)
    let text: string
    try {
      text = decode(input.read(), input.name)
    } catch (error) {
      if (progress) io.stderr.write('\r\x1b[K')
      io.stderr.write(`nutgraf: ${(error as Error).message}\n`)
      status = 2
      return
    }
    const analysis = analyze(text, sentences === undefined ? undefined : {summary: {sentences}})
    if (format === 'json')
      io.stdout.write(`${JSON.stringify(toJson(input.name, analysis), null, 2)}\n`)
    else if (format === 'jsonl')
      io.stdout.write(`${JSON.stringify(toJson(input.name, analysis))}\n`)
    else if (format === 'html') io.stdout.write(toHtml(analysis))
    else io.stdout.write(report(input.name, analysis, inputs.length > 1))
  })
  if (progress) {
    drawProgress(io, inputs.length, inputs.length, '')
    io.stderr.write('\n')
  }
  return status
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      example: {type: 'boolean'},
      json: {type: 'boolean'},
      jsonl: {type: 'boolean'},
      html: {type: 'boolean'},
      sentences: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'},
    },
  })
}

function readPath(io: CliIo, path: string): Buffer {
  if (io.isDirectory(path)) throw new UsageError(`${path}: is a directory`)
  try {
    return io.readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`)
    if (code === 'EACCES') throw new UsageError(`${path}: permission denied`)
    throw new UsageError(`${path}: cannot be read (${(error as Error).message})`)
  }
}

/** Decode UTF-8 text; refuse binary input (NUL bytes or invalid UTF-8). */
function decode(buffer: Buffer, name: string): string {
  if (buffer.includes(0))
    throw new UsageError(`${name}: looks like a binary file (it has NUL bytes)`)
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(buffer)
  } catch {
    throw new UsageError(`${name}: is not UTF-8 text`)
  }
}

function drawProgress(io: CliIo, done: number, total: number, name: string): void {
  const width = 24
  const filled = Math.round((done / total) * width)
  io.stderr.write(
    `\r\x1b[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${name.slice(-40)}`,
  )
}

function toJson(file: string, analysis: Analysis) {
  const {text: _text, ...rest} = analysis
  return {file, ...rest}
}

/** The readable report: people, quotes by speaker, amounts, summary. */
export function report(name: string, analysis: Analysis, withName: boolean): string {
  const lines: string[] = []
  if (withName) lines.push(`== ${name}`, '')
  lines.push(`People (${analysis.people.length})`)
  for (const person of analysis.people) {
    const honorific = person.honorific ? `${person.honorific} ` : ''
    const roles = person.roles.length > 0 ? ` — ${person.roles.join(', ')}` : ''
    const count = person.mentions.length
    lines.push(`  ${honorific}${person.name}${roles} (${count} mention${count === 1 ? '' : 's'})`)
  }

  const bySpeaker = new Map<string, Analysis['quotes']>()
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker?.name ?? 'Unknown speaker'
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote])
  }
  lines.push('', `Quotes (${analysis.quotes.length})`)
  for (const [speaker, quotes] of bySpeaker) {
    lines.push(`  ${speaker}`)
    for (const quote of quotes) {
      const {line, column} = quote.position.start
      lines.push(
        `    ${line}:${column} [${quote.kind}${quote.cue ? `, ${quote.cue}` : ''}] “${quote.text}”`,
      )
    }
  }

  lines.push('', `Amounts (${analysis.amounts.length})`)
  for (const amount of analysis.amounts) {
    const {line, column} = amount.position.start
    const value =
      amount.value === null
        ? amount.min !== undefined
          ? `${amount.min}–${amount.max}`
          : 'vague'
        : String(amount.value)
    const unit = amount.currency ?? amount.unit ?? ''
    lines.push(
      `  ${line}:${column} ${amount.text} — ${amount.kind} ${value}${unit ? ` ${unit}` : ''}${amount.approximate ? ' (approximate)' : ''}`,
    )
  }

  lines.push('', 'Summary')
  for (const sentence of analysis.summary.sentences) lines.push(`  ${sentence.text}`)
  lines.push('')
  return `${lines.join('\n')}\n`
}
