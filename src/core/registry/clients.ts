import { readAuthFile } from './credentials.js'
import { RegistryClient } from './client.js'
import type { ImageName, Logger, PushOptions } from '../types.js'

// The one place registry clients are made for a run: its own repository with its credentials,
// and other repositories (a compare-to elsewhere) with only the credentials meant for them.

/** A client for another repository (a `compare-to` elsewhere), with only the credentials meant for its registry. */
export type OpenRegistry = (image: ImageName) => RegistryClient

/** A registry client for `image`, with the run's credentials (given, or from the auth file). */
export function registryClient(options: PushOptions, image: ImageName, logger: Logger): RegistryClient {
  const credentials = options.credentials ?? (options.authFile ? readAuthFile(options.authFile, image) : undefined)
  return new RegistryClient({ image, credentials, insecure: options.insecureRegistry, logger })
}

/** Clients for other repositories: the run's credentials go to its own registry only; elsewhere an auth file's, if any. */
export function registryOpener(options: PushOptions, own: ImageName, logger: Logger): OpenRegistry {
  return (other) =>
    registryClient(other.registry === own.registry ? options : { ...options, credentials: undefined }, other, logger)
}

/** The run's own client for its own repository, a new one for any other. */
export function registryFor(
  image: ImageName,
  open: OpenRegistry,
  own?: RegistryClient,
  ownImage?: ImageName,
): RegistryClient {
  if (own && ownImage && ownImage.registry === image.registry && ownImage.repository === image.repository) return own
  return open(image)
}
