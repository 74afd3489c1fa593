import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CommandNotFoundError, run } from '../base/exec.js'
import { NixImageError, firstLines } from '../base/errors.js'
import { isDigest } from '../registry/reference.js'
import { PUSH_RETRY, TransientError, withRetry } from '../base/retry.js'
import { compareVersions } from '../base/versions.js'
import type { Logger } from '../types.js'

export interface Skopeo {
  /** What to execute: `skopeo` from PATH or an absolute store path. */
  path: string
  version: string
  source: 'system' | 'nix'
}

/** Features nix-image relies on, with the first skopeo release that has each. */
const MINIMUM = {
  // Skip unchanged layers from a fresh machine, and retry transient registry faults.
  precomputeDigests: '1.6.0',
  retryTimes: '1.6.0',
  // Before 1.10 reading a gzip docker-archive fails with "unexpected EOF" (pgzip bug).
  gzipArchive: '1.10.0',
} as const

export type SkopeoFeature = keyof typeof MINIMUM

export function supports(skopeo: Pick<Skopeo, 'version'>, feature: SkopeoFeature): boolean {
  return compareVersions(skopeo.version, MINIMUM[feature]) >= 0
}

/** Whether this skopeo has what every push needs; older ones are replaced by one from Nix. */
export function isRecentEnough(skopeo: Pick<Skopeo, 'version'>): boolean {
  return supports(skopeo, 'precomputeDigests') && supports(skopeo, 'retryTimes')
}

/** `skopeo --version` of the given executable, or undefined when it is not installed. */
export async function skopeoVersion(path: string, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const result = await run(path, ['--version'], { env })
    return /version (\d+\.\d+\.\d+)/.exec(result.stdout)?.[1]
  } catch (error) {
    if (error instanceof CommandNotFoundError) return undefined
    throw error
  }
}

export interface CopyOptions {
  /** A containers transport reference, e.g. `docker-archive:/tmp/image.tar`. */
  source: string
  /**
   * The run's private temp folder. skopeo 1.10+ unpacks a gzip docker-archive to a temporary file
   * in /var/tmp, ignoring TMPDIR: where /var/tmp is missing or small (job images such as
   * nixos/nix, the project's runner image) the push fails with `no such file or directory` or
   * `short write`. Its global `--tmpdir` (1.9.3 has it too) keeps every big file in the run's folder.
   */
  tempDir: string
  /** `registry/repository:tag`, without transport. */
  destination: string
  authFile?: string
  digestFile: string
  insecure: boolean
  /** Which optional flags this skopeo understands. */
  features: { precomputeDigests: boolean; retryTimes: boolean }
}

/**
 * The arguments after `skopeo` for one push. Credentials travel only in the auth file:
 * `/proc/<pid>/cmdline` is world-readable and nix2container's copy-to echoes its arguments.
 */
export function copyArgs(options: CopyOptions): string[] {
  return [
    '--tmpdir',
    options.tempDir,
    // A push of a local build has no signatures to check; hosts without policy.json (nixos/nix) need this.
    '--insecure-policy',
    'copy',
    ...copyFlags(options),
    options.source,
    `docker://${options.destination}`,
  ]
}

/** The flags of `skopeo copy` alone, as nix2container's copy-to takes them after its own source. */
export function copyFlags(options: Omit<CopyOptions, 'source' | 'destination' | 'tempDir'>): string[] {
  const args = ['--digestfile', options.digestFile]
  if (options.authFile) args.push('--dest-authfile', options.authFile)
  if (options.insecure) args.push('--dest-tls-verify=false')
  // An uncompressed layer's compressed digest is only known after compressing it; without this a
  // fresh runner (no blob-info cache) uploads every layer again.
  if (options.features.precomputeDigests) args.push('--dest-precompute-digests')
  // No --retry-times: runCopy retries the whole copy itself (see PUSH_RETRY for why not both).
  return args
}

/**
 * Runs a skopeo copy (or nix2container's copy-to) and returns the digest it wrote. A failure
 * that looks transient (connection reset, 5xx, 429) runs the copy again within the same bound as
 * registry requests: blobs already uploaded are found and skipped, so a retry converges.
 */
export async function runCopy(
  command: string,
  args: string[],
  digestFile: string,
  context: { env?: NodeJS.ProcessEnv; logger: Logger; destination: string },
): Promise<{ digest: string }> {
  const attempt = async (): Promise<void> => {
    const result = await run(command, args, {
      env: context.env,
      onStderrLine: (line) => line && context.logger.info(line),
    })
    for (const line of result.stdout.split('\n')) if (line) context.logger.info(line)
    if (result.exitCode !== 0) throw copyError(context.destination, result.stderr)
  }
  await withRetry(`push of ${context.destination}`, attempt, context.logger, PUSH_RETRY)
  const digest = (await readFile(digestFile, 'utf8').catch(() => '')).trim()
  if (!isDigest(digest))
    throw new NixImageError(`skopeo pushed ${context.destination} but wrote no digest to ${digestFile}`)
  return { digest }
}

// skopeo logs as `time="…" level=fatal msg="…"`; users need the message alone.
const LOGRUS_LINE = /^time="[^"]*" level=\w+ msg="((?:[^"\\]|\\.)*)".*$/gm

// What skopeo prints when the registry or the network had a passing fault.
const TRANSIENT =
  /connection reset|connection refused|broken pipe|(?<!unexpected )\bEOF\b|i\/o timeout|TLS handshake timeout|too many requests|toomanyrequests|\b(429|500|502|503|504)\b|service unavailable|bad gateway|gateway time-?out|internal server error/i

export function copyError(destination: string, stderr: string): Error {
  const text = firstLines(
    stderr.replace(LOGRUS_LINE, (_line, message: string) => message.replace(/\\"/g, '"')),
    2,
  )
  if (/unauthorized|authentication required|\b401\b/i.test(text)) {
    return new NixImageError(`skopeo could not push ${destination}: the registry rejected the credentials (${text})`)
  }
  if (/denied|forbidden|\b403\b/i.test(text)) {
    return new NixImageError(
      `skopeo could not push ${destination}: access denied, the credentials lack push permission (${text})`,
    )
  }
  if (TRANSIENT.test(text)) return new TransientError(`skopeo could not push ${destination}: ${text}`)
  return new NixImageError(`skopeo could not push ${destination}: ${text || 'no error message'}`)
}

export const digestFilePath = (dir: string): string => join(dir, 'digest')
