#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {main} from './index.js'

function packageVersion(): string {
  try {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string
    }
    return manifest.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

process.exitCode = main(process.argv.slice(2), undefined, packageVersion())
