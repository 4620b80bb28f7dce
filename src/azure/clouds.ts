/**
 * The three Azure clouds moat knows: their `environment()` payload (what ARM
 * and Bicep evaluate it to), their ARM endpoints for what-if, and the private
 * DNS zones of the services the AML guidance puts behind private endpoints.
 * Everything cloud-specific is here, so nothing else hard-codes one cloud.
 */
export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
export const CLOUD_NAMES: readonly CloudName[] = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];

/** Private endpoint group IDs moat creates endpoints for. */
export type PrivateLinkGroup = 'blob' | 'file' | 'vault' | 'registry' | 'amlworkspace';

export interface Cloud {
  name: CloudName;
  resourceManager: string;
  authority: string;
  /** token scope for ARM */
  armScope: string;
  suffixes: {
    storage: string;
    keyvaultDns: string;
    acrLoginServer: string;
    sqlServerHostname: string;
  };
  /** private DNS zones per group ID (amlworkspace needs two, in one zone group) */
  privateDnsZones: Record<PrivateLinkGroup, readonly string[]>;
  /** what `environment()` evaluates to in this cloud */
  environment: Record<string, unknown>;
}

interface CloudFacts {
  name: CloudName;
  portal: string;
  resourceManager: string;
  login: string;
  graph: string;
  gallery: string;
  managementCore: string;
  storage: string;
  keyvaultDns: string;
  acrLoginServer: string;
  sqlServerHostname: string;
  vaultcoreZone: string;
  amlApiZone: string;
  amlNotebooksZone: string;
}

const FACTS: Record<CloudName, CloudFacts> = {
  AzureCloud: {
    name: 'AzureCloud',
    portal: 'https://portal.azure.com',
    resourceManager: 'https://management.azure.com/',
    login: 'https://login.microsoftonline.com/',
    graph: 'https://graph.windows.net/',
    gallery: 'https://gallery.azure.com/',
    managementCore: 'https://management.core.windows.net/',
    storage: 'core.windows.net',
    keyvaultDns: '.vault.azure.net',
    acrLoginServer: '.azurecr.io',
    sqlServerHostname: '.database.windows.net',
    vaultcoreZone: 'privatelink.vaultcore.azure.net',
    amlApiZone: 'privatelink.api.azureml.ms',
    amlNotebooksZone: 'privatelink.notebooks.azure.net',
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    portal: 'https://portal.azure.us',
    resourceManager: 'https://management.usgovcloudapi.net/',
    login: 'https://login.microsoftonline.us/',
    graph: 'https://graph.windows.net/',
    gallery: 'https://gallery.usgovcloudapi.net/',
    managementCore: 'https://management.core.usgovcloudapi.net/',
    storage: 'core.usgovcloudapi.net',
    keyvaultDns: '.vault.usgovcloudapi.net',
    acrLoginServer: '.azurecr.us',
    sqlServerHostname: '.database.usgovcloudapi.net',
    vaultcoreZone: 'privatelink.vaultcore.usgovcloudapi.net',
    amlApiZone: 'privatelink.api.ml.azure.us',
    amlNotebooksZone: 'privatelink.notebooks.usgovcloudapi.net',
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    portal: 'https://portal.azure.cn',
    resourceManager: 'https://management.chinacloudapi.cn/',
    login: 'https://login.chinacloudapi.cn/',
    graph: 'https://graph.chinacloudapi.cn/',
    gallery: 'https://gallery.chinacloudapi.cn/',
    managementCore: 'https://management.core.chinacloudapi.cn/',
    storage: 'core.chinacloudapi.cn',
    keyvaultDns: '.vault.azure.cn',
    acrLoginServer: '.azurecr.cn',
    sqlServerHostname: '.database.chinacloudapi.cn',
    vaultcoreZone: 'privatelink.vaultcore.azure.cn',
    amlApiZone: 'privatelink.api.ml.azure.cn',
    amlNotebooksZone: 'privatelink.notebooks.chinacloudapi.cn',
  },
};

function buildCloud(f: CloudFacts): Cloud {
  return {
    name: f.name,
    resourceManager: f.resourceManager,
    authority: f.login,
    armScope: `${f.resourceManager}.default`,
    suffixes: {
      storage: f.storage,
      keyvaultDns: f.keyvaultDns,
      acrLoginServer: f.acrLoginServer,
      sqlServerHostname: f.sqlServerHostname,
    },
    privateDnsZones: {
      blob: [`privatelink.blob.${f.storage}`],
      file: [`privatelink.file.${f.storage}`],
      vault: [f.vaultcoreZone],
      registry: [`privatelink${f.acrLoginServer}`],
      amlworkspace: [f.amlApiZone, f.amlNotebooksZone],
    },
    environment: {
      name: f.name,
      gallery: f.gallery,
      graph: f.graph,
      portal: f.portal,
      graphAudience: f.graph,
      resourceManager: f.resourceManager,
      authentication: {
        loginEndpoint: f.login,
        audiences: [f.managementCore, f.resourceManager],
        tenant: 'common',
        identityProvider: 'AAD',
      },
      suffixes: {
        acrLoginServer: f.acrLoginServer,
        keyvaultDns: f.keyvaultDns,
        sqlServerHostname: f.sqlServerHostname,
        storage: f.storage,
      },
    },
  };
}

export const CLOUDS: Record<CloudName, Cloud> = {
  AzureCloud: buildCloud(FACTS.AzureCloud),
  AzureUSGovernment: buildCloud(FACTS.AzureUSGovernment),
  AzureChinaCloud: buildCloud(FACTS.AzureChinaCloud),
};

/** Every private DNS zone name of any cloud for a group, to recognise a zone meant for another cloud. */
export function knownZonesFor(group: PrivateLinkGroup): string[] {
  return CLOUD_NAMES.flatMap((c) => CLOUDS[c].privateDnsZones[group]);
}
