// The release's version in one place: package.json (the CLI's --version, the npm package),
// package-lock.json, and the GitLab component's default job image (templates/build.yml
// `job_image`: the runner image of the same version). Run by maintainers, by
// .github/workflows/release.yml and by the tests, so all three do the same thing.
//
//   node scripts/release-version.mjs set 1.2.0
//       before tagging: bumps all three (the runner image by tag; the release pins its digest)
//   node scripts/release-version.mjs check [v1.2.0]
//       fails unless all three agree (and match the tag, when given); prints
//       `version=1.2.0` and `major=v1`, the lines a workflow appends to $GITHUB_OUTPUT
//   node scripts/release-version.mjs pin ghcr.io/owner/runner@sha256:<digest>
//       at release: job_image becomes ghcr.io/owner/runner:1.2.0@sha256:<digest>, so the
//       component of 1.2.0 always runs the image that release pushed, even if the tag moves
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const files = {
  package: resolve(root, 'package.json'),
  lock: resolve(root, 'package-lock.json'),
  template: resolve(root, 'templates/build.yml'),
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
// The `default:` of the job_image input, the only place the template names the image.
const JOB_IMAGE_DEFAULT = /^( {4}job_image:\n(?: {6}.*\n)*? {6}default: )(.*)$/m
// registry/path/runner:<version> with an optional @sha256 pin; lowercase, as registries require.
const RUNNER_REF = /^([a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+):([\w.-]+)(@sha256:[a-f0-9]{64})?$/

function fail(message) {
  console.error(`release-version: ${message}`)
  process.exit(1)
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)

function jobImage() {
  const match = JOB_IMAGE_DEFAULT.exec(readFileSync(files.template, 'utf8'))
  if (!match) fail('templates/build.yml has no job_image input with a default')
  const ref = RUNNER_REF.exec(match[2].trim())
  if (!ref) fail(`templates/build.yml: job_image default ${match[2]} is not REGISTRY/PATH:VERSION[@sha256:DIGEST]`)
  return { repository: ref[1], tag: ref[2], digest: ref[3]?.slice(1) }
}

function setJobImage(value) {
  const text = readFileSync(files.template, 'utf8')
  writeFileSync(files.template, text.replace(JOB_IMAGE_DEFAULT, (_all, head) => `${head}${value}`))
}

function check(tag) {
  const { version } = readJson(files.package)
  if (!SEMVER.test(version)) fail(`package.json version ${version} is not MAJOR.MINOR.PATCH`)
  const lock = readJson(files.lock)
  if (lock.version !== version || lock.packages?.['']?.version !== version) {
    fail(`package-lock.json says ${lock.version}, package.json ${version}: run 'node scripts/release-version.mjs set ${version}'`)
  }
  const image = jobImage()
  if (image.tag !== version) {
    fail(`templates/build.yml runs ${image.repository}:${image.tag}, package.json is ${version}: run 'node scripts/release-version.mjs set ${version}'`)
  }
  if (tag !== undefined) {
    const name = tag.replace(/^refs\/tags\//, '')
    if (name !== `v${version}`) fail(`tag ${name} is not v${version}, the version in package.json: tag v${version}, or run 'node scripts/release-version.mjs set ${name.replace(/^v/, '')}' and commit first`)
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
  setJobImage(`${jobImage().repository}:${version}`)
  check()
}

function pin(digestRef) {
  const match = /^([a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+)@(sha256:[a-f0-9]{64})$/.exec(digestRef ?? '')
  if (!match) fail(`usage: pin REGISTRY/PATH@sha256:DIGEST, the digest-ref the runner image was pushed as (got ${digestRef || 'nothing'})`)
  const { version } = readJson(files.package)
  setJobImage(`${match[1]}:${version}@${match[2]}`)
  check()
}

const [command, argument] = process.argv.slice(2)
if (command === 'check') check(argument)
else if (command === 'set') set(argument)
else if (command === 'pin') pin(argument)
else fail('usage: release-version.mjs check [TAG] | set VERSION | pin IMAGE@sha256:DIGEST')
