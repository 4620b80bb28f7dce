/**
 * Every rule moat knows, in one explicit list sorted by ID: the rules the
 * engine runs over a graph, and the entries for findings that loaders report
 * themselves (so SARIF lists them and configured levels apply to them).
 */
import type { Rule, RuleMeta } from './types.js';
import aciPrivateWorkspace from './rules/aci-private-workspace.js';
import acrSkuPrivateEndpoint from './rules/acr-sku-private-endpoint.js';
import aksApiServerPublic from './rules/aks-api-server-public.js';
import aksDnsServiceIpOutsideServiceCidr from './rules/aks-dns-service-ip-outside-service-cidr.js';
import aksDnsServiceIpReserved from './rules/aks-dns-service-ip-reserved.js';
import aksDockerBridgeOverlap from './rules/aks-docker-bridge-overlap.js';
import aksDockerBridgeUnsupported from './rules/aks-docker-bridge-unsupported.js';
import aksNetworkContributorMissing from './rules/aks-network-contributor-missing.js';
import aksNetworkPlugin from './rules/aks-network-plugin.js';
import aksPrivateClusterPublicFqdn from './rules/aks-private-cluster-public-fqdn.js';
import aksPublicLoadBalancer from './rules/aks-public-load-balancer.js';
import aksRegionMismatch from './rules/aks-region-mismatch.js';
import aksReservedRange from './rules/aks-reserved-range.js';
import aksServiceCidrOverlap from './rules/aks-service-cidr-overlap.js';
import aksSubnetCapacity from './rules/aks-subnet-capacity.js';
import invalidCidr from './rules/invalid-cidr.js';
import networkContributorPostDeploy from './rules/network-contributor-post-deploy.js';
import noHardcodedEnvUrls from './rules/no-hardcoded-env-urls.js';
import noHardcodedLocation from './rules/no-hardcoded-location.js';
import noUnusedParams from './rules/no-unused-params.js';
import noUnusedVars from './rules/no-unused-vars.js';
import nsgAssociationPostDeploy from './rules/nsg-association-post-deploy.js';
import nsgOutboundBlocksAcr from './rules/nsg-outbound-blocks-acr.js';
import nsgScoringInboundOpen from './rules/nsg-scoring-inbound-open.js';
import outputsShouldNotContainSecrets from './rules/outputs-should-not-contain-secrets.js';
import parseError from './rules/parse-error.js';
import privateDnsZoneMismatch from './rules/private-dns-zone-mismatch.js';
import privateEndpointDnsMissing from './rules/private-endpoint-dns-missing.js';
import publicNetworkAccess from './rules/public-network-access.js';
import secureParameterDefault from './rules/secure-parameter-default.js';
import subnetOutsideVnet from './rules/subnet-outside-vnet.js';
import subnetOverlap from './rules/subnet-overlap.js';
import topologySchema from './rules/topology-schema.js';
import workspaceDependencyNotPrivate from './rules/workspace-dependency-not-private.js';

/** A rule whose findings a loader reports (topology schema, template parse errors): metadata only. */
export interface LoaderReportedRule {
  meta: RuleMeta;
  /** who reports it, for docs and for the reader of this list */
  reportedBy: string;
}

export type RegistryEntry = Rule | LoaderReportedRule;

export const isCheckedRule = (entry: RegistryEntry): entry is Rule => 'check' in entry;

/** Rules that read only a template's own facts (template hygiene), so they can run on a module alone. */
export const TEMPLATE_HYGIENE_RULES: readonly Rule[] = [
  noHardcodedEnvUrls,
  noHardcodedLocation,
  noUnusedParams,
  noUnusedVars,
  outputsShouldNotContainSecrets,
  secureParameterDefault,
];

export const RULES: readonly RegistryEntry[] = [
  aciPrivateWorkspace,
  acrSkuPrivateEndpoint,
  aksApiServerPublic,
  aksDnsServiceIpOutsideServiceCidr,
  aksDnsServiceIpReserved,
  aksDockerBridgeOverlap,
  aksDockerBridgeUnsupported,
  aksNetworkContributorMissing,
  aksNetworkPlugin,
  aksPrivateClusterPublicFqdn,
  aksPublicLoadBalancer,
  aksRegionMismatch,
  aksReservedRange,
  aksServiceCidrOverlap,
  aksSubnetCapacity,
  invalidCidr,
  networkContributorPostDeploy,
  noHardcodedEnvUrls,
  noHardcodedLocation,
  noUnusedParams,
  noUnusedVars,
  nsgAssociationPostDeploy,
  nsgOutboundBlocksAcr,
  nsgScoringInboundOpen,
  outputsShouldNotContainSecrets,
  parseError,
  privateDnsZoneMismatch,
  privateEndpointDnsMissing,
  publicNetworkAccess,
  secureParameterDefault,
  subnetOutsideVnet,
  subnetOverlap,
  topologySchema,
  workspaceDependencyNotPrivate,
];

const byId = new Map(RULES.map((entry) => [entry.meta.id, entry]));

export function ruleById(id: string): RegistryEntry | undefined {
  return byId.get(id);
}
