import { changesMarkdown, hasChanges } from '../core/report/changes.js'
import { NixImageError } from '../core/base/errors.js'
import { markdownCode, markdownText } from '../core/base/escape.js'
import type { Logger, PushResult, SetResult } from '../core/types.js'
import { counted } from '../core/base/words.js'

/** What the API calls need from the pipeline's predefined variables. */
export interface PipelineContext {
  /** `$CI_API_V4_URL`: the instance's API, whatever its host and path. */
  apiUrl: string
  projectId: string
  commitSha: string
  /** The branch or tag the pipeline runs for, so the status shows on it. */
  ref?: string
  pipelineUrl?: string
  /** `$CI_MERGE_REQUEST_IID`, in merge request pipelines only. */
  mergeRequestIid?: string
}

export function pipelineContext(env: NodeJS.ProcessEnv): PipelineContext {
  const missing = ['CI_API_V4_URL', 'CI_PROJECT_ID', 'CI_COMMIT_SHA'].filter((name) => !env[name])
  if (missing.length)
    throw new NixImageError(
      `api_token is set but ${missing.join(', ')} is not: the GitLab API notes need a GitLab pipeline`,
    )
  return {
    apiUrl: env.CI_API_V4_URL as string,
    projectId: env.CI_PROJECT_ID as string,
    commitSha: env.CI_COMMIT_SHA as string,
    ref: env.CI_COMMIT_REF_NAME,
    pipelineUrl: env.CI_PIPELINE_URL,
    mergeRequestIid: env.CI_MERGE_REQUEST_IID,
  }
}

/**
 * Notes the image on the pipeline: an external commit status carrying the ref and tag, and in
 * merge request pipelines, when asked, a comment. The token travels in a header only.
 */
export async function annotatePipeline(
  result: PushResult,
  context: PipelineContext,
  options: { token: string; mergeRequestNote: boolean },
  logger: Logger,
): Promise<void> {
  const description = `${result.skipped ? 'in the registry' : result.dryRun ? 'dry run' : 'pushed'}: ${result.ref}`
  await annotate(
    { image: result.image, state: 'success', description, note: () => mergeRequestNote(result) },
    context,
    options,
    logger,
  )
}

/** A set's notes: one commit status for the whole set, and one merge request note listing every image. */
export async function annotateSetPipeline(
  result: SetResult,
  image: string,
  context: PipelineContext,
  options: { token: string; mergeRequestNote: boolean },
  logger: Logger,
): Promise<void> {
  const pushed = result.images.filter((entry) => entry.pushed).length
  const present = result.images.filter((entry) => entry.skipped).length
  const failed = result.failed.length ? `, ${result.failed.length} failed` : ''
  const description = `${pushed} pushed, ${present} in the registry${failed}: ${image}`
  const state = result.failed.length ? 'failed' : 'success'
  await annotate(
    { image, state, description, note: () => setMergeRequestNote(result, image) },
    context,
    options,
    logger,
  )
}

async function annotate(
  what: { image: string; state: 'success' | 'failed'; description: string; note: () => string },
  context: PipelineContext,
  options: { token: string; mergeRequestNote: boolean },
  logger: Logger,
): Promise<void> {
  // Loaded only when a token asks for it: most jobs never talk to the API.
  const { Gitlab } = await import('@gitbeaker/rest')
  const api = new Gitlab({ host: context.apiUrl.replace(/\/api\/v4\/?$/, ''), token: options.token })
  await call('set the commit status', () =>
    api.Commits.editStatus(context.projectId, context.commitSha, what.state, {
      name: `nix-image: ${what.image}`,
      ref: context.ref,
      targetUrl: context.pipelineUrl,
      description: what.description.slice(0, 255),
    }),
  )
  logger.info(`Commit status set on ${context.commitSha.slice(0, 8)}: ${what.description}`)
  if (options.mergeRequestNote && context.mergeRequestIid) {
    await call('comment on the merge request', () =>
      api.MergeRequestNotes.create(context.projectId, Number(context.mergeRequestIid), what.note()),
    )
    logger.info(`Noted ${what.image} on merge request !${context.mergeRequestIid}`)
  }
}

export function mergeRequestNote(result: PushResult): string {
  const what = result.skipped
    ? 'was already in the registry'
    : result.dryRun
      ? 'was checked (dry run)'
      : 'was built and pushed'
  // Values only inside code spans that cannot be broken out of (markdownCode): no Markdown or
  // HTML from a registry answer or an input reaches the note as markup.
  return [
    `**nix-image**: ${markdownCode(result.ref)} ${what}.`,
    '',
    `- digest ref: ${markdownCode(result.digestRef || 'none yet')}`,
    `- tag: ${markdownCode(result.tag)} (${result.tagSource === 'option' ? 'given' : 'the Nix hash'}), kind ${markdownCode(result.kind)}`,
    ...(result.sbom ? [`- SBOM: CycloneDX, ${markdownCode(result.sbom.artifact)}`] : []),
    ...(result.changes
      ? ['', changesMarkdown(result.changes).trimEnd()]
      : result.changesNote
        ? ['', markdownText(result.changesNote)]
        : []),
  ].join('\n')
}

/**
 * A set's note: a line per image and index, then what changed, one short section per image that
 * changed against its own compared tag. Names and reasons are escaped as in the single note.
 */
export function setMergeRequestNote(result: SetResult, image: string): string {
  const state = (entry: SetResult['images'][number]): string =>
    entry.dryRun
      ? 'checked (dry run)'
      : entry.pushed
        ? 'built and pushed'
        : entry.skipped
          ? 'already in the registry'
          : 'not pushed by this job'
  const lines = [`**nix-image**: ${counted(result.images.length, 'image')} under ${markdownCode(image)}.`, '']
  for (const entry of result.images)
    lines.push(`- ${markdownCode(entry.name || '.')} ${state(entry)}: ${markdownCode(entry.digestRef || entry.ref)}`)
  for (const failure of result.failed)
    lines.push(`- ${markdownCode(failure.name || '.')} failed: ${markdownText(failure.reason)}`)
  for (const entry of result.images) {
    if (entry.changes && hasChanges(entry.changes))
      lines.push('', `#### ${markdownCode(entry.name || '.')}`, '', changesMarkdown(entry.changes).trimEnd())
  }
  return lines.join('\n')
}

async function call(what: string, request: () => Promise<unknown>): Promise<void> {
  try {
    await request()
  } catch (error) {
    const status = (error as { cause?: { response?: { status?: number } } }).cause?.response?.status
    if (status === 401 || status === 403) {
      throw new NixImageError(
        `the GitLab API refused to ${what} (HTTP ${status}): api_token needs the 'api' scope and Developer access to the project`,
      )
    }
    throw new NixImageError(`could not ${what} through the GitLab API: ${(error as Error).message}`)
  }
}
