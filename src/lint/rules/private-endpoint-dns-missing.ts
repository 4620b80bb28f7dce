import { CLOUDS } from '../../azure/clouds.js';
import { aksView, clusterVnetKeys } from '../../graph/aks.js';
import { privateLinkView } from '../../graph/private-link.js';
import { likelyCloud, PRIVATE_DNS_ZONE, zoneConfigs, zoneLinks, type ZoneConfig } from '../../graph/private-dns.js';
import { getPath, isUnknown, type Unknown } from '../../graph/value.js';
import type { GraphIndex } from '../../graph/index.js';
import { displayName } from '../../graph/views.js';
import type { Rule, RuleContext } from '../types.js';

/** The amlworkspace group needs both of its zones in the zone group. */
function checkWorkspaceZones(context: RuleContext, endpointName: string, configs: ZoneConfig[]): void {
  const names = configs.map((c) => c.zoneName);
  if (names.some(isUnknown) || names.length === 0) return;
  const known = names as string[];
  const expected = CLOUDS[likelyCloud(known[0]!)].privateDnsZones.amlworkspace;
  const missing = expected.filter((zone) => !known.some((n) => n.toLowerCase() === zone));
  if (missing.length === 0) return;
  context.report({
    message: `private endpoint ${endpointName} (amlworkspace) has no zone config for ${missing.join(', ')}`,
    resource: configs[0]!.group,
    path: 'properties.privateDnsZoneConfigs',
  });
}

/**
 * A VNet with its own DNS servers (`dhcpOptions.dnsServers`, e.g. topology
 * `privateDns.zones: none`) resolves private endpoints through them, without zone groups.
 */
function usesCustomDns(index: GraphIndex, vnetKey: string | Unknown | undefined): boolean {
  if (typeof vnetKey !== 'string') return isUnknown(vnetKey);
  const servers = getPath(index.byKey(vnetKey)?.properties, 'dhcpOptions.dnsServers');
  return isUnknown(servers) || (Array.isArray(servers) && servers.length > 0);
}

const rule: Rule = {
  meta: {
    id: 'private-endpoint-dns-missing',
    description: 'A private endpoint has no private DNS zone group, or its zone is not linked to the AKS VNet.',
    defaultLevel: 'warning',
    docs: '#private-endpoint-dns-missing',
    help: 'Give every private endpoint a privateDnsZoneGroups child pointing at the privatelink zone of its group ID, and link each zone to the AKS VNet (privateDnsZones/virtualNetworkLinks). A VNet with custom DNS servers (dhcpOptions.dnsServers) needs no zone groups.',
  },
  check(context) {
    const { index, report } = context;
    const aksVnets = new Set<string>();
    for (const cluster of aksView(index).clusters) clusterVnetKeys(index, cluster).forEach((k) => aksVnets.add(k));
    const endpoints = privateLinkView(index);
    const links = zoneLinks(index);
    const zonesChecked = new Set<string>();
    const checkLinks = (configs: ZoneConfig[]): void => {
      for (const config of configs) {
        const zone = typeof config.zoneKey === 'string' ? index.byKey(config.zoneKey) : undefined;
        if (!zone || zone.existing || zone.type.toLowerCase() !== PRIVATE_DNS_ZONE.toLowerCase() || zonesChecked.has(zone.key)) continue;
        zonesChecked.add(zone.key);
        if (links.hasUnknownLink(zone.key)) continue;
        for (const vnetKey of aksVnets) {
          if (links.linkedVnets(zone.key).has(vnetKey)) continue;
          const vnet = index.byKey(vnetKey);
          report({
            message: `private DNS zone ${displayName(zone.name)} is not linked to the AKS VNet ${vnet ? displayName(vnet.name) : vnetKey.split('/').pop()}`,
            resource: zone,
          });
        }
      }
    };
    for (const endpoint of endpoints.endpoints) {
      if (endpoint.resource.existing) continue;
      const name = displayName(endpoint.resource.name);
      // a zone group whose endpoint can't be told may be this endpoint's
      if (endpoint.zoneGroups.length === 0 && endpoints.orphanZoneGroups.length === 0 && !usesCustomDns(index, endpoint.vnetKey)) {
        report({ message: `private endpoint ${name} has no private DNS zone group, so its name won't resolve to the private IP`, resource: endpoint.resource });
        continue;
      }
      const isWorkspace = endpoint.connections.some((c) => !isUnknown(c.groupIds) && c.groupIds.some((g) => typeof g === 'string' && g.toLowerCase() === 'amlworkspace'));
      for (const zoneGroup of endpoint.zoneGroups) {
        const configs = zoneConfigs(index, zoneGroup);
        if (isUnknown(configs)) continue;
        if (isWorkspace) checkWorkspaceZones(context, name, configs);
        checkLinks(configs);
      }
    }
    for (const zoneGroup of endpoints.orphanZoneGroups) {
      const configs = zoneConfigs(index, zoneGroup);
      if (!isUnknown(configs)) checkLinks(configs);
    }
  },
};

export default rule;
