/**
 * The annotated HTML page in a real browser: Debian's Chromium driven by
 * playwright-core (never a downloaded browser). Run by `npm run test:browser`;
 * `.ci/run` installs Chromium with apt when it is missing.
 */
import {existsSync, mkdirSync} from 'node:fs'
import {type Browser, chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seedArticle} from '../helpers.js'
import {nutgraf} from '../nutgraf.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const artifacts = new URL('../../artifacts/', import.meta.url)

describe('toHtml in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
      )
    }
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the seed article with marks, a side panel and tooltips', async () => {
    const analysis = nutgraf.analyze(seedArticle)
    const page = await browser.newPage({viewport: {width: 1400, height: 1000}})
    const blocked: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank')
        blocked.push(request.url())
    })
    await page.setContent(nutgraf.toHtml(analysis), {waitUntil: 'load'})

    // Marks: one per quote, person mention and amount.
    expect(await page.locator('mark.quote').count()).toBeGreaterThanOrEqual(analysis.quotes.length)
    expect(await page.locator('.amount').count()).toBeGreaterThanOrEqual(analysis.amounts.length)
    expect(await page.locator('.person').count()).toBeGreaterThan(0)
    expect(await page.locator('.summary').count()).toBeGreaterThanOrEqual(
      analysis.summary.sentences.length,
    )

    // The article's layout: a headline, captions and credits kept apart from the body.
    expect(await page.locator('h1.block-headline').count()).toBe(1)
    expect(await page.locator('.block-caption').count()).toBe(2)
    expect(await page.locator('.block-credit').count()).toBe(2)

    // The panel lists every person and quote.
    expect(await page.locator('.panel-people li').count()).toBe(analysis.people.length)
    expect(await page.locator('.panel-quotes li').count()).toBe(analysis.quotes.length)
    expect(await page.locator('.panel-amounts li').count()).toBe(analysis.amounts.length)

    // Quotes by one speaker share a colour; the tooltip names the speaker.
    const first = page.locator('mark.quote').first()
    expect(await first.getAttribute('title')).toMatch(/^Quote 1 \(/)
    const colours = await page
      .locator('mark.quote')
      .evaluateAll((marks) =>
        marks.map((mark) => [
          mark.getAttribute('data-speaker'),
          getComputedStyle(mark).backgroundColor,
        ]),
      )
    const bySpeaker = new Map<string, Set<string>>()
    for (const [speaker, colour] of colours) {
      bySpeaker.set(speaker!, (bySpeaker.get(speaker!) ?? new Set()).add(colour!))
    }
    for (const set of bySpeaker.values()) expect(set.size).toBe(1)

    // The page is whole text: what the browser shows is the article, unchanged.
    const shown = await page.locator('article').innerText()
    expect(shown.replace(/\s+/g, ' ')).toContain('Defence Secretary John Healey has signalled')

    expect(blocked).toEqual([])
    mkdirSync(artifacts, {recursive: true})
    await page.screenshot({path: new URL('seed-article.png', artifacts).pathname, fullPage: true})
    await page.close()
  })

  it('does not run script from the article', async () => {
    const page = await browser.newPage()
    const text =
      'Hack <img src=x onerror="window.pwned=1"> news\n<script>window.pwned=2</script> "Hi," she said.'
    await page.setContent(nutgraf.toHtml(nutgraf.analyze(text)), {waitUntil: 'load'})
    expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
    expect(await page.locator('article').innerText()).toContain('<script>')
    await page.close()
  })
})
