// The release's version in one place: package.json (the CLI's --version, the npm package),
// package-lock.json, and the runner image that the GitLab component (templates/build.yml
// `job_image`) and any Tekton task (tekton/*.yaml) run: the one of the same version. Run by
// maintainers, by .github/workflows/release.yml and by the tests, so all do the same thing.
//
//   node scripts/release-version.mjs set 1.2.0
//       before tagging: bumps them all (the runner image by tag; the release pins its digest)
//   node scripts/release-version.mjs check [v1.2.0]
//       fails unless they all agree (and match the tag, when given); prints
//       `version=1.2.0` and `major=v1`, the lines a workflow appends to $GITHUB_OUTPUT
//   node scripts/release-version.mjs pin ghcr.io/owner/runner@sha256:<digest>
//       at release: the runner image becomes ghcr.io/owner/runner:1.2.0@sha256:<digest>, so
//       the component of 1.2.0 always runs the image that release pushed, even if the tag moves
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const files = {
  package: resolve(root, 'package.json'),
  lock: resolve(root, 'package-lock.json'),
  template: resolve(root, 'templates/build.yml'),
}
// Everything that runs in the runner image names it: the component, and Tekton tasks if any.
const runnerFiles = () => [
  files.template,
  ...(existsSync(join(root, 'tekton'))
    ? readdirSync(join(root, 'tekton'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(root, 'tekton', name))
    : []),
]
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
// The `default:` of the job_image input: the component must name the runner image there.
const JOB_IMAGE_DEFAULT = /^ {4}job_image:\n(?: {6}.*\n)*? {6}default: (.*)$/m
// REGISTRY/PATH/runner:VERSION with an optional @sha256 pin; lowercase, as registries require.
const RUNNER_REF = /\b([a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)*\/runner):([\w.-]+)(@sha256:[a-f0-9]{64})?/g
const DIGEST_REF = /^([a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+)@(sha256:[a-f0-9]{64})$/

function fail(message) {
  console.error(`release-version: ${message}`)
  process.exit(1)
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
const relative = (path) => path.slice(root.length + 1)

/** Rewrites every runner image reference in the files that name it. */
function rewriteRunnerRefs(rewrite) {
  for (const path of runnerFiles()) {
    const text = readFileSync(path, 'utf8')
    writeFileSync(
      path,
      text.replace(RUNNER_REF, (_all, repository, tag, digest) => rewrite(repository, tag, digest?.slice(1))),
    )
  }
}

function check(tag) {
  const { version } = readJson(files.package)
  if (!SEMVER.test(version)) fail(`package.json version ${version} is not MAJOR.MINOR.PATCH`)
  const lock = readJson(files.lock)
  if (lock.version !== version || lock.packages?.['']?.version !== version) {
    fail(
      `package-lock.json says ${lock.version}, package.json ${version}: run 'node scripts/release-version.mjs set ${version}'`,
    )
  }
  const jobImage = JOB_IMAGE_DEFAULT.exec(readFileSync(files.template, 'utf8'))?.[1]?.trim() ?? ''
  if (!new RegExp(`^${RUNNER_REF.source}$`).test(jobImage)) {
    fail(`templates/build.yml: job_image default '${jobImage}' is not REGISTRY/PATH/runner:VERSION[@sha256:DIGEST]`)
  }
  for (const path of runnerFiles()) {
    for (const [ref, , refTag] of readFileSync(path, 'utf8').matchAll(RUNNER_REF)) {
      if (refTag !== version)
        fail(
          `${relative(path)} runs ${ref}, package.json is ${version}: run 'node scripts/release-version.mjs set ${version}'`,
        )
    }
  }
  if (tag !== undefined) {
    const name = tag.replace(/^refs\/tags\//, '')
    if (name !== `v${version}`)
      fail(
        `tag ${name} is not v${version}, the version in package.json: tag v${version}, or run 'node scripts/release-version.mjs set ${name.replace(/^v/, '')}' and commit first`,
      )
  }
  console.log(`version=${version}\nmajor=v${version.split('.')[0]}`)
}

function set(version) {
  if (!SEMVER.test(version ?? '')) fail(`usage: set MAJOR.MINOR.PATCH (got ${version ?? 'nothing'})`)
  const pkg = readJson(files.package)
  pkg.version = version
  writeJson(files.package, pkg)
  const lock = readJson(files.lock)
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
  writeJson(files.lock, lock)
  // A new version runs its own image, found by tag until the release pins its digest.
  rewriteRunnerRefs((repository) => `${repository}:${version}`)
  check()
}

function pin(digestRef) {
  const match = DIGEST_REF.exec(digestRef ?? '')
  if (!match?.[1].endsWith('/runner')) {
    fail(
      `usage: pin REGISTRY/PATH/runner@sha256:DIGEST, the digest-ref the runner image was pushed as (got ${digestRef || 'nothing'})`,
    )
  }
  const { version } = readJson(files.package)
  rewriteRunnerRefs(() => `${match[1]}:${version}@${match[2]}`)
  check()
}

const [command, argument] = process.argv.slice(2)
if (command === 'check') check(argument)
else if (command === 'set') set(argument)
else if (command === 'pin') pin(argument)
else fail('usage: release-version.mjs check [TAG] | set VERSION | pin IMAGE@sha256:DIGEST')
