import type { CacheReport, PathCount } from '../types.js'
import { formatBytes } from '../base/words.js'

/** One line for logs: what the caches saved and what they got. */
export function describeReport(report: CacheReport): string {
  const part = (what: string, stats: PathCount): string => `${stats.paths} ${what} (${formatBytes(stats.bytes)})`
  return `Binary cache: ${part('paths substituted from it', report.fromCache)}, ${part('built', report.built)}, ${part('uploaded', report.uploaded)} in ${report.uploadMs} ms`
}
