// The import rules of src/ (docs/architecture.md draws them), checked by `npm run lint`, which
// `npm test` runs. Imports point one way:
//
//   types.ts (the contract) ← base/ ← report/ ← nix/ registry/ archive/ ← push/ sbom/ cache/ deploy/ source/
//     ← plan/ ← run/ ← src/adapter/ (the adapter toolkit) ← src/cli/ src/github/ src/gitlab/
//
// A folder may import its own files and any layer to its left, never one to its right, and never
// a sibling of its own layer: two protocols (nix/, registry/, archive/) or two tools (push/, sbom/,
// cache/, deploy/) that need each other meet in the layer above them, which passes one's result to
// the other. Adapters import only the contract, base/, report/, run/ (and deploy/, the verify and
// pin commands) and the toolkit.
//
// TypeScript 7 has no JavaScript API for dependency-cruiser to parse with: it reads the sources
// with swc (@swc/core), type-only imports included (tsPreCompilationDeps).

const core = '^src/core/'
const folders = (...names) => `^src/core/(${names.join('|')})/`

/** A rule that `from` imports nothing in src/ but `allowed`. */
function only(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: '^src/', pathNot: allowed },
  }
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties its modules into one: none may be read, tested or loaded lazily alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'contract-imports-nothing',
      comment: 'types.ts is the contract between the core and its adapters: types and names, no implementation.',
      severity: 'error',
      from: { path: '^src/core/types\\.ts$' },
      to: {},
    },
    only(
      'base',
      'base/ is what every layer uses (errors, escaping, exec, files, timing): it knows nothing above it.',
      folders('base'),
      ['^src/core/types\\.ts$', folders('base')],
    ),
    only('report', 'report/ turns results into records and text: pure functions of the contract.', folders('report'), [
      '^src/core/types\\.ts$',
      folders('base', 'report'),
    ]),
    ...['nix', 'registry', 'archive'].map((folder) =>
      only(
        `protocol-${folder}`,
        'A protocol (Nix, the registry API, archives) stands on base/ alone; protocols do not import each other.',
        folders(folder),
        ['^src/core/types\\.ts$', folders('base', 'report', folder)],
      ),
    ),
    ...['push', 'sbom', 'cache', 'deploy', 'source'].map((folder) =>
      only(
        `tool-${folder}`,
        'A tool (pushing, SBOMs, binary caches, deploy manifests, source records) uses the protocols; tools do not import each other.',
        folders(folder),
        ['^src/core/types\\.ts$', folders('base', 'report', 'nix', 'registry', 'archive', folder)],
      ),
    ),
    only('plan', 'plan/ decides what a run does from evaluation and the registry; it runs nothing.', folders('plan'), [
      '^src/core/types\\.ts$',
      folders('base', 'report', 'nix', 'registry', 'archive', 'push', 'sbom', 'cache', 'deploy', 'source', 'plan'),
    ]),
    {
      name: 'core-knows-no-adapter',
      comment: 'src/core/ is platform-free: it never imports an adapter or the adapter toolkit.',
      severity: 'error',
      from: { path: core },
      to: { path: '^src/(adapter|cli|github|gitlab)/' },
    },
    {
      name: 'adapters-use-the-edge',
      comment:
        'An adapter (CLI, Action, GitLab component) imports the contract, base/, the run entry points (run/, and deploy/ for the verify and pin commands), reporting (report/) and the adapter toolkit (src/adapter/) only.',
      severity: 'error',
      from: { path: '^src/(cli|github|gitlab)/' },
      to: { path: core, pathNot: ['^src/core/types\\.ts$', folders('base', 'report', 'run', 'deploy')] },
    },
    {
      name: 'adapters-apart',
      comment: 'Adapters do not import each other: what two of them share goes to the toolkit.',
      severity: 'error',
      from: { path: '^src/(cli|github|gitlab)/' },
      to: { path: '^src/(cli|github|gitlab)/', pathNot: '^src/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.d.ts'] },
  },
}
