// Bundles each entry point into dist/ with esbuild. With --check, bundles into a temporary
// folder and fails when the committed dist/ differs, so users never run stale code.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const entryPoints = {
  cli: 'src/cli/main.ts',
  index: 'src/github/main.ts',
  gitlab: 'src/gitlab/main.ts',
  post: 'src/github/post.ts',
}
// What the npm package's `bin` entries run; the rest of dist/ is the Action's.
const binEntries = ['cli', 'gitlab']
const check = process.argv.includes('--check')
const outdir = check ? mkdtempSync(join(tmpdir(), 'nix-image-dist-')) : 'dist'

// Chunk names carry content hashes: clear the old ones, or dist/ collects stale files.
if (!check && existsSync(outdir))
  for (const name of readdirSync(outdir)) if (name.endsWith('.js') || name === '.npmignore') rmSync(join(outdir, name))

const { metafile } = await build({
  entryPoints,
  metafile: true,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Modules only some runs need (undici, the YAML code, the GitLab API client) go to shared
  // chunks that load on first use, so start-up parses only what every run needs.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Optional plug-ins of @cyclonedx/cyclonedx-library (XML output, schema validation) that
  // nix-image never uses: the library requires them in a try and goes on without them.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'],
  define: { NIX_IMAGE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  // Bundled CommonJS dependencies call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);",
  },
})

// The npm package holds only the bin entries and the chunks they load (package.json `files`
// takes dist/, and npm applies a .npmignore inside it): chunk names change with their content,
// so the list of the Action's own files is written with each build.
const needed = new Set()
const visit = (output) => {
  if (needed.has(output)) return
  needed.add(output)
  for (const { path } of metafile.outputs[output].imports) if (path in metafile.outputs) visit(path)
}
for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
  if (binEntries.some((name) => entryPoint === entryPoints[name])) visit(output)
}
const actionOnly = Object.keys(metafile.outputs)
  .filter((output) => !needed.has(output))
  .map((output) => basename(output))
  .sort()
writeFileSync(
  join(outdir, '.npmignore'),
  `# Written by scripts/build.mjs: dist/ files only the GitHub Action runs, left out of the npm package.\n${actionOnly.join('\n')}\n`,
)

if (check) {
  const fresh = readdirSync(outdir).sort()
  const committed = existsSync('dist') ? readdirSync('dist').sort() : []
  const stale = [...new Set([...fresh, ...committed])].filter(
    (name) =>
      !fresh.includes(name) ||
      !committed.includes(name) ||
      !readFileSync(join(outdir, name)).equals(readFileSync(join('dist', name))),
  )
  rmSync(outdir, { recursive: true, force: true })
  if (stale.length > 0) {
    console.error(`dist/ is out of date (${stale.join(', ')}): run 'npm run build' and commit dist/`)
    process.exit(1)
  }
  console.log('dist/ is up to date')
}
