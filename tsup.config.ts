import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // The library: runs anywhere JavaScript runs (no node: modules).
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true
  },
  {
    // The command-line tool: Node.js only.
    entry: {cli: 'src/cli/bin.ts'},
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [
      {
        // Import the library from dist/index.js instead of bundling it twice.
        name: 'library-as-sibling',
        setup(build) {
          build.onResolve({filter: /^\.\.\/index\.js$/}, () => ({path: './index.js', external: true}))
        }
      }
    ]
  }
])
