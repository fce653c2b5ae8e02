import { type Artifact, type ClientFactory, METHOD_ARTIFACT, type StartOptions, type Support } from '@interop/core/vocabulary';
import { methodOf, typeOf } from './check/artifact-method.js';
import { setupFor } from './start-setup.js';

/** What a profile's capability table says of restoring `artifact`: its kind, for the key type it holds. */
export function restoreSupport(factory: ClientFactory, artifact: Artifact): Support {
  return factory.capabilities().restore[METHOD_ARTIFACT[methodOf(artifact)]][typeOf(artifact)];
}

/**
 * How to start a profile to restore `artifact`: the steps its capability for that kind and key
 * type requires (Vault's add_specs for an ed25519 or ecdsa key, Apps connected to an Ethereum chain
 * for an ethereum key), with the network the user named, if any, in place of the capability's.
 * `interop restore` and `interop check` start every instance this way.
 */
export function restoreStartOptions(factory: ClientFactory, artifact: Artifact, network?: string): StartOptions {
  return { ...(setupFor(restoreSupport(factory, artifact)) ?? {}), ...(network !== undefined ? { network } : {}) };
}
