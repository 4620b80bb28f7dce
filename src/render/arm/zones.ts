/**
 * Private DNS zone names as ARM writes them: where `environment()` carries the
 * cloud's suffix (storage, Key Vault, registry) the name is derived from it, so
 * the template deploys to any cloud and no cloud's host is hard-coded; AML's
 * own zones have no suffix in `environment()` and stay as planned (the
 * topology's cloud). Same choice as the Bicep renderer (render/bicep/zones.ts).
 */
import { CLOUD_NAMES, CLOUDS } from '../../azure/clouds.js';

const DERIVED: [group: 'blob' | 'file' | 'vault' | 'registry', expression: string][] = [
  ['blob', "format('privatelink.blob.{0}', environment().suffixes.storage)"],
  ['file', "format('privatelink.file.{0}', environment().suffixes.storage)"],
  // keyvaultDns is `.vault.<suffix>`; the private link zone is `privatelink.vaultcore.<suffix>`
  ['vault', "format('privatelink{0}', replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.'))"],
  ['registry', "format('privatelink{0}', environment().suffixes.acrLoginServer)"],
];

const BY_NAME = new Map<string, string>(
  CLOUD_NAMES.flatMap((cloud) => DERIVED.map(([group, expression]): [string, string] => [CLOUDS[cloud].privateDnsZones[group][0]!.toLowerCase(), expression])),
);

/** The `environment()` expression of a zone name, when it is one moat derives. */
export function zoneNameExpr(name: string): string | undefined {
  return BY_NAME.get(name.toLowerCase());
}
