import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAuthFile } from '../../src/adapter/credentials.js'
import { folderWithin, writeFileWithin } from '../../src/core/base/files.js'

// Class 6: the dotenv report, the manifest file and pinned manifests are all written by
// writeFileWithin; the working tree is `tree`.
const setup = () => {
  const root = mkdtempSync(join(tmpdir(), 'nix-image-files-'))
  const tree = join(root, 'tree')
  const outside = join(root, 'outside')
  mkdirSync(tree)
  mkdirSync(outside)
  writeFileSync(join(outside, 'target'), 'untouched')
  return { tree, outside }
}

describe('writeFileWithin', () => {
  it('refuses a symlink in the tree that leads out of it (a committed nix-image.env -> /elsewhere)', async () => {
    const { tree, outside } = setup()
    symlinkSync(join(outside, 'target'), join(tree, 'nix-image.env'))
    await expect(writeFileWithin('nix-image.env', 'X=1\n', 'dotenv report', tree)).rejects.toThrow(
      /dotenv report nix-image.env leads out of the working tree through a symlink/,
    )
    expect(readFileSync(join(outside, 'target'), 'utf8')).toBe('untouched')
  })

  it('refuses a new file under a symlinked folder that leads out', async () => {
    const { tree, outside } = setup()
    symlinkSync(outside, join(tree, 'out'))
    await expect(writeFileWithin('out/index.json', '{}', 'manifest file', tree)).rejects.toThrow(
      /leads out of the working tree/,
    )
  })

  it('writes a path outside the tree that was given explicitly, but never through its last symlink', async () => {
    const { tree, outside } = setup()
    await writeFileWithin(join(outside, 'new.json'), '{}', 'manifest file', tree)
    expect(readFileSync(join(outside, 'new.json'), 'utf8')).toBe('{}')
    symlinkSync(join(outside, 'target'), join(outside, 'link'))
    await expect(writeFileWithin(join(outside, 'link'), 'x', 'manifest file', tree)).rejects.toThrow(
      /\(ELOOP\): it is a symlink/,
    )
    expect(readFileSync(join(outside, 'target'), 'utf8')).toBe('untouched')
  })
})

describe('writeFileWithin: a private file', () => {
  it('is never written through a symlink, not even one inside the tree (a link to a published file)', async () => {
    const { tree } = setup()
    mkdirSync(join(tree, 'public'))
    writeFileSync(join(tree, 'public', 'index.html'), 'page')
    mkdirSync(join(tree, 'cache'))
    symlinkSync('../public/index.html', join(tree, 'cache', 'key.sec'))
    await expect(writeFileWithin('cache/key.sec', 'secret', 'signing key', tree, { mode: 0o600 })).rejects.toThrow(
      /signing key cache\/key\.sec \(ELOOP\): it is a symlink/,
    )
    expect(readFileSync(join(tree, 'public', 'index.html'), 'utf8')).toBe('page')
  })

  it('gets its mode even when it existed readable, and appends when asked', async () => {
    const { tree } = setup()
    writeFileSync(join(tree, 'nix.conf'), 'a = 1\n', { mode: 0o644 })
    await writeFileWithin('nix.conf', 'b = 2\n', 'nix.conf', tree, { mode: 0o600, append: true })
    expect(readFileSync(join(tree, 'nix.conf'), 'utf8')).toBe('a = 1\nb = 2\n')
    expect(statSync(join(tree, 'nix.conf')).mode & 0o777).toBe(0o600)
  })
})

describe('folderWithin', () => {
  it('refuses a folder in the tree that leads out of it, or lies under one that does', async () => {
    const { tree, outside } = setup()
    symlinkSync(outside, join(tree, 'cache'))
    await expect(folderWithin('cache', 'binary cache folder', tree)).rejects.toThrow(
      /binary cache folder cache leads out of the working tree through a symlink .*replace the link with a folder/,
    )
    await expect(folderWithin('cache/nar', 'binary cache folder', tree)).rejects.toThrow(
      /leads out of the working tree/,
    )
    mkdirSync(join(tree, 'real'))
    await expect(folderWithin('real/nar', 'binary cache folder', tree)).resolves.toMatch(/real\/nar$/)
  })
})

describe('findAuthFile', () => {
  it('answers an absolute path, so no auth file name reaches skopeo looking like an option', () => {
    const { tree } = setup()
    writeFileSync(join(tree, '-auth.json'), '{}')
    const cwd = process.cwd()
    process.chdir(tree)
    try {
      expect(findAuthFile({ REGISTRY_AUTH_FILE: '-auth.json', HOME: tree })).toBe(join(tree, '-auth.json'))
    } finally {
      process.chdir(cwd)
    }
  })
})
