import { CLOUDS } from '../../azure/clouds.js';
import { privateLinkView } from '../../graph/private-link.js';
import { knownGroup, likelyCloud, zoneConfigs, zoneFitsGroup } from '../../graph/private-dns.js';
import { isUnknown } from '../../graph/value.js';
import { displayName } from '../../graph/views.js';
import type { Rule } from '../types.js';

const rule: Rule = {
  meta: {
    id: 'private-dns-zone-mismatch',
    description: "A private endpoint's DNS zone group points at a zone whose name is wrong for the endpoint's group ID.",
    defaultLevel: 'error',
    docs: '#private-dns-zone-mismatch',
    help: 'Use the privatelink zone of the group ID in your cloud: blob privatelink.blob.core.windows.net, file privatelink.file.core.windows.net, vault privatelink.vaultcore.azure.net, registry privatelink.azurecr.io, amlworkspace privatelink.api.azureml.ms + privatelink.notebooks.azure.net (public cloud).',
  },
  check({ graph, index, report }) {
    endpoints: for (const endpoint of privateLinkView(index).endpoints) {
      if (endpoint.zoneGroups.length === 0) continue;
      const groupIds: string[] = [];
      for (const connection of endpoint.connections) {
        // this endpoint can't be judged; the others still are
        if (isUnknown(connection.groupIds)) continue endpoints;
        for (const id of connection.groupIds) if (!isUnknown(id)) groupIds.push(id);
      }
      const groups = groupIds.map(knownGroup);
      // a group moat doesn't know might be the one the zone is for
      if (groups.length === 0 || groups.some((g) => g === undefined)) continue;
      for (const zoneGroup of endpoint.zoneGroups) {
        const configs = zoneConfigs(index, zoneGroup);
        if (isUnknown(configs)) continue;
        for (const config of configs) {
          if (isUnknown(config.zoneName) || groups.some((g) => zoneFitsGroup(config.zoneName as string, g!, graph.cloud))) continue;
          const cloud = CLOUDS[graph.cloud ?? likelyCloud(config.zoneName)];
          const expected = [...new Set(groups.flatMap((g) => cloud.privateDnsZones[g!]))].join(' + ');
          report({
            message: `private endpoint ${displayName(endpoint.resource.name)} (${groupIds.join(', ')}) uses zone ${config.zoneName}; expected ${expected}`,
            resource: zoneGroup,
            path: config.path,
          });
        }
      }
    }
  },
};

export default rule;
