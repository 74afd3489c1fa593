import { createHash } from 'node:crypto'
import { NixImageError } from '../base/errors.js'
import type { ManifestInfo, RegistryClient } from './client.js'
import { OCI_INDEX } from './media-types.js'
import { descriptors, parseManifest, parseObject } from './manifest.js'
import { nixBase32 } from '../base/nix-base32.js'

// A platform set's OCI image index: one manifest naming each member's manifest with its platform.
// skopeo cannot write one (containers/skopeo#1136), so nix-image PUTs it itself, after every
// member is in the repository (the registry refuses an index naming a manifest it lacks).

/** A member of the index: the Nix system it was built for, its tag and its manifest digest. */
export interface IndexMember {
  system: string
  tag: string
  digest: string
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

/**
 * The index tag, known from evaluation alone: the SHA-256 of the lines `nix-image index v1` and
 * `<system>=<member tag>` (sorted by system), folded to 160 bits as Nix folds store path hashes
 * and written in Nix base32: 32 characters. Any member's change changes it; a rerun finds it.
 */
export function indexTag(members: Pick<IndexMember, 'system' | 'tag'>[]): string {
  const lines = ['nix-image index v1', ...members.map((member) => `${member.system}=${member.tag}`).sort()]
  const hash = createHash('sha256')
    .update(`${lines.join('\n')}\n`)
    .digest()
  const folded = Buffer.alloc(20)
  for (let i = 0; i < hash.length; i++) folded[i % 20]! ^= hash[i]!
  return nixBase32(folded)
}

/** `linux/arm64`, `linux/arm/v7`: how docker and the index's readers write a platform. */
export function platformText(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

/** An image's manifest and its platform, as its image config says. */
async function imagePlatform(
  registry: RegistryClient,
  digest: string,
  what: { image: string; config: string },
): Promise<{ info: ManifestInfo; platform: Platform }> {
  const { info, body } = await registry.getManifest(digest)
  const manifest = parseManifest(body)
  if (typeof manifest.config?.digest !== 'string' || !manifest.config.digest) {
    throw new NixImageError(
      `${what.image} is not a single-platform image manifest (${info.mediaType}): it cannot be named in an index`,
    )
  }
  const config = parseObject(await registry.getBlob(manifest.config.digest), what.config)
  const { os, architecture, variant } = config
  if (typeof os !== 'string' || !os || typeof architecture !== 'string' || !architecture)
    throw new NixImageError(`${what.config} names no os/architecture: set the image's architecture`)
  return { info, platform: { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) } }
}

/**
 * The image an index (`index`, in `registry`) names for the platform of the image `subject` (in
 * `own`): `subject` itself when the index names it (nothing else is read), else the entry whose
 * platform is the one `subject`'s config names.
 */
export async function indexEntryFor(
  registry: RegistryClient,
  index: ManifestInfo,
  ref: string,
  own: RegistryClient,
  subject: string,
): Promise<ManifestInfo> {
  const { body } = await registry.getManifest(index.digest)
  const entries = descriptors(parseManifest(body).manifests, `the index ${ref} (${index.digest})`, registry.logger)
  const info = (entry: (typeof entries)[number]): ManifestInfo => ({
    digest: entry.digest,
    mediaType: entry.mediaType,
    size: entry.size,
  })
  const same = entries.find((entry) => entry.digest === subject)
  if (same) return info(same)
  const { platform } = await imagePlatform(own, subject, { image: subject, config: `the image config of ${subject}` })
  const wanted = platformText(platform)
  const match = entries.find((entry) => entry.platform && platformText(entry.platform) === wanted)
  if (!match) throw new NixImageError(`${ref} is an index with no ${wanted} image`)
  return info(match)
}

/**
 * Reads each member's manifest and image config from the repository (the platform is what the
 * config says, never guessed from the Nix system name) and returns the index naming them all.
 */
export async function buildIndex(
  registry: RegistryClient,
  members: IndexMember[],
): Promise<{ body: Buffer; platforms: { platform: string; digest: string }[] }> {
  const entries = await Promise.all(
    [...members]
      .sort((a, b) => a.system.localeCompare(b.system))
      .map(async (member) => {
        const { info, platform } = await imagePlatform(registry, member.digest, {
          image: `the ${member.system} member (tag ${member.tag})`,
          config: `the ${member.system} member's image config (tag ${member.tag})`,
        })
        return { member, descriptor: { mediaType: info.mediaType, digest: info.digest, size: info.size, platform } }
      }),
  )
  const seen = new Map<string, string>()
  for (const { member, descriptor } of entries) {
    const text = platformText(descriptor.platform)
    const other = seen.get(text)
    if (other)
      throw new NixImageError(
        `the ${other} and ${member.system} members are both ${text} images: each platform may appear once in an index`,
      )
    seen.set(text, member.system)
  }
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries.map((entry) => entry.descriptor) }
  return {
    body: Buffer.from(JSON.stringify(index)),
    platforms: entries.map(({ descriptor }) => ({
      platform: platformText(descriptor.platform),
      digest: descriptor.digest,
    })),
  }
}

/** Each platform an index in the registry names, with its manifest's digest: what a set reports of an index it found. */
export async function indexPlatforms(
  registry: RegistryClient,
  digest: string,
): Promise<{ platform: string; digest: string }[]> {
  const { manifests } = parseManifest((await registry.getManifest(digest)).body)
  return descriptors(manifests, `the index ${digest}`, registry.logger).map((entry) => ({
    platform: entry.platform ? platformText(entry.platform) : '',
    digest: entry.digest,
  }))
}
