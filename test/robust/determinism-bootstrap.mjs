// Worker entry: load TypeScript through tsx, then run the worker module.
import {register} from 'tsx/esm/api'

register()
await import('./determinism-worker.ts')
