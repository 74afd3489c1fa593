// A Nix store URL as nix-image handles it: its query parameters (store settings), the signing
// key added as one, the folder of a `file://` store, and the URL as logs may show it.

/** Binary cache stores sign what they store with the `secret-key` store setting (a file's path). */
export function withSecretKey(url: string, keyFile: string | undefined, params: Record<string, string> = {}): string {
  const base = url.split('?')[0] ?? url
  const all = { ...queryParams(url), ...params, ...(keyFile && isBinaryCacheUrl(url) ? { 'secret-key': keyFile } : {}) }
  const query = Object.entries(all)
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
  return query ? `${base}?${query}` : base
}

export const isBinaryCacheUrl = (url: string): boolean => /^(file|https?|s3|gs):\/\//.test(url)

export function queryParams(url: string): Record<string, string> {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => [pair.split('=')[0] ?? '', pair.slice(pair.indexOf('=') + 1)]),
  )
}

/** The folder of a `file://` URL, else undefined. */
export function fileUrlPath(url: string): string | undefined {
  return url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length).split('?')[0] ?? '') : undefined
}

/** The URL without user information, for logs and reports. */
export function shownUrl(url: string): string {
  return url.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, '$1')
}
