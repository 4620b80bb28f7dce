/**
 * The Bicep expression for each private DNS zone name. Where `environment()`
 * carries the cloud's suffix (storage, Key Vault, registry) the zone name is
 * derived from it, so the template deploys to any cloud; AML's own zones have
 * no suffix in `environment()` and come from the topology's cloud.
 */
import { CLOUDS, type CloudName, type PrivateLinkGroup } from '../../azure/clouds.js';
import { bicepString } from '../escape.js';

export interface ZoneName {
  /** symbolic name of the zone resource */
  symbol: string;
  /** Bicep expression of the zone's name */
  expression: string;
  /** why the name isn't derived from environment(), when it isn't */
  comment: string | null;
}

const fromEnvironment = (symbol: string, expression: string): ZoneName => ({ symbol, expression, comment: null });

function fromCloud(symbol: string, cloud: CloudName, index: number): ZoneName {
  const name = CLOUDS[cloud].privateDnsZones.amlworkspace[index]!;
  return { symbol, expression: bicepString(name), comment: `environment() has no suffix for AML's zones: this is ${cloud}'s (the topology's cloud)` };
}

/** The zones of a private link group, in the order of the cloud table. */
export function zoneNames(group: PrivateLinkGroup, cloud: CloudName): ZoneName[] {
  switch (group) {
    case 'blob':
      return [fromEnvironment('blobZone', "'privatelink.blob.${environment().suffixes.storage}'")];
    case 'file':
      return [fromEnvironment('fileZone', "'privatelink.file.${environment().suffixes.storage}'")];
    case 'vault':
      // keyvaultDns is `.vault.<suffix>`; the private link zone is `privatelink.vaultcore.<suffix>`
      return [fromEnvironment('vaultZone', "'privatelink${replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.')}'")];
    case 'registry':
      return [fromEnvironment('registryZone', "'privatelink${environment().suffixes.acrLoginServer}'")];
    case 'amlworkspace':
      return [fromCloud('amlApiZone', cloud, 0), fromCloud('amlNotebooksZone', cloud, 1)];
  }
}
