/**
 * The benchmark harness of `npm run bench`: every case runs in one process,
 * in interleaved rounds (each round runs every case once, in a rotating
 * order), after a warm-up; the figure reported is the median round, as a
 * ratio to the baseline measured in the same rounds (the median of the
 * rounds' ratios, each against its own round's baseline). Machines here are shared
 * and noisy: the ratio is the figure, the absolute time only context. What is
 * timed is the process's CPU time (user + system), not the wall clock: on a
 * loaded machine the wall clock mostly measures waiting for a core. No
 * garbage collection is forced between runs: a forced one shrinks V8's young
 * generation and makes the next run slower than any real one (extractPeople
 * about 4x).
 */

/** One thing to time. */
export interface BenchCase {
  /** Row label. */
  name: string
  /** The work of one round, given what `prepare` made. */
  run: (prepared: unknown) => unknown
  /**
   * Untimed work before each round of this case (such as parsing the texts
   * afresh, so an extractor meets new Articles as `analyze` does); what it
   * returns is passed to `run` and dropped after it.
   */
  prepare?: () => unknown
  /**
   * How the row reads against the baseline: `cost` prints time / baseline
   * time (lower is better), `throughput` prints baseline time / time.
   */
  report: 'cost' | 'throughput'
  /** The target, as text for the table ("<= 1.15"). */
  target: string
  /** Whether a ratio meets the target. */
  meets: (ratio: number) => boolean
}

/** A group of cases measured against one baseline in the same rounds. */
export interface BenchGroup {
  title: string
  baseline: {name: string; run: () => unknown}
  cases: BenchCase[]
  /** Rounds after warm-up (default 15). */
  rounds?: number
  /**
   * The characters the baseline reads a round, when its speed in MB/s of
   * text is worth printing (the bare parse, the floor every ratio is taken
   * against, to compare machines by).
   */
  baselineChars?: number
}

/** What a run returns when it timed itself: the CPU milliseconds of its timed steps. */
export class SelfTimed {
  constructor(readonly ms: number) {}
}

/** CPU time of this process so far, in milliseconds. */
export function cpuTime(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Median of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Run a group; return the printable table and every case's ratio by name, as the table prints it. */
export function runGroup(group: BenchGroup): {table: string; ratios: Map<string, number>} {
  const runs: Array<Pick<BenchCase, 'run' | 'prepare'>> = [group.baseline, ...group.cases]
  const times: number[][] = runs.map(() => [])
  /** One timed run of a case: its preparation is not timed. */
  const time = (item: Pick<BenchCase, 'run' | 'prepare'>): number => {
    const prepared = item.prepare?.()
    const start = cpuTime()
    const result = item.run(prepared)
    const elapsed = cpuTime() - start
    // A run that times itself (leaving out untimed steps between its timed ones) says so.
    return result instanceof SelfTimed ? result.ms : elapsed
  }
  for (const item of runs) time(item) // warm-up
  for (const item of runs) time(item)
  const rounds = group.rounds ?? 15
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < runs.length; step++) {
      const index = (round + step) % runs.length
      times[index]!.push(time(runs[index]!))
    }
  }
  const medians = times.map(median)
  const base = medians[0]!
  const ratios = new Map<string, number>()
  const lines = [
    `### ${group.title}`,
    '',
    '| case | median CPU ms | ratio | target | met |',
    '|---|---|---|---|---|',
    `| ${group.baseline.name} (baseline) | ${base.toFixed(1)} | 1.00 | | |`,
  ]
  group.cases.forEach((item, index) => {
    const time = medians[index + 1]!
    // Paired: each round's time over the same round's baseline, then the median,
    // so that a burst of load on the machine moves both sides of a ratio.
    const perRound = times[index + 1]!.map((value, round) => value / times[0]![round]!)
    const cost = median(perRound)
    const ratio = item.report === 'cost' ? cost : 1 / cost
    ratios.set(item.name, ratio)
    const label = item.report === 'cost' ? 'x the baseline time' : 'x the baseline throughput'
    lines.push(
      `| ${item.name} | ${time.toFixed(1)} | ${ratio.toFixed(2)} ${label} | ${item.target} | ${item.meets(ratio) ? 'yes' : 'NO'} |`,
    )
  })
  lines.push(
    '',
    `(${rounds} interleaved rounds after warm-up; medians of CPU time, ratios the median of each round's ratio)`,
  )
  if (group.baselineChars !== undefined) {
    lines.push(
      `(the baseline reads ${(group.baselineChars / 1e3 / base).toFixed(1)} MB of text a CPU second on this machine)`,
    )
  }
  return {table: lines.join('\n'), ratios}
}
