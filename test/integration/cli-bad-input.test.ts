import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorLine, runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { listTags } from '../helpers/skopeo.js'

// Hostile and mistaken input, one test each: a non-zero exit, one line naming the input and the
// fix, no stack trace, nothing executed (shell metacharacters would create the marker file), and
// nothing pushed.
const images = join(fixturesDir, 'images.nix')
const work = mkdtempSync(join(tmpdir(), 'nix-image-bad-input-'))
const marker = join(work, 'executed')
const run = `$(touch ${marker})`
const backticks = `\`touch ${marker}\``
const registry = useRegistry()

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    HOME: work,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    ...extra,
  })
/** A push of a good image to the test registry, with `args` added (a later option wins). */
const push = (...args: string[]): string[] => [
  'push',
  images,
  '--attr',
  'archive',
  '--image',
  `${registry.host}/bad/input`,
  '--insecure-registry',
  ...args,
]

const cases: [string, () => string[], RegExp, NodeJS.ProcessEnv?][] = [
  ['an empty image', () => push('--image', ''), /--image is required|image is empty/],
  [
    'a repository with invalid characters',
    () => push('--image', `${registry.host}/bad/-input`),
    /has an invalid repository '.*-input': use lowercase letters/,
  ],
  [
    'a repository that is too long',
    () => push('--image', `${registry.host}/${'a'.repeat(300)}`),
    /is \d+ characters long: a repository name has at most 255/,
  ],
  [
    'an image with a tag',
    () => push('--image', `${registry.host}/bad/input:v1`),
    /carries a tag: give the repository alone/,
  ],
  [
    'an image with a digest',
    () => push('--image', `${registry.host}/bad/input@sha256:${'0'.repeat(64)}`),
    /carries a digest/,
  ],
  ['an image given as a URL', () => push('--image', `https://${registry.host}/bad/input`), /starts with a URL scheme/],
  ['an image with white space', () => push('--image', `${registry.host}/bad/in put`), /contains white space/],
  [
    'an image with an invalid host',
    () => push('--image', 'bad_host!:99/app'),
    /invalid registry host|invalid repository/,
  ],
  [
    'an image with $(…)',
    () => push('--image', `${registry.host}/bad/${run}`),
    /--image .* (has an invalid repository|contains white space)/,
  ],
  ['an image with a newline', () => push('--image', `${registry.host}/bad/input\nx`), /--image .*contains white space/],
  ['a tag with a space', () => push('--tag', 'bad tag'), /tag 'bad tag' is not a valid tag: use letters, digits/],
  ['a tag over 128 characters', () => push('--tag', 'a'.repeat(129)), /is 129 characters long \(at most 128\)/],
  ['a tag starting with a dash', () => push('--tag=-v1'), /tag '-v1' is not a valid tag/],
  [
    'an option argument that looks like an option',
    () => push('--tag', '-v1'),
    /Option '--tag' argument is ambiguous\. .*use '--tag=-XYZ'/,
  ],
  ['a tag with $(…)', () => push('--tag', run), /tag '\$\(touch .*\)' is not a valid tag/],
  ['a tag with backticks', () => push('--tag', backticks), /is not a valid tag/],
  ['a tag with a semicolon', () => push('--tag', `v1;touch ${marker}`), /is not a valid tag/],
  ['a tag with a newline', () => push('--tag', 'v1\nv2'), /tag 'v1\\nv2' is not a valid tag/],
  ['an extra tag with $(…)', () => push('--extra-tag', run), /extra-tag '\$\(touch .*\)' is not a valid tag/],
  ['an extra tag with quotes', () => push('--extra-tag', `a"b'c`), /extra-tag 'a"b'c' is not a valid tag/],
  ['an attribute with $(…)', () => push('--attr', run), /attribute '\$\(touch .*\)'.*check attr/],
  [
    'an attribute with a newline and a semicolon',
    () => push('--attr', `archive;\ntouch ${marker}`),
    /attr 'archive;\\ntouch .*' contains a newline or control character/,
  ],
  [
    'a Nix file named with $(…)',
    () => ['push', join(work, `${run}.nix`), '--image', `${registry.host}/bad/input`],
    /Nix file .* does not exist/,
  ],
  // Nix 2.8 refuses the reference, 2.26 looks the attribute up: either way one line naming it.
  [
    'a flake attribute with backticks',
    () => ['push', `${fixturesDir}#${backticks}`, '--image', `${registry.host}/bad/input`, '--insecure-registry'],
    /#`touch .*`.*(is not a valid URL|does not provide attribute)/,
  ],
  [
    'a nix-path that does not exist',
    () => push('-I', 'nixpkgs=/nonexistent/nixpkgs'),
    /nix-path entry 'nixpkgs=\/nonexistent\/nixpkgs': \/nonexistent\/nixpkgs does not exist/,
  ],
  [
    'a nix-path with $(…)',
    () => push('-I', `nixpkgs=${run}`),
    /nix-path entry 'nixpkgs=\$\(touch .*\)'.* does not exist/,
  ],
  ['a malformed nix-path', () => push('-I', '=/tmp'), /nix-path entry '=\/tmp' is malformed/],
  ['an unknown command', () => ['pussh', images], /unknown command 'pussh'/],
  [
    'two installables',
    () => ['push', images, images, '--image', 'ghcr.io/o/app'],
    /unexpected argument .*give one installable/,
  ],
  ['a missing --image', () => ['push', images, '--attr', 'archive'], /--image is required/],
  [
    'a username without a password',
    () => push(),
    /set both NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD/,
    { NIX_IMAGE_REGISTRY_PASSWORD: '' },
  ],
  [
    'a malformed auth file',
    () => push(),
    /auth file .*auth\.json is not valid JSON: fix it or give the registry username and password/,
    { NIX_IMAGE_REGISTRY_USERNAME: '', NIX_IMAGE_REGISTRY_PASSWORD: '', REGISTRY_AUTH_FILE: join(work, 'auth.json') },
  ],
]

describe('bad input', () => {
  writeFileSync(join(work, 'auth.json'), '{"auths": {')

  it.each(cases)('%s', async (_name, args, message, extraEnv) => {
    const result = await runCli(args(), env(extraEnv))
    expect(result.code).not.toBe(0)
    const line = errorLine(result)
    expect(line).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/)
    expect(line).not.toContain('\n')
    expect(existsSync(marker)).toBe(false)
  })

  it('pushed nothing in all of those', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    expect(await listTags(registry, 'bad/input')).toEqual([])
  })

  it('an uppercase repository is lowercased, not refused (GitHub owners have capitals)', async () => {
    const result = await runCli([...push('--image', `${registry.host}/Bad/Input`), '--dry-run', '--json'], env())
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).image).toBe(`${registry.host}/bad/input`)
  })
})
