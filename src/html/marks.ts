import {escapeHtml} from './escape.js'

/** A stretch of text to wrap in an element. */
export interface Mark {
  start: number
  end: number
  tag: 'span' | 'mark'
  className: string
  title: string
  style?: string
  data?: Record<string, string>
  /** Nesting order when two marks start together: lower ranks wrap higher ones. */
  rank: number
}

/**
 * Render `text.slice(start, end)` with the marks that fall in it, escaped.
 * Marks are nested with a stack; where two marks cross, the inner one is
 * closed and opened again, so the markup is always well formed.
 */
export function markBlock(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
): string {
  const inside = marks
    .filter((mark) => mark.start < end && mark.end > start && mark.end > mark.start)
    .map((mark) => ({...mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end)}))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)

  const boundaries = new Set<number>([start, end])
  for (const mark of inside) {
    boundaries.add(mark.start)
    boundaries.add(mark.end)
  }
  const points = [...boundaries].sort((a, b) => a - b)

  const out: string[] = []
  const open: Mark[] = []
  let next = 0
  for (let index = 0; index < points.length; index++) {
    const at = points[index]!
    // Close marks that end here, and reopen those above them that go on.
    const lowest = open.findIndex((mark) => mark.end <= at)
    if (lowest !== -1) {
      const above = open.splice(lowest)
      for (let depth = above.length - 1; depth >= 0; depth--) out.push(`</${above[depth]!.tag}>`)
      for (const mark of above) {
        if (mark.end > at) {
          out.push(openTag(mark))
          open.push(mark)
        }
      }
    }
    while (next < inside.length && inside[next]!.start === at) {
      const mark = inside[next++]!
      out.push(openTag(mark))
      open.push(mark)
    }
    const to = points[index + 1]
    if (to !== undefined) out.push(escapeHtml(text.slice(at, to)))
  }
  for (let depth = open.length - 1; depth >= 0; depth--) out.push(`</${open[depth]!.tag}>`)
  return out.join('')
}

function openTag(mark: Mark): string {
  let attributes = ` class="${escapeHtml(mark.className)}" title="${escapeHtml(mark.title)}"`
  if (mark.style) attributes += ` style="${escapeHtml(mark.style)}"`
  for (const [key, value] of Object.entries(mark.data ?? {})) {
    attributes += ` data-${key}="${escapeHtml(value)}"`
  }
  return `<${mark.tag}${attributes}>`
}
