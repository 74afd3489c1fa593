/** `1 store path`, `3 store paths`: a count with its noun, for log lines and summaries. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}
