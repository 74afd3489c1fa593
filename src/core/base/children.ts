import type { PushOptions } from '../types.js'

// Which environment each child of a run is started with, chosen here and nowhere else: Nix gets
// `nixEnv` (it alone may hold the workflow token, in NIX_CONFIG, for github.com fetches); every
// other program (skopeo, nix2container's copy-to, an image's stream script, zstd) gets `env`,
// which holds no token. The adapters make both (src/adapter/child-env.ts).

type Environments = Pick<PushOptions, 'env' | 'nixEnv'>

/** The environment of a Nix command; `env` when the caller gave Nix none of its own. */
export function nixEnvOf(options: Environments): NodeJS.ProcessEnv {
  return options.nixEnv ?? options.env ?? process.env
}

/** The environment of any other program a run starts. */
export function toolEnvOf(options: Environments): NodeJS.ProcessEnv {
  return options.env ?? process.env
}
