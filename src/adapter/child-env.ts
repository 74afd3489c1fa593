// The environment each child gets, built from an allowlist. CI jobs hold secrets in variables a
// denylist keeps missing (GitLab's CI_REPOSITORY_URL embeds the job token, CI_DEPENDENCY_PROXY_PASSWORD
// is one, the runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_ID_TOKEN_REQUEST_TOKEN, a workflow's
// own env:). Nix (whose impure evaluation can read any variable with builtins.getEnv), skopeo,
// nix2container's copy-to and an image's stream script get only what running them needs.

/** Variables every child needs to run: where programs, home, temp and certificates are, locale, time zone. */
const COMMON = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TERM',
  'NO_COLOR',
  // TLS trust for Nix's fetchers (curl) and skopeo (Go).
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  // Outgoing proxies, as curl and Go read them.
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
])
const COMMON_PREFIXES = ['LC_', 'XDG_']

/** Nix's own settings (NIX_CONFIG, NIX_PATH, NIX_REMOTE, NIX_SSL_CERT_FILE, NIX_USER_CONF_FILES…). */
const NIX_PREFIX = 'NIX_'
/** What Nix's git fetcher needs for private `git+ssh` flake inputs. */
const NIX_FETCHERS = new Set(['SSH_AUTH_SOCK', 'GIT_SSH', 'GIT_SSH_COMMAND'])
/** Never a Nix setting, whatever the prefix: nix-image's own variables hold its password. */
const NOT_NIX = 'NIX_IMAGE_'

/** What skopeo and copy-to read besides: registries.conf, policy, docker's config folder. */
const SKOPEO = new Set([
  'REGISTRIES_CONFIG_PATH',
  'CONTAINERS_REGISTRIES_CONF',
  'CONTAINERS_CONF',
  'CONTAINERS_STORAGE_CONF',
  'DOCKER_CONFIG',
])

export interface ChildEnvironments {
  /** For skopeo, copy-to and an image's stream script: no token of any kind. */
  env: NodeJS.ProcessEnv
  /** For Nix: the common variables and Nix's settings; the workflow token as `access-tokens`, when given. */
  nixEnv: NodeJS.ProcessEnv
}

/**
 * The two environments of a run's children (the core's `env` and `nixEnv` options), from the
 * adapter's own `env`. `githubToken` goes to
 * Nix alone, in NIX_CONFIG (so into no file and onto no command line), for github.com fetches;
 * `extraNixConfig` (the Action's extra-nix-config, when Nix was already installed) too.
 */
export function childEnvironments(
  env: NodeJS.ProcessEnv,
  options: { githubToken?: string; extraNixConfig?: string } = {},
): ChildEnvironments {
  const pick = (keep: (name: string) => boolean): NodeJS.ProcessEnv =>
    Object.fromEntries(Object.entries(env).filter(([name, value]) => value !== undefined && keep(name)))
  const common = (name: string): boolean =>
    COMMON.has(name) || COMMON_PREFIXES.some((prefix) => name.startsWith(prefix))
  const nixSetting = (name: string): boolean => name.startsWith(NIX_PREFIX) && !name.startsWith(NOT_NIX)
  const nix = pick((name) => common(name) || nixSetting(name) || NIX_FETCHERS.has(name))
  // Lines of NIX_CONFIG come after nix.conf's: extra-nix-config (remote builders, a shared cache)
  // reaches a Nix the Action did not install this way.
  const extra = options.extraNixConfig?.trim()
  if (options.githubToken || extra) {
    nix.NIX_CONFIG = [env.NIX_CONFIG, extra, options.githubToken && `access-tokens = github.com=${options.githubToken}`]
      .filter(Boolean)
      .join('\n')
  }
  // skopeo builds the image with Nix only through the core's Nix calls; it needs no NIX_ variable
  // but the certificate bundle Nix's installer points at.
  const tools = pick((name) => common(name) || SKOPEO.has(name) || name === 'NIX_SSL_CERT_FILE')
  return { env: tools, nixEnv: nix }
}
