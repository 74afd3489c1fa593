import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// scripts/release-version.mjs, which maintainers, the release workflow and these tests run, on a
// copy of the files it owns.
const root = resolve(import.meta.dirname, '../..')
const digest = `sha256:${'ab12'.repeat(16)}`
const run = promisify(execFile)

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-release-version-'))
  for (const path of ['package.json', 'package-lock.json', 'templates/build.yml', 'scripts/release-version.mjs']) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    cpSync(join(root, path), join(dir, path))
  }
  return dir
}

async function releaseVersion(
  dir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'scripts/release-version.mjs'), ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

const jobImage = (dir: string) =>
  /^ {4}job_image:\n(?: {6}.*\n)*? {6}default: (.*)$/m.exec(readFileSync(join(dir, 'templates/build.yml'), 'utf8'))?.[1]
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string

describe('release-version', () => {
  it("the committed component runs the runner image of the package's version", async () => {
    expect(jobImage(root)).toBe(`ghcr.io/nix-image/runner:${version}`)
    const check = await releaseVersion(root, 'check', `refs/tags/v${version}`)
    expect(check).toMatchObject({ code: 0, stdout: `version=${version}\nmajor=v${version.split('.')[0]}\n` })
  })

  it('set bumps package.json, package-lock.json and the runner image, and nothing else', async () => {
    const dir = copy()
    const before = readFileSync(join(dir, 'templates/build.yml'), 'utf8')
    expect((await releaseVersion(dir, 'set', '1.2.0')).code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.2.0')
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'))
    expect([lock.version, lock.packages[''].version]).toEqual(['1.2.0', '1.2.0'])
    expect(jobImage(dir)).toBe('ghcr.io/nix-image/runner:1.2.0')
    expect(readFileSync(join(dir, 'templates/build.yml'), 'utf8')).toBe(
      before.replace(`runner:${version}`, 'runner:1.2.0'),
    )
    expect((await releaseVersion(dir, 'check', 'v1.2.0')).code).toBe(0)
  })

  it('pin names the pushed runner image by version and digest', async () => {
    const dir = copy()
    await releaseVersion(dir, 'set', '2.0.1')
    expect((await releaseVersion(dir, 'pin', `ghcr.io/acme/runner@${digest}`)).code).toBe(0)
    expect(jobImage(dir)).toBe(`ghcr.io/acme/runner:2.0.1@${digest}`)
    expect((await releaseVersion(dir, 'check', 'v2.0.1')).stdout).toBe('version=2.0.1\nmajor=v2\n')
  })

  it('keeps Tekton tasks on the same runner image as the component', async () => {
    const dir = copy()
    mkdirSync(join(dir, 'tekton'))
    const task = join(dir, 'tekton/task.yaml')
    writeFileSync(task, `steps:\n  - name: build\n    image: ghcr.io/nix-image/runner:${version}\n`)
    await releaseVersion(dir, 'set', '3.1.4')
    expect(readFileSync(task, 'utf8')).toContain('    image: ghcr.io/nix-image/runner:3.1.4\n')
    await releaseVersion(dir, 'pin', `ghcr.io/acme/runner@${digest}`)
    expect(readFileSync(task, 'utf8')).toContain(`    image: ghcr.io/acme/runner:3.1.4@${digest}\n`)
    writeFileSync(task, 'steps:\n  - image: ghcr.io/nix-image/runner:1.0.0\n')
    const check = await releaseVersion(dir, 'check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain('tekton/task.yaml runs ghcr.io/nix-image/runner:1.0.0, package.json is 3.1.4')
  })

  it.each([
    [['check', 'v9.9.9'], `tag v9.9.9 is not v${version}`],
    [['set', '1.2'], 'usage: set MAJOR.MINOR.PATCH'],
    [['pin', 'ghcr.io/acme/runner:latest'], 'usage: pin REGISTRY/PATH/runner@sha256:DIGEST'],
    [['pin', `GHCR.io/Acme/runner@${digest}`], 'usage: pin REGISTRY/PATH/runner@sha256:DIGEST'],
    [['pin', `ghcr.io/acme/other@${digest}`], 'usage: pin REGISTRY/PATH/runner@sha256:DIGEST'],
    [['publish'], 'usage:'],
  ])('%j fails with one line saying why', async (args, message) => {
    const result = await releaseVersion(copy(), ...args)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)])
  })

  it('check fails when the component runs another version, naming the fix', async () => {
    const dir = copy()
    const template = join(dir, 'templates/build.yml')
    writeFileSync(template, readFileSync(template, 'utf8').replace(`runner:${version}`, 'runner:0.0.9'))
    const result = await releaseVersion(dir, 'check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`run 'node scripts/release-version.mjs set ${version}'`)
  })
})
