import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import type { SetEntry } from '../../src/core/types.js'
import { verifyAfterPush } from '../../src/core/deploy/verify-after-push.js'

// verify-manifests after a push, as the Action and the GitLab component run it: what it returns is
// what they report, so these assert the lines a user reads.

const TAG = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const OTHER = 'cccccccccccccccccccccccccccccccc'
const OLD = '0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const DIGEST = `sha256:${'2'.repeat(64)}`
const manifests = { patterns: ['deploy/*.yaml'], valuesKeys: [] }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nix-image-verify-after-push-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

/** deploy/app.yaml: one Pod with a container per image, in this order (lines 6, 8, 10…). */
function deploy(...images: string[]): void {
  const containers = images.map((image, index) => `    - name: c${index}\n      image: ${image}\n`).join('')
  mkdirSync(join(dir, 'deploy'), { recursive: true })
  writeFileSync(join(dir, 'deploy', 'app.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${containers}`)
}

const entry = (name: string, image: string, tag: string, kind: SetEntry['kind'] = 'docker-archive'): SetEntry =>
  ({ name, image, tag, kind, digest: DIGEST, ref: `${image}:${tag}`, digestRef: `${image}@${DIGEST}` }) as SetEntry

describe('a single image', () => {
  const pushed = { single: { tag: TAG, digest: DIGEST }, image: parseImageName('ghcr.io/acme/app') }

  it('passes when every reference is at the pushed tag', async () => {
    deploy(`ghcr.io/acme/app:${TAG}`)
    const result = await verifyAfterPush(pushed, manifests, dir)
    expect(result.failures).toEqual([])
    expect(result.stale).toEqual([])
    expect(result.passed).toBe(`1 reference(s) to ghcr.io/acme/app in 1 file(s) point at ${TAG}`)
  })

  it('fails with the line the step ends with and the exact pin command', async () => {
    deploy(`ghcr.io/acme/app:${OLD}`)
    const result = await verifyAfterPush(pushed, manifests, dir)
    const fix = `nix-image pin --image ghcr.io/acme/app --manifests 'deploy/*.yaml' --tag ${TAG} --digest ${DIGEST}`
    expect(result.failures.map(({ message, fix }) => ({ message, fix }))).toEqual([
      { message: `deploy manifests reference ghcr.io/acme/app at another tag than ${TAG}; fix with: ${fix}`, fix },
    ])
    expect(result.stale.map(({ file, line, found }) => ({ file, line, found }))).toEqual([
      { file: 'deploy/app.yaml', line: 6, found: `ghcr.io/acme/app:${OLD}` },
    ])
  })

  it('fails when no manifest names the image: a silent pass would hide a typo', async () => {
    deploy(`ghcr.io/acme/other:${TAG}`)
    await expect(verifyAfterPush(pushed, manifests, dir)).rejects.toThrow(
      /no image in deploy\/app\.yaml is from ghcr\.io\/acme\/app/,
    )
  })
})

describe('a set', () => {
  const set = [
    entry('api', 'ghcr.io/acme/app/api', TAG),
    entry('worker', 'ghcr.io/acme/app/worker', OTHER),
    entry('migrate', 'ghcr.io/acme/app/migrate', TAG),
  ]

  it('one stale member: one failure, for that repository, ready for the set’s failed list', async () => {
    deploy(`ghcr.io/acme/app/api:${TAG}`, `ghcr.io/acme/app/worker:${OLD}`)
    const result = await verifyAfterPush({ set }, manifests, dir)
    expect(result.failures).toHaveLength(1)
    const [failure] = result.failures
    expect(failure?.name).toBe('deploy manifests')
    expect(failure?.reason).toBe(
      `reference ghcr.io/acme/app/worker at another tag than ${OTHER}; fix with: nix-image pin --image ghcr.io/acme/app/worker --manifests 'deploy/*.yaml' --tag ${OTHER} --digest ${DIGEST}`,
    )
    expect(result.stale.map(({ line, found, expected }) => ({ line, found, expected }))).toEqual([
      { line: 8, found: `ghcr.io/acme/app/worker:${OLD}`, expected: `ghcr.io/acme/app/worker:${OTHER}@${DIGEST}` },
    ])
    // migrate is named by no manifest: fine, a file may deploy some of the images.
    expect(result.reports.map((report) => report.image)).toEqual([
      'ghcr.io/acme/app/api',
      'ghcr.io/acme/app/worker',
      'ghcr.io/acme/app/migrate',
    ])
  })

  it('every member at its tag: no failure, one line for all', async () => {
    deploy(`ghcr.io/acme/app/api:${TAG}`, `ghcr.io/acme/app/worker:${OTHER}`)
    const result = await verifyAfterPush({ set }, manifests, dir)
    expect(result.failures).toEqual([])
    expect(result.stale).toEqual([])
    expect(result.passed).toBe('2 reference(s) to 3 image(s) point at their tags')
  })

  it('a platform set is checked by its index, not by the members under the same repository', async () => {
    const platforms = [
      entry('x86_64-linux', 'ghcr.io/acme/app', OLD),
      entry('aarch64-linux', 'ghcr.io/acme/app', OTHER),
      entry('', 'ghcr.io/acme/app', TAG, 'index'),
    ]
    deploy(`ghcr.io/acme/app:${TAG}`)
    const result = await verifyAfterPush({ set: platforms }, manifests, dir)
    expect(result.failures).toEqual([])
    expect(result.reports.map((report) => report.tag)).toEqual([TAG])
  })

  it('fails when no manifest names any image of the set', async () => {
    deploy(`ghcr.io/acme/other:${TAG}`)
    await expect(verifyAfterPush({ set }, manifests, dir)).rejects.toThrow(
      /no image in deploy\/app\.yaml is from ghcr\.io\/acme\/app\/api, /,
    )
  })
})
