import type { CacheReport, PathCount } from './types.js'

/** One line for logs: what the caches saved and what they got. */
export function describeReport(report: CacheReport): string {
  const part = (what: string, stats: PathCount): string => `${stats.paths} ${what} (${formatBytes(stats.bytes)})`
  return `Binary cache: ${part('paths substituted from it', report.fromCache)}, ${part('built', report.built)}, ${part('uploaded', report.uploaded)} in ${report.uploadMs} ms`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
