import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAuthFile } from '../../src/adapter/credentials.js'
import { writeFileWithin } from '../../src/core/base/files.js'

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
