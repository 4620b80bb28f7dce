// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED from schemas/topology.schema.json by src/topology/gen-validator.ts.
 * Do not edit: change the schema and run `npm run gen:validator`.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Topology","description":"A moat topology (version 1): the network-isolated Azure Machine Learning (v1) inference environment on AKS that `moat generate` turns into Bicep/ARM. Unknown keys are errors.","type":"object","additionalProperties":false,"required":["version","name","location","network"],"properties":{"version":{"description":"Format version of this file. Always 1.","const":1},"name":{"description":"Short name of the environment: 2-20 characters, lowercase letters, digits and single hyphens, starting with a letter. Prefix of every derived resource name (vnet-<name>, kv-<name>, st<name>, ...).","type":"string","minLength":2,"maxLength":20,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"location":{"description":"Azure region of every new resource unless overridden (for example eastus2, westeurope). Use the region's programmatic name: lowercase, no spaces.","type":"string","minLength":2,"maxLength":40,"pattern":"^[a-z][a-z0-9]*$"},"cloud":{"description":"Azure cloud the environment lives in. Selects the private DNS zone names and endpoints (moat extension; design.md section 1 asks that sovereign clouds be derivable).","type":"string","enum":["AzureCloud","AzureUSGovernment","AzureChinaCloud"],"default":"AzureCloud"},"tags":{"description":"Tags put on every new resource.","type":"object","propertyNames":{"type":"string","maxLength":512},"additionalProperties":{"type":"string","maxLength":256},"default":{}},"network":{"title":"Network","description":"The virtual network AKS joins and where the private endpoints live.","type":"object","additionalProperties":false,"required":["vnet","subnets"],"properties":{"vnet":{"title":"VirtualNetwork","description":"The virtual network, new or existing.","type":"object","additionalProperties":false,"required":["addressPrefixes"],"properties":{"name":{"description":"Name of the virtual network. Default: vnet-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$","x-derivedDefault":"vnet-<name>"},"existing":{"description":"true: reference an existing virtual network (and its subnets) instead of creating it.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the virtual network. Default: the deployment's resource group. AKS's identity gets Network Contributor on this group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"addressPrefixes":{"description":"Address space of the virtual network, as IPv4 CIDRs. Required also for an existing network: the addressing checks need it.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","format":"ipv4-cidr"}},"dnsServers":{"description":"Custom DNS servers of the virtual network (its dhcpOptions.dnsServers), as IPv4 addresses; for an existing network, the servers it has (the checks read them). With network.privateDns.zones: none these servers must resolve the privatelink zones of the private endpoints (for example, forward them to Azure DNS, 168.63.129.16, from a network linked to the zones). Default: Azure-provided DNS.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","format":"ipv4"}}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]}},"subnets":{"description":"Subnets of the virtual network. One must have purpose aks.","type":"array","minItems":1,"items":{"title":"Subnet","description":"One subnet.","type":"object","additionalProperties":false,"required":["purpose","addressPrefix"],"properties":{"name":{"description":"Name of the subnet. Default: snet-<purpose> (snet-aks, snet-privateendpoints, snet-scoringloadbalancer, snet-other).","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$","x-derivedDefault":"snet-<purpose in lowercase>"},"purpose":{"description":"What the subnet holds: aks (the cluster's nodes and pods, Azure CNI), privateEndpoints (private endpoints of the workspace and its storage, key vault and registry), scoringLoadBalancer (the internal load balancer of the scoring endpoint), other.","type":"string","enum":["aks","privateEndpoints","scoringLoadBalancer","other"]},"addressPrefix":{"description":"Address range of the subnet, an IPv4 CIDR inside the virtual network. Azure keeps 5 addresses of every subnet.","type":"string","format":"ipv4-cidr"},"existing":{"description":"true: the subnet exists already and is referenced. Default: the virtual network's existing.","type":"boolean","x-derivedDefault":"network.vnet.existing"}}},"contains":{"type":"object","properties":{"purpose":{"const":"aks"}},"required":["purpose"]}},"nsg":{"title":"NetworkSecurity","description":"Network security group rules of the AKS subnet.","type":"object","additionalProperties":false,"properties":{"scoringInbound":{"description":"Callers outside the virtual network that may reach the scoring endpoint: one inbound allow rule each.","type":"array","items":{"title":"ScoringInboundRule","description":"An inbound allow rule to the scoring endpoint.","type":"object","additionalProperties":false,"required":["name","sourceAddressPrefix"],"properties":{"name":{"description":"Name of the rule (letters, digits, '_', '.', '-').","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},"sourceAddressPrefix":{"description":"Who may call: an IPv4 address, an IPv4 CIDR or a service tag (for example AzureFrontDoor.Backend). '*' and Internet open the endpoint to everyone.","type":"string","format":"nsg-source"},"ports":{"description":"Destination ports of the scoring endpoint to open.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":65535},"default":[443]}}},"default":[]},"outbound":{"description":"Outbound traffic of the AKS subnet: open (the default Azure rules) or restricted (deny Internet, allow only the service tags AML needs: AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, Storage.<region>, AzureContainerRegistry.<region>, AzureFrontDoor.FirstParty, MicrosoftContainerRegistry).","type":"string","enum":["open","restricted"],"default":"open"}},"default":{}},"privateDns":{"title":"PrivateDns","description":"Private DNS zones for the private endpoints (privatelink.blob..., privatelink.vaultcore..., privatelink.azurecr..., privatelink.api.azureml...).","type":"object","additionalProperties":false,"properties":{"zones":{"description":"create: moat creates the zones and links them to the virtual network; existing: the zones exist in resourceGroup and moat adds records to them; none: you run your own DNS (custom DNS servers).","type":"string","enum":["create","existing","none"],"default":"create"},"resourceGroup":{"description":"Resource group of the private DNS zones. Default: the deployment's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"}},"default":{}}}},"workspace":{"title":"Workspace","description":"The Azure Machine Learning workspace and the resources it depends on.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the workspace (3-33 characters). Default: mlw-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$","x-derivedDefault":"mlw-<name>"},"existing":{"description":"true: reference an existing workspace instead of creating it.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the workspace. Default: the deployment's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Give the workspace a private endpoint (group amlworkspace) in the privateEndpoints subnet.","type":"boolean","default":true},"publicNetworkAccess":{"description":"Allow access to the workspace from public networks.","type":"boolean","default":false},"storage":{"title":"StorageAccount","description":"The workspace's storage account.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the storage account (3-24 lowercase letters and digits). Default: st<name without hyphens>. Required when existing is true.","type":"string","pattern":"^[a-z0-9]{3,24}$","x-derivedDefault":"st<name without hyphens>"},"existing":{"description":"true: reference an existing storage account.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the storage account. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Storage services that get a private endpoint in the privateEndpoints subnet. AML needs both blob and file; [] means none.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["blob","file"]},"default":["blob","file"]}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"keyVault":{"title":"KeyVault","description":"The workspace's key vault.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the key vault (3-24 characters: letters, digits, single hyphens). Default: kv-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z](-?[A-Za-z0-9])+$","minLength":3,"maxLength":24,"x-derivedDefault":"kv-<name>"},"existing":{"description":"true: reference an existing key vault.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the key vault. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Give the key vault a private endpoint (group vault) in the privateEndpoints subnet.","type":"boolean","default":true}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"containerRegistry":{"title":"ContainerRegistry","description":"The workspace's container registry, where the scoring images live.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the registry (5-50 letters and digits). Default: cr<name without hyphens>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9]{5,50}$","x-derivedDefault":"cr<name without hyphens>"},"existing":{"description":"true: reference an existing registry.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the registry. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"sku":{"description":"Registry SKU. A registry with a private endpoint must be Premium.","type":"string","enum":["Basic","Standard","Premium"],"default":"Premium"},"privateEndpoint":{"description":"Give the registry a private endpoint (group registry) in the privateEndpoints subnet.","type":"boolean","default":true}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"applicationInsights":{"title":"ApplicationInsights","description":"The workspace's Application Insights component.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the component. Default: appi-<name>. Required when existing is true.","type":"string","pattern":"^[-\\w.()]{1,255}$","x-derivedDefault":"appi-<name>"},"existing":{"description":"true: reference an existing component.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the component. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"aks":{"title":"Aks","description":"The AKS cluster that serves the scoring endpoints, and how AML gets it.","type":"object","additionalProperties":false,"properties":{"provisioning":{"description":"workspace: AML creates the cluster (a workspaces/computes resource of computeType AKS with aksNetworkingConfiguration), as AksCompute.provisioning_configuration does; cluster: moat declares the managedClusters resource and attaches it (needed for privateCluster); existing: attach the cluster at resourceId.","type":"string","enum":["workspace","cluster","existing"],"default":"workspace"},"name":{"description":"Name of the AKS cluster. Default: aks-<name>.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$","x-derivedDefault":"aks-<name>"},"computeName":{"description":"Name of the AML compute target (2-16 characters: letters, digits, hyphens; starts with a letter).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{1,15}$","default":"aks-compute"},"resourceId":{"description":"Resource ID of the cluster to attach. Only with provisioning: existing, and required there.","type":["string","null"],"pattern":"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"},"principalId":{"description":"Object ID of the existing cluster's identity, to grant Network Contributor on the virtual network's resource group. Only with provisioning: existing.","type":["string","null"],"format":"uuid"},"location":{"description":"Region of the cluster. Default: the top-level location. With a private-endpoint workspace it must be the workspace's region.","type":["string","null"],"pattern":"^[a-z][a-z0-9]*$","x-derivedDefault":"location"},"nodeCount":{"description":"Number of agent nodes. AML's FastProd purpose needs at least 12 virtual CPUs in total.","type":"integer","minimum":1,"maximum":1000,"default":3},"vmSize":{"description":"VM size of the agent nodes.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$","default":"Standard_D4s_v5"},"maxPods":{"description":"Maximum pods per node. With Azure CNI the aks subnet needs (nodeCount + 1) + (nodeCount + 1) * maxPods addresses.","type":"integer","minimum":10,"maximum":250,"default":30},"clusterPurpose":{"description":"AML cluster purpose: FastProd (production, at least 12 vCPUs), DenseProd (production, denser packing), DevTest (one node will do).","type":"string","enum":["FastProd","DenseProd","DevTest"],"default":"FastProd"},"networkPlugin":{"description":"Kubernetes network plugin. The guidance needs azure (Azure CNI, advanced networking); kubenet gets a warning.","type":"string","enum":["azure","kubenet"],"default":"azure"},"serviceCidr":{"description":"Kubernetes service address range (IPv4 CIDR). Must not overlap the virtual network, its subnets or the ranges AKS reserves.","type":"string","format":"ipv4-cidr","default":"10.0.0.0/16"},"dnsServiceIP":{"description":"IP address of the Kubernetes DNS service: inside serviceCidr, not its network or first address.","type":"string","format":"ipv4","default":"10.0.0.10"},"dockerBridgeCidr":{"description":"Docker bridge address (IPv4 CIDR): outside the subnets and the service range. Emitted only where the target API accepts it (AML's aksNetworkingConfiguration; managedClusters before API 2023-04-01).","type":"string","format":"ipv4-cidr","default":"172.17.0.1/16"},"privateCluster":{"description":"Private AKS cluster: the API server has no public address. Needs provisioning cluster or existing.","type":"boolean","default":false},"publicFqdn":{"description":"Keep a public FQDN for a private cluster's API server. AML can't use a private cluster through a public FQDN.","type":"boolean","default":false},"loadBalancer":{"description":"Load balancer of the scoring endpoint: internal (a private IP in loadBalancerSubnet) or public.","type":"string","enum":["internal","public"],"default":"internal"},"loadBalancerSubnet":{"description":"Name of the subnet that holds the internal load balancer. Default: the scoringLoadBalancer subnet, else the aks subnet.","type":["string","null"],"x-derivedDefault":"the scoringLoadBalancer subnet, else the aks subnet"}},"allOf":[{"if":{"properties":{"provisioning":{"const":"existing"}},"required":["provisioning"]},"then":{"required":["resourceId"],"properties":{"resourceId":{"type":"string"}}}},{"if":{"properties":{"privateCluster":{"const":true}},"required":["privateCluster"]},"then":{"required":["provisioning"],"properties":{"provisioning":{"enum":["cluster","existing"]}}}}],"default":{}},"inference":{"title":"Inference","description":"Where models are deployed besides AKS.","type":"object","additionalProperties":false,"properties":{"aci":{"description":"true if you also deploy to Azure Container Instances in the virtual network (not supported with a private-endpoint workspace).","type":"boolean","default":false}},"default":{}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
const pattern1 = new RegExp("^[a-z][a-z0-9]*$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$", "u");
const pattern3 = new RegExp("^[-\\w.()]{0,89}[-\\w()]$", "u");
const pattern4 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$", "u");
const pattern9 = new RegExp("^[a-z0-9]{3,24}$", "u");
const pattern11 = new RegExp("^[A-Za-z](-?[A-Za-z0-9])+$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9]{5,50}$", "u");
const pattern15 = new RegExp("^[-\\w.()]{1,255}$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$", "u");
const pattern18 = new RegExp("^[A-Za-z][A-Za-z0-9-]{1,15}$", "u");
const pattern19 = new RegExp("^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$", "u");
const pattern21 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const formats0 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(3[0-2]|[12]?\d)$/;
const formats2 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const formats6 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/(3[0-2]|[12]?\d))?|\*|[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?)$/;
const formats8 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cloud === undefined){
data.cloud = "AzureCloud";
}
if(data.tags === undefined){
data.tags = {};
}
if(data.workspace === undefined){
data.workspace = {};
}
if(data.aks === undefined){
data.aks = {};
}
if(data.inference === undefined){
data.inference = {};
}
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.location === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.network === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 20){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 2){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"+"\"",schema:"^[a-z][a-z0-9]*(-[a-z0-9]+)*$",parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.location !== undefined){
let data2 = data.location;
if(typeof data2 === "string"){
if(func3(data2) > 40){
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema11.properties.location,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 2){
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema11.properties.location,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern1.test(data2)){
const err12 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*$"+"\"",schema:"^[a-z][a-z0-9]*$",parentSchema:schema11.properties.location,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.location.type,parentSchema:schema11.properties.location,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data3 = data.cloud;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cloud.type,parentSchema:schema11.properties.cloud,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data3 === "AzureCloud") || (data3 === "AzureUSGovernment")) || (data3 === "AzureChinaCloud"))){
const err15 = {instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/enum",keyword:"enum",params:{allowedValues: schema11.properties.cloud.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.cloud.enum,parentSchema:schema11.properties.cloud,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
let data4 = data.tags;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs11 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 512){
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema11.properties.tags.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.propertyNames.type,parentSchema:schema11.properties.tags.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid1 = _errs11 === errors;
if(!valid1){
const err18 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.tags.propertyNames,parentSchema:schema11.properties.tags,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(typeof data5 === "string"){
if(func3(data5) > 256){
const err19 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema11.properties.tags.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.additionalProperties.type,parentSchema:schema11.properties.tags.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.tags.type,parentSchema:schema11.properties.tags,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.network !== undefined){
let data6 = data.network;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.nsg === undefined){
data6.nsg = {};
}
if(data6.privateDns === undefined){
data6.privateDns = {};
}
if(data6.vnet === undefined){
const err22 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/required",keyword:"required",params:{missingProperty: "vnet"},message:"must have required property '"+"vnet"+"'",schema:schema11.properties.network.required,parentSchema:schema11.properties.network,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.subnets === undefined){
const err23 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/required",keyword:"required",params:{missingProperty: "subnets"},message:"must have required property '"+"subnets"+"'",schema:schema11.properties.network.required,parentSchema:schema11.properties.network,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data6){
if(!((((key3 === "vnet") || (key3 === "subnets")) || (key3 === "nsg")) || (key3 === "privateDns"))){
const err24 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.vnet !== undefined){
let data7 = data6.vnet;
const _errs21 = errors;
let valid4 = true;
const _errs22 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing0;
if((data7.existing === undefined) && (missing0 = "existing")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data7.existing !== undefined){
if(true !== data7.existing){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
var _valid0 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs24 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err27 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.network.properties.vnet.then.required,parentSchema:schema11.properties.network.properties.vnet.then,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid4 = _valid0;
}
if(!valid4){
const err28 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.network.properties.vnet.if,parentSchema:schema11.properties.network.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.existing === undefined){
data7.existing = false;
}
if(data7.addressPrefixes === undefined){
const err29 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/required",keyword:"required",params:{missingProperty: "addressPrefixes"},message:"must have required property '"+"addressPrefixes"+"'",schema:schema11.properties.network.properties.vnet.required,parentSchema:schema11.properties.network.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key4 in data7){
if(!(((((key4 === "name") || (key4 === "existing")) || (key4 === "resourceGroup")) || (key4 === "addressPrefixes")) || (key4 === "dnsServers"))){
const err30 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.name !== undefined){
let data9 = data7.name;
if(typeof data9 === "string"){
if(!pattern2.test(data9)){
const err31 = {instancePath:instancePath+"/network/vnet/name",schemaPath:"#/properties/network/properties/vnet/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$",parentSchema:schema11.properties.network.properties.vnet.properties.name,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/network/vnet/name",schemaPath:"#/properties/network/properties/vnet/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.vnet.properties.name.type,parentSchema:schema11.properties.network.properties.vnet.properties.name,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let data10 = data7.existing;
if(typeof data10 !== "boolean"){
const err33 = {instancePath:instancePath+"/network/vnet/existing",schemaPath:"#/properties/network/properties/vnet/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.network.properties.vnet.properties.existing.type,parentSchema:schema11.properties.network.properties.vnet.properties.existing,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data7.resourceGroup !== undefined){
let data11 = data7.resourceGroup;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err34 = {instancePath:instancePath+"/network/vnet/resourceGroup",schemaPath:"#/properties/network/properties/vnet/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.network.properties.vnet.properties.resourceGroup,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/network/vnet/resourceGroup",schemaPath:"#/properties/network/properties/vnet/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.vnet.properties.resourceGroup.type,parentSchema:schema11.properties.network.properties.vnet.properties.resourceGroup,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.addressPrefixes !== undefined){
let data12 = data7.addressPrefixes;
if(Array.isArray(data12)){
if(data12.length < 1){
const err36 = {instancePath:instancePath+"/network/vnet/addressPrefixes",schemaPath:"#/properties/network/properties/vnet/properties/addressPrefixes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.vnet.properties.addressPrefixes,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 === "string"){
if(!(formats0.test(data13))){
const err37 = {instancePath:instancePath+"/network/vnet/addressPrefixes/" + i0,schemaPath:"#/properties/network/properties/vnet/properties/addressPrefixes/items/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.network.properties.vnet.properties.addressPrefixes.items,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/network/vnet/addressPrefixes/" + i0,schemaPath:"#/properties/network/properties/vnet/properties/addressPrefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.vnet.properties.addressPrefixes.items.type,parentSchema:schema11.properties.network.properties.vnet.properties.addressPrefixes.items,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data12[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err39 = {instancePath:instancePath+"/network/vnet/addressPrefixes",schemaPath:"#/properties/network/properties/vnet/properties/addressPrefixes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.network.properties.vnet.properties.addressPrefixes,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err40 = {instancePath:instancePath+"/network/vnet/addressPrefixes",schemaPath:"#/properties/network/properties/vnet/properties/addressPrefixes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.vnet.properties.addressPrefixes.type,parentSchema:schema11.properties.network.properties.vnet.properties.addressPrefixes,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data7.dnsServers !== undefined){
let data14 = data7.dnsServers;
if(Array.isArray(data14)){
if(data14.length < 1){
const err41 = {instancePath:instancePath+"/network/vnet/dnsServers",schemaPath:"#/properties/network/properties/vnet/properties/dnsServers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.vnet.properties.dnsServers,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(!(formats2.test(data15))){
const err42 = {instancePath:instancePath+"/network/vnet/dnsServers/" + i2,schemaPath:"#/properties/network/properties/vnet/properties/dnsServers/items/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema11.properties.network.properties.vnet.properties.dnsServers.items,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/network/vnet/dnsServers/" + i2,schemaPath:"#/properties/network/properties/vnet/properties/dnsServers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.vnet.properties.dnsServers.items.type,parentSchema:schema11.properties.network.properties.vnet.properties.dnsServers.items,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data14[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err44 = {instancePath:instancePath+"/network/vnet/dnsServers",schemaPath:"#/properties/network/properties/vnet/properties/dnsServers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema11.properties.network.properties.vnet.properties.dnsServers,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err45 = {instancePath:instancePath+"/network/vnet/dnsServers",schemaPath:"#/properties/network/properties/vnet/properties/dnsServers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.vnet.properties.dnsServers.type,parentSchema:schema11.properties.network.properties.vnet.properties.dnsServers,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.vnet.type,parentSchema:schema11.properties.network.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.subnets !== undefined){
let data16 = data6.subnets;
if(Array.isArray(data16)){
if(data16.length < 1){
const err47 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.subnets,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len2 = data16.length;
for(let i4=0; i4<len2; i4++){
let data17 = data16[i4];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.purpose === undefined){
const err48 = {instancePath:instancePath+"/network/subnets/" + i4,schemaPath:"#/properties/network/properties/subnets/items/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema11.properties.network.properties.subnets.items.required,parentSchema:schema11.properties.network.properties.subnets.items,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.addressPrefix === undefined){
const err49 = {instancePath:instancePath+"/network/subnets/" + i4,schemaPath:"#/properties/network/properties/subnets/items/required",keyword:"required",params:{missingProperty: "addressPrefix"},message:"must have required property '"+"addressPrefix"+"'",schema:schema11.properties.network.properties.subnets.items.required,parentSchema:schema11.properties.network.properties.subnets.items,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key5 in data17){
if(!((((key5 === "name") || (key5 === "purpose")) || (key5 === "addressPrefix")) || (key5 === "existing"))){
const err50 = {instancePath:instancePath+"/network/subnets/" + i4,schemaPath:"#/properties/network/properties/subnets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.subnets.items,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err51 = {instancePath:instancePath+"/network/subnets/" + i4+"/name",schemaPath:"#/properties/network/properties/subnets/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$",parentSchema:schema11.properties.network.properties.subnets.items.properties.name,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/network/subnets/" + i4+"/name",schemaPath:"#/properties/network/properties/subnets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.name.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.name,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.purpose !== undefined){
let data19 = data17.purpose;
if(typeof data19 !== "string"){
const err53 = {instancePath:instancePath+"/network/subnets/" + i4+"/purpose",schemaPath:"#/properties/network/properties/subnets/items/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.purpose.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.purpose,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!((((data19 === "aks") || (data19 === "privateEndpoints")) || (data19 === "scoringLoadBalancer")) || (data19 === "other"))){
const err54 = {instancePath:instancePath+"/network/subnets/" + i4+"/purpose",schemaPath:"#/properties/network/properties/subnets/items/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.subnets.items.properties.purpose.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.subnets.items.properties.purpose.enum,parentSchema:schema11.properties.network.properties.subnets.items.properties.purpose,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data17.addressPrefix !== undefined){
let data20 = data17.addressPrefix;
if(typeof data20 === "string"){
if(!(formats0.test(data20))){
const err55 = {instancePath:instancePath+"/network/subnets/" + i4+"/addressPrefix",schemaPath:"#/properties/network/properties/subnets/items/properties/addressPrefix/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.network.properties.subnets.items.properties.addressPrefix,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/network/subnets/" + i4+"/addressPrefix",schemaPath:"#/properties/network/properties/subnets/items/properties/addressPrefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.addressPrefix.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.addressPrefix,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data17.existing !== undefined){
let data21 = data17.existing;
if(typeof data21 !== "boolean"){
const err57 = {instancePath:instancePath+"/network/subnets/" + i4+"/existing",schemaPath:"#/properties/network/properties/subnets/items/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.network.properties.subnets.items.properties.existing.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.existing,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/network/subnets/" + i4,schemaPath:"#/properties/network/properties/subnets/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.subnets.items.type,parentSchema:schema11.properties.network.properties.subnets.items,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
const _errs56 = errors;
const len3 = data16.length;
for(let i5=0; i5<len3; i5++){
let data22 = data16[i5];
const _errs57 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.purpose === undefined){
const err59 = {instancePath:instancePath+"/network/subnets/" + i5,schemaPath:"#/properties/network/properties/subnets/contains/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema11.properties.network.properties.subnets.contains.required,parentSchema:schema11.properties.network.properties.subnets.contains,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data22.purpose !== undefined){
let data23 = data22.purpose;
if("aks" !== data23){
const err60 = {instancePath:instancePath+"/network/subnets/" + i5+"/purpose",schemaPath:"#/properties/network/properties/subnets/contains/properties/purpose/const",keyword:"const",params:{allowedValue: "aks"},message:"must be equal to constant",schema:"aks",parentSchema:schema11.properties.network.properties.subnets.contains.properties.purpose,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/network/subnets/" + i5,schemaPath:"#/properties/network/properties/subnets/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.subnets.contains.type,parentSchema:schema11.properties.network.properties.subnets.contains,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid16 = _errs57 === errors;
if(valid16){
break;
}
}
if(!valid16){
const err62 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema11.properties.network.properties.subnets.contains,parentSchema:schema11.properties.network.properties.subnets,data:data16};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.subnets.type,parentSchema:schema11.properties.network.properties.subnets,data:data16};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
let data24 = data6.nsg;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.scoringInbound === undefined){
data24.scoringInbound = [];
}
if(data24.outbound === undefined){
data24.outbound = "open";
}
for(const key6 in data24){
if(!((key6 === "scoringInbound") || (key6 === "outbound"))){
const err64 = {instancePath:instancePath+"/network/nsg",schemaPath:"#/properties/network/properties/nsg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.nsg,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let data25 = data24.scoringInbound;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i6=0; i6<len4; i6++){
let data26 = data25[i6];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.ports === undefined){
data26.ports = [443];
}
if(data26.name === undefined){
const err65 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.required,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data26.sourceAddressPrefix === undefined){
const err66 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/required",keyword:"required",params:{missingProperty: "sourceAddressPrefix"},message:"must have required property '"+"sourceAddressPrefix"+"'",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.required,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key7 in data26){
if(!(((key7 === "name") || (key7 === "sourceAddressPrefix")) || (key7 === "ports"))){
const err67 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(!pattern4.test(data27)){
const err68 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/name",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$",parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name,data:data27};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/name",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name,data:data27};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data26.sourceAddressPrefix !== undefined){
let data28 = data26.sourceAddressPrefix;
if(typeof data28 === "string"){
if(!(formats6.test(data28))){
const err70 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/sourceAddressPrefix",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/sourceAddressPrefix/format",keyword:"format",params:{format: "nsg-source"},message:"must match format \""+"nsg-source"+"\"",schema:"nsg-source",parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix,data:data28};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/sourceAddressPrefix",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/sourceAddressPrefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix,data:data28};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
let data29 = data26.ports;
if(Array.isArray(data29)){
if(data29.length < 1){
const err72 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len5 = data29.length;
for(let i7=0; i7<len5; i7++){
let data30 = data29[i7];
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err73 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports/" + i7,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 65535 || isNaN(data30)){
const err74 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports/" + i7,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err75 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports/" + i7,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
let i8 = data29.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data29[i8];
if(!(((typeof item2 == "number") && (!(item2 % 1) && !isNaN(item2))) && (isFinite(item2)))){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err76 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err77 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i6,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data26};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/network/nsg/scoringInbound",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
let data31 = data24.outbound;
if(typeof data31 !== "string"){
const err80 = {instancePath:instancePath+"/network/nsg/outbound",schemaPath:"#/properties/network/properties/nsg/properties/outbound/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.outbound.type,parentSchema:schema11.properties.network.properties.nsg.properties.outbound,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((data31 === "open") || (data31 === "restricted"))){
const err81 = {instancePath:instancePath+"/network/nsg/outbound",schemaPath:"#/properties/network/properties/nsg/properties/outbound/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.nsg.properties.outbound.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.nsg.properties.outbound.enum,parentSchema:schema11.properties.network.properties.nsg.properties.outbound,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/network/nsg",schemaPath:"#/properties/network/properties/nsg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.nsg.type,parentSchema:schema11.properties.network.properties.nsg,data:data24};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
let data32 = data6.privateDns;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.zones === undefined){
data32.zones = "create";
}
for(const key8 in data32){
if(!((key8 === "zones") || (key8 === "resourceGroup"))){
const err83 = {instancePath:instancePath+"/network/privateDns",schemaPath:"#/properties/network/properties/privateDns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.privateDns,data:data32};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let data33 = data32.zones;
if(typeof data33 !== "string"){
const err84 = {instancePath:instancePath+"/network/privateDns/zones",schemaPath:"#/properties/network/properties/privateDns/properties/zones/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.privateDns.properties.zones.type,parentSchema:schema11.properties.network.properties.privateDns.properties.zones,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!(((data33 === "create") || (data33 === "existing")) || (data33 === "none"))){
const err85 = {instancePath:instancePath+"/network/privateDns/zones",schemaPath:"#/properties/network/properties/privateDns/properties/zones/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.privateDns.properties.zones.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.privateDns.properties.zones.enum,parentSchema:schema11.properties.network.properties.privateDns.properties.zones,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data32.resourceGroup !== undefined){
let data34 = data32.resourceGroup;
if(typeof data34 === "string"){
if(!pattern3.test(data34)){
const err86 = {instancePath:instancePath+"/network/privateDns/resourceGroup",schemaPath:"#/properties/network/properties/privateDns/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.network.properties.privateDns.properties.resourceGroup,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/network/privateDns/resourceGroup",schemaPath:"#/properties/network/properties/privateDns/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.privateDns.properties.resourceGroup.type,parentSchema:schema11.properties.network.properties.privateDns.properties.resourceGroup,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/network/privateDns",schemaPath:"#/properties/network/properties/privateDns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.privateDns.type,parentSchema:schema11.properties.network.properties.privateDns,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.type,parentSchema:schema11.properties.network,data:data6};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
let data35 = data.workspace;
const _errs87 = errors;
let valid26 = true;
const _errs88 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing1;
if((data35.existing === undefined) && (missing1 = "existing")){
const err90 = {};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
if(data35.existing !== undefined){
if(true !== data35.existing){
const err91 = {};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
}
var _valid1 = _errs88 === errors;
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs90 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.name === undefined){
const err92 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.then.required,parentSchema:schema11.properties.workspace.then,data:data35};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
var _valid1 = _errs90 === errors;
valid26 = _valid1;
}
if(!valid26){
const err93 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.if,parentSchema:schema11.properties.workspace,data:data35};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.existing === undefined){
data35.existing = false;
}
if(data35.privateEndpoint === undefined){
data35.privateEndpoint = true;
}
if(data35.publicNetworkAccess === undefined){
data35.publicNetworkAccess = false;
}
if(data35.storage === undefined){
data35.storage = {};
}
if(data35.keyVault === undefined){
data35.keyVault = {};
}
if(data35.containerRegistry === undefined){
data35.containerRegistry = {};
}
if(data35.applicationInsights === undefined){
data35.applicationInsights = {};
}
for(const key9 in data35){
if(!(func2.call(schema11.properties.workspace.properties, key9))){
const err94 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace,data:data35};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data35.name !== undefined){
let data37 = data35.name;
if(typeof data37 === "string"){
if(!pattern7.test(data37)){
const err95 = {instancePath:instancePath+"/workspace/name",schemaPath:"#/properties/workspace/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$",parentSchema:schema11.properties.workspace.properties.name,data:data37};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/workspace/name",schemaPath:"#/properties/workspace/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.name.type,parentSchema:schema11.properties.workspace.properties.name,data:data37};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
let data38 = data35.existing;
if(typeof data38 !== "boolean"){
const err97 = {instancePath:instancePath+"/workspace/existing",schemaPath:"#/properties/workspace/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.existing.type,parentSchema:schema11.properties.workspace.properties.existing,data:data38};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data35.resourceGroup !== undefined){
let data39 = data35.resourceGroup;
if(typeof data39 === "string"){
if(!pattern3.test(data39)){
const err98 = {instancePath:instancePath+"/workspace/resourceGroup",schemaPath:"#/properties/workspace/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.resourceGroup,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/workspace/resourceGroup",schemaPath:"#/properties/workspace/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.resourceGroup,data:data39};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
let data40 = data35.privateEndpoint;
if(typeof data40 !== "boolean"){
const err100 = {instancePath:instancePath+"/workspace/privateEndpoint",schemaPath:"#/properties/workspace/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.privateEndpoint,data:data40};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
let data41 = data35.publicNetworkAccess;
if(typeof data41 !== "boolean"){
const err101 = {instancePath:instancePath+"/workspace/publicNetworkAccess",schemaPath:"#/properties/workspace/properties/publicNetworkAccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.publicNetworkAccess.type,parentSchema:schema11.properties.workspace.properties.publicNetworkAccess,data:data41};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
let data42 = data35.storage;
const _errs105 = errors;
let valid29 = true;
const _errs106 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
let missing2;
if((data42.existing === undefined) && (missing2 = "existing")){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
else {
if(data42.existing !== undefined){
if(true !== data42.existing){
const err103 = {};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
}
var _valid2 = _errs106 === errors;
errors = _errs105;
if(vErrors !== null){
if(_errs105){
vErrors.length = _errs105;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs108 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.name === undefined){
const err104 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.storage.then.required,parentSchema:schema11.properties.workspace.properties.storage.then,data:data42};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var _valid2 = _errs108 === errors;
valid29 = _valid2;
}
if(!valid29){
const err105 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.storage.if,parentSchema:schema11.properties.workspace.properties.storage,data:data42};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.existing === undefined){
data42.existing = false;
}
if(data42.privateEndpoint === undefined){
data42.privateEndpoint = ["blob","file"];
}
for(const key10 in data42){
if(!((((key10 === "name") || (key10 === "existing")) || (key10 === "resourceGroup")) || (key10 === "privateEndpoint"))){
const err106 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.storage,data:data42};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data42.name !== undefined){
let data44 = data42.name;
if(typeof data44 === "string"){
if(!pattern9.test(data44)){
const err107 = {instancePath:instancePath+"/workspace/storage/name",schemaPath:"#/properties/workspace/properties/storage/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]{3,24}$"},message:"must match pattern \""+"^[a-z0-9]{3,24}$"+"\"",schema:"^[a-z0-9]{3,24}$",parentSchema:schema11.properties.workspace.properties.storage.properties.name,data:data44};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/workspace/storage/name",schemaPath:"#/properties/workspace/properties/storage/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.name.type,parentSchema:schema11.properties.workspace.properties.storage.properties.name,data:data44};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
let data45 = data42.existing;
if(typeof data45 !== "boolean"){
const err109 = {instancePath:instancePath+"/workspace/storage/existing",schemaPath:"#/properties/workspace/properties/storage/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.storage.properties.existing.type,parentSchema:schema11.properties.workspace.properties.storage.properties.existing,data:data45};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data42.resourceGroup !== undefined){
let data46 = data42.resourceGroup;
if(typeof data46 === "string"){
if(!pattern3.test(data46)){
const err110 = {instancePath:instancePath+"/workspace/storage/resourceGroup",schemaPath:"#/properties/workspace/properties/storage/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.storage.properties.resourceGroup,data:data46};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/workspace/storage/resourceGroup",schemaPath:"#/properties/workspace/properties/storage/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.storage.properties.resourceGroup,data:data46};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
let data47 = data42.privateEndpoint;
if(Array.isArray(data47)){
const len6 = data47.length;
for(let i9=0; i9<len6; i9++){
let data48 = data47[i9];
if(typeof data48 !== "string"){
const err112 = {instancePath:instancePath+"/workspace/storage/privateEndpoint/" + i9,schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.type,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items,data:data48};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!((data48 === "blob") || (data48 === "file"))){
const err113 = {instancePath:instancePath+"/workspace/storage/privateEndpoint/" + i9,schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.enum,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items,data:data48};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
let i10 = data47.length;
let j3;
if(i10 > 1){
const indices3 = {};
for(;i10--;){
let item3 = data47[i10];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err114 = {instancePath:instancePath+"/workspace/storage/privateEndpoint",schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)",schema:true,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint,data:data47};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
break;
}
indices3[item3] = i10;
}
}
}
else {
const err115 = {instancePath:instancePath+"/workspace/storage/privateEndpoint",schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint,data:data47};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.storage.type,parentSchema:schema11.properties.workspace.properties.storage,data:data42};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
let data49 = data35.keyVault;
const _errs123 = errors;
let valid35 = true;
const _errs124 = errors;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
let missing3;
if((data49.existing === undefined) && (missing3 = "existing")){
const err117 = {};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
if(data49.existing !== undefined){
if(true !== data49.existing){
const err118 = {};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
}
var _valid3 = _errs124 === errors;
errors = _errs123;
if(vErrors !== null){
if(_errs123){
vErrors.length = _errs123;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs126 = errors;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.name === undefined){
const err119 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.keyVault.then.required,parentSchema:schema11.properties.workspace.properties.keyVault.then,data:data49};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
var _valid3 = _errs126 === errors;
valid35 = _valid3;
}
if(!valid35){
const err120 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.keyVault.if,parentSchema:schema11.properties.workspace.properties.keyVault,data:data49};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.existing === undefined){
data49.existing = false;
}
if(data49.privateEndpoint === undefined){
data49.privateEndpoint = true;
}
for(const key11 in data49){
if(!((((key11 === "name") || (key11 === "existing")) || (key11 === "resourceGroup")) || (key11 === "privateEndpoint"))){
const err121 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.keyVault,data:data49};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data49.name !== undefined){
let data51 = data49.name;
if(typeof data51 === "string"){
if(func3(data51) > 24){
const err122 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters",schema:24,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data51};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(func3(data51) < 3){
const err123 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data51};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern11.test(data51)){
const err124 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](-?[A-Za-z0-9])+$"},message:"must match pattern \""+"^[A-Za-z](-?[A-Za-z0-9])+$"+"\"",schema:"^[A-Za-z](-?[A-Za-z0-9])+$",parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data51};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.keyVault.properties.name.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data51};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
let data52 = data49.existing;
if(typeof data52 !== "boolean"){
const err126 = {instancePath:instancePath+"/workspace/keyVault/existing",schemaPath:"#/properties/workspace/properties/keyVault/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.keyVault.properties.existing.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.existing,data:data52};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data49.resourceGroup !== undefined){
let data53 = data49.resourceGroup;
if(typeof data53 === "string"){
if(!pattern3.test(data53)){
const err127 = {instancePath:instancePath+"/workspace/keyVault/resourceGroup",schemaPath:"#/properties/workspace/properties/keyVault/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup,data:data53};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/workspace/keyVault/resourceGroup",schemaPath:"#/properties/workspace/properties/keyVault/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup,data:data53};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
let data54 = data49.privateEndpoint;
if(typeof data54 !== "boolean"){
const err129 = {instancePath:instancePath+"/workspace/keyVault/privateEndpoint",schemaPath:"#/properties/workspace/properties/keyVault/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.keyVault.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.privateEndpoint,data:data54};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.keyVault.type,parentSchema:schema11.properties.workspace.properties.keyVault,data:data49};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
let data55 = data35.containerRegistry;
const _errs139 = errors;
let valid38 = true;
const _errs140 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing4;
if((data55.existing === undefined) && (missing4 = "existing")){
const err131 = {};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
if(data55.existing !== undefined){
if(true !== data55.existing){
const err132 = {};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
}
var _valid4 = _errs140 === errors;
errors = _errs139;
if(vErrors !== null){
if(_errs139){
vErrors.length = _errs139;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs142 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.name === undefined){
const err133 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.containerRegistry.then.required,parentSchema:schema11.properties.workspace.properties.containerRegistry.then,data:data55};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
var _valid4 = _errs142 === errors;
valid38 = _valid4;
}
if(!valid38){
const err134 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.containerRegistry.if,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data55};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.existing === undefined){
data55.existing = false;
}
if(data55.sku === undefined){
data55.sku = "Premium";
}
if(data55.privateEndpoint === undefined){
data55.privateEndpoint = true;
}
for(const key12 in data55){
if(!(((((key12 === "name") || (key12 === "existing")) || (key12 === "resourceGroup")) || (key12 === "sku")) || (key12 === "privateEndpoint"))){
const err135 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data55};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data55.name !== undefined){
let data57 = data55.name;
if(typeof data57 === "string"){
if(!pattern13.test(data57)){
const err136 = {instancePath:instancePath+"/workspace/containerRegistry/name",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{5,50}$"},message:"must match pattern \""+"^[A-Za-z0-9]{5,50}$"+"\"",schema:"^[A-Za-z0-9]{5,50}$",parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.name,data:data57};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/workspace/containerRegistry/name",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.name.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.name,data:data57};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
let data58 = data55.existing;
if(typeof data58 !== "boolean"){
const err138 = {instancePath:instancePath+"/workspace/containerRegistry/existing",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.containerRegistry.properties.existing.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.existing,data:data58};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data55.resourceGroup !== undefined){
let data59 = data55.resourceGroup;
if(typeof data59 === "string"){
if(!pattern3.test(data59)){
const err139 = {instancePath:instancePath+"/workspace/containerRegistry/resourceGroup",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup,data:data59};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/workspace/containerRegistry/resourceGroup",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup,data:data59};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
let data60 = data55.sku;
if(typeof data60 !== "string"){
const err141 = {instancePath:instancePath+"/workspace/containerRegistry/sku",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.sku.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.sku,data:data60};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!(((data60 === "Basic") || (data60 === "Standard")) || (data60 === "Premium"))){
const err142 = {instancePath:instancePath+"/workspace/containerRegistry/sku",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/sku/enum",keyword:"enum",params:{allowedValues: schema11.properties.workspace.properties.containerRegistry.properties.sku.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.workspace.properties.containerRegistry.properties.sku.enum,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.sku,data:data60};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
let data61 = data55.privateEndpoint;
if(typeof data61 !== "boolean"){
const err143 = {instancePath:instancePath+"/workspace/containerRegistry/privateEndpoint",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.containerRegistry.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.privateEndpoint,data:data61};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.containerRegistry.type,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data55};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
let data62 = data35.applicationInsights;
const _errs157 = errors;
let valid41 = true;
const _errs158 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing5;
if((data62.existing === undefined) && (missing5 = "existing")){
const err145 = {};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
if(data62.existing !== undefined){
if(true !== data62.existing){
const err146 = {};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
}
var _valid5 = _errs158 === errors;
errors = _errs157;
if(vErrors !== null){
if(_errs157){
vErrors.length = _errs157;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs160 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.name === undefined){
const err147 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.applicationInsights.then.required,parentSchema:schema11.properties.workspace.properties.applicationInsights.then,data:data62};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
var _valid5 = _errs160 === errors;
valid41 = _valid5;
}
if(!valid41){
const err148 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.applicationInsights.if,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data62};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.existing === undefined){
data62.existing = false;
}
for(const key13 in data62){
if(!(((key13 === "name") || (key13 === "existing")) || (key13 === "resourceGroup"))){
const err149 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data62};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data62.name !== undefined){
let data64 = data62.name;
if(typeof data64 === "string"){
if(!pattern15.test(data64)){
const err150 = {instancePath:instancePath+"/workspace/applicationInsights/name",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/name/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{1,255}$"},message:"must match pattern \""+"^[-\\w.()]{1,255}$"+"\"",schema:"^[-\\w.()]{1,255}$",parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.name,data:data64};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/workspace/applicationInsights/name",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.applicationInsights.properties.name.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.name,data:data64};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
let data65 = data62.existing;
if(typeof data65 !== "boolean"){
const err152 = {instancePath:instancePath+"/workspace/applicationInsights/existing",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.applicationInsights.properties.existing.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.existing,data:data65};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data62.resourceGroup !== undefined){
let data66 = data62.resourceGroup;
if(typeof data66 === "string"){
if(!pattern3.test(data66)){
const err153 = {instancePath:instancePath+"/workspace/applicationInsights/resourceGroup",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup,data:data66};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/workspace/applicationInsights/resourceGroup",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup,data:data66};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.applicationInsights.type,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data62};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.type,parentSchema:schema11.properties.workspace,data:data35};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
let data67 = data.aks;
const _errs172 = errors;
let valid45 = true;
const _errs173 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing6;
if((data67.provisioning === undefined) && (missing6 = "provisioning")){
const err157 = {};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
else {
if(data67.provisioning !== undefined){
if("existing" !== data67.provisioning){
const err158 = {};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
}
var _valid6 = _errs173 === errors;
errors = _errs172;
if(vErrors !== null){
if(_errs172){
vErrors.length = _errs172;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs175 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.resourceId === undefined){
const err159 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/0/then/required",keyword:"required",params:{missingProperty: "resourceId"},message:"must have required property '"+"resourceId"+"'",schema:schema11.properties.aks.allOf[0].then.required,parentSchema:schema11.properties.aks.allOf[0].then,data:data67};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data67.resourceId !== undefined){
let data69 = data67.resourceId;
if(typeof data69 !== "string"){
const err160 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/allOf/0/then/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.allOf[0].then.properties.resourceId.type,parentSchema:schema11.properties.aks.allOf[0].then.properties.resourceId,data:data69};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
var _valid6 = _errs175 === errors;
valid45 = _valid6;
}
if(!valid45){
const err161 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.aks.allOf[0].if,parentSchema:schema11.properties.aks.allOf[0],data:data67};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
const _errs179 = errors;
let valid48 = true;
const _errs180 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing7;
if((data67.privateCluster === undefined) && (missing7 = "privateCluster")){
const err162 = {};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
else {
if(data67.privateCluster !== undefined){
if(true !== data67.privateCluster){
const err163 = {};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
}
var _valid7 = _errs180 === errors;
errors = _errs179;
if(vErrors !== null){
if(_errs179){
vErrors.length = _errs179;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs182 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.provisioning === undefined){
const err164 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/1/then/required",keyword:"required",params:{missingProperty: "provisioning"},message:"must have required property '"+"provisioning"+"'",schema:schema11.properties.aks.allOf[1].then.required,parentSchema:schema11.properties.aks.allOf[1].then,data:data67};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data67.provisioning !== undefined){
let data71 = data67.provisioning;
if(!((data71 === "cluster") || (data71 === "existing"))){
const err165 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/allOf/1/then/properties/provisioning/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.allOf[1].then.properties.provisioning.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.allOf[1].then.properties.provisioning.enum,parentSchema:schema11.properties.aks.allOf[1].then.properties.provisioning,data:data71};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
var _valid7 = _errs182 === errors;
valid48 = _valid7;
}
if(!valid48){
const err166 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.aks.allOf[1].if,parentSchema:schema11.properties.aks.allOf[1],data:data67};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.provisioning === undefined){
data67.provisioning = "workspace";
}
if(data67.computeName === undefined){
data67.computeName = "aks-compute";
}
if(data67.nodeCount === undefined){
data67.nodeCount = 3;
}
if(data67.vmSize === undefined){
data67.vmSize = "Standard_D4s_v5";
}
if(data67.maxPods === undefined){
data67.maxPods = 30;
}
if(data67.clusterPurpose === undefined){
data67.clusterPurpose = "FastProd";
}
if(data67.networkPlugin === undefined){
data67.networkPlugin = "azure";
}
if(data67.serviceCidr === undefined){
data67.serviceCidr = "10.0.0.0/16";
}
if(data67.dnsServiceIP === undefined){
data67.dnsServiceIP = "10.0.0.10";
}
if(data67.dockerBridgeCidr === undefined){
data67.dockerBridgeCidr = "172.17.0.1/16";
}
if(data67.privateCluster === undefined){
data67.privateCluster = false;
}
if(data67.publicFqdn === undefined){
data67.publicFqdn = false;
}
if(data67.loadBalancer === undefined){
data67.loadBalancer = "internal";
}
for(const key14 in data67){
if(!(func2.call(schema11.properties.aks.properties, key14))){
const err167 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.aks,data:data67};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
let data72 = data67.provisioning;
if(typeof data72 !== "string"){
const err168 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/properties/provisioning/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.provisioning.type,parentSchema:schema11.properties.aks.properties.provisioning,data:data72};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!(((data72 === "workspace") || (data72 === "cluster")) || (data72 === "existing"))){
const err169 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/properties/provisioning/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.provisioning.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.provisioning.enum,parentSchema:schema11.properties.aks.properties.provisioning,data:data72};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data67.name !== undefined){
let data73 = data67.name;
if(typeof data73 === "string"){
if(!pattern17.test(data73)){
const err170 = {instancePath:instancePath+"/aks/name",schemaPath:"#/properties/aks/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$",parentSchema:schema11.properties.aks.properties.name,data:data73};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/aks/name",schemaPath:"#/properties/aks/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.name.type,parentSchema:schema11.properties.aks.properties.name,data:data73};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
let data74 = data67.computeName;
if(typeof data74 === "string"){
if(!pattern18.test(data74)){
const err172 = {instancePath:instancePath+"/aks/computeName",schemaPath:"#/properties/aks/properties/computeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{1,15}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{1,15}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{1,15}$",parentSchema:schema11.properties.aks.properties.computeName,data:data74};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/aks/computeName",schemaPath:"#/properties/aks/properties/computeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.computeName.type,parentSchema:schema11.properties.aks.properties.computeName,data:data74};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data67.resourceId !== undefined){
let data75 = data67.resourceId;
if((typeof data75 !== "string") && (data75 !== null)){
const err174 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/properties/resourceId/type",keyword:"type",params:{type: schema11.properties.aks.properties.resourceId.type},message:"must be string,null",schema:schema11.properties.aks.properties.resourceId.type,parentSchema:schema11.properties.aks.properties.resourceId,data:data75};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(typeof data75 === "string"){
if(!pattern19.test(data75)){
const err175 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"},message:"must match pattern \""+"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"+"\"",schema:"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$",parentSchema:schema11.properties.aks.properties.resourceId,data:data75};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
if(data67.principalId !== undefined){
let data76 = data67.principalId;
if((typeof data76 !== "string") && (data76 !== null)){
const err176 = {instancePath:instancePath+"/aks/principalId",schemaPath:"#/properties/aks/properties/principalId/type",keyword:"type",params:{type: schema11.properties.aks.properties.principalId.type},message:"must be string,null",schema:schema11.properties.aks.properties.principalId.type,parentSchema:schema11.properties.aks.properties.principalId,data:data76};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(typeof data76 === "string"){
if(!(formats8.test(data76))){
const err177 = {instancePath:instancePath+"/aks/principalId",schemaPath:"#/properties/aks/properties/principalId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema11.properties.aks.properties.principalId,data:data76};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
if(data67.location !== undefined){
let data77 = data67.location;
if((typeof data77 !== "string") && (data77 !== null)){
const err178 = {instancePath:instancePath+"/aks/location",schemaPath:"#/properties/aks/properties/location/type",keyword:"type",params:{type: schema11.properties.aks.properties.location.type},message:"must be string,null",schema:schema11.properties.aks.properties.location.type,parentSchema:schema11.properties.aks.properties.location,data:data77};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(typeof data77 === "string"){
if(!pattern1.test(data77)){
const err179 = {instancePath:instancePath+"/aks/location",schemaPath:"#/properties/aks/properties/location/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*$"+"\"",schema:"^[a-z][a-z0-9]*$",parentSchema:schema11.properties.aks.properties.location,data:data77};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
let data78 = data67.nodeCount;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err180 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.aks.properties.nodeCount.type,parentSchema:schema11.properties.aks.properties.nodeCount,data:data78};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 > 1000 || isNaN(data78)){
const err181 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.aks.properties.nodeCount,data:data78};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data78 < 1 || isNaN(data78)){
const err182 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.aks.properties.nodeCount,data:data78};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
let data79 = data67.vmSize;
if(typeof data79 === "string"){
if(!pattern21.test(data79)){
const err183 = {instancePath:instancePath+"/aks/vmSize",schemaPath:"#/properties/aks/properties/vmSize/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]*$",parentSchema:schema11.properties.aks.properties.vmSize,data:data79};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/aks/vmSize",schemaPath:"#/properties/aks/properties/vmSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.vmSize.type,parentSchema:schema11.properties.aks.properties.vmSize,data:data79};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
let data80 = data67.maxPods;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err185 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.aks.properties.maxPods.type,parentSchema:schema11.properties.aks.properties.maxPods,data:data80};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 > 250 || isNaN(data80)){
const err186 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 250},message:"must be <= 250",schema:250,parentSchema:schema11.properties.aks.properties.maxPods,data:data80};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data80 < 10 || isNaN(data80)){
const err187 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema11.properties.aks.properties.maxPods,data:data80};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
let data81 = data67.clusterPurpose;
if(typeof data81 !== "string"){
const err188 = {instancePath:instancePath+"/aks/clusterPurpose",schemaPath:"#/properties/aks/properties/clusterPurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.clusterPurpose.type,parentSchema:schema11.properties.aks.properties.clusterPurpose,data:data81};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(!(((data81 === "FastProd") || (data81 === "DenseProd")) || (data81 === "DevTest"))){
const err189 = {instancePath:instancePath+"/aks/clusterPurpose",schemaPath:"#/properties/aks/properties/clusterPurpose/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.clusterPurpose.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.clusterPurpose.enum,parentSchema:schema11.properties.aks.properties.clusterPurpose,data:data81};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
let data82 = data67.networkPlugin;
if(typeof data82 !== "string"){
const err190 = {instancePath:instancePath+"/aks/networkPlugin",schemaPath:"#/properties/aks/properties/networkPlugin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.networkPlugin.type,parentSchema:schema11.properties.aks.properties.networkPlugin,data:data82};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(!((data82 === "azure") || (data82 === "kubenet"))){
const err191 = {instancePath:instancePath+"/aks/networkPlugin",schemaPath:"#/properties/aks/properties/networkPlugin/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.networkPlugin.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.networkPlugin.enum,parentSchema:schema11.properties.aks.properties.networkPlugin,data:data82};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
let data83 = data67.serviceCidr;
if(typeof data83 === "string"){
if(!(formats0.test(data83))){
const err192 = {instancePath:instancePath+"/aks/serviceCidr",schemaPath:"#/properties/aks/properties/serviceCidr/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.aks.properties.serviceCidr,data:data83};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/aks/serviceCidr",schemaPath:"#/properties/aks/properties/serviceCidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.serviceCidr.type,parentSchema:schema11.properties.aks.properties.serviceCidr,data:data83};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
let data84 = data67.dnsServiceIP;
if(typeof data84 === "string"){
if(!(formats2.test(data84))){
const err194 = {instancePath:instancePath+"/aks/dnsServiceIP",schemaPath:"#/properties/aks/properties/dnsServiceIP/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema11.properties.aks.properties.dnsServiceIP,data:data84};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/aks/dnsServiceIP",schemaPath:"#/properties/aks/properties/dnsServiceIP/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.dnsServiceIP.type,parentSchema:schema11.properties.aks.properties.dnsServiceIP,data:data84};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
let data85 = data67.dockerBridgeCidr;
if(typeof data85 === "string"){
if(!(formats0.test(data85))){
const err196 = {instancePath:instancePath+"/aks/dockerBridgeCidr",schemaPath:"#/properties/aks/properties/dockerBridgeCidr/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.aks.properties.dockerBridgeCidr,data:data85};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/aks/dockerBridgeCidr",schemaPath:"#/properties/aks/properties/dockerBridgeCidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.dockerBridgeCidr.type,parentSchema:schema11.properties.aks.properties.dockerBridgeCidr,data:data85};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
let data86 = data67.privateCluster;
if(typeof data86 !== "boolean"){
const err198 = {instancePath:instancePath+"/aks/privateCluster",schemaPath:"#/properties/aks/properties/privateCluster/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.aks.properties.privateCluster.type,parentSchema:schema11.properties.aks.properties.privateCluster,data:data86};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
let data87 = data67.publicFqdn;
if(typeof data87 !== "boolean"){
const err199 = {instancePath:instancePath+"/aks/publicFqdn",schemaPath:"#/properties/aks/properties/publicFqdn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.aks.properties.publicFqdn.type,parentSchema:schema11.properties.aks.properties.publicFqdn,data:data87};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
let data88 = data67.loadBalancer;
if(typeof data88 !== "string"){
const err200 = {instancePath:instancePath+"/aks/loadBalancer",schemaPath:"#/properties/aks/properties/loadBalancer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.loadBalancer.type,parentSchema:schema11.properties.aks.properties.loadBalancer,data:data88};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!((data88 === "internal") || (data88 === "public"))){
const err201 = {instancePath:instancePath+"/aks/loadBalancer",schemaPath:"#/properties/aks/properties/loadBalancer/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.loadBalancer.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.loadBalancer.enum,parentSchema:schema11.properties.aks.properties.loadBalancer,data:data88};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data67.loadBalancerSubnet !== undefined){
let data89 = data67.loadBalancerSubnet;
if((typeof data89 !== "string") && (data89 !== null)){
const err202 = {instancePath:instancePath+"/aks/loadBalancerSubnet",schemaPath:"#/properties/aks/properties/loadBalancerSubnet/type",keyword:"type",params:{type: schema11.properties.aks.properties.loadBalancerSubnet.type},message:"must be string,null",schema:schema11.properties.aks.properties.loadBalancerSubnet.type,parentSchema:schema11.properties.aks.properties.loadBalancerSubnet,data:data89};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.aks.type,parentSchema:schema11.properties.aks,data:data67};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
let data90 = data.inference;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.aci === undefined){
data90.aci = false;
}
for(const key15 in data90){
if(!(key15 === "aci")){
const err204 = {instancePath:instancePath+"/inference",schemaPath:"#/properties/inference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.inference,data:data90};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
let data91 = data90.aci;
if(typeof data91 !== "boolean"){
const err205 = {instancePath:instancePath+"/inference/aci",schemaPath:"#/properties/inference/properties/aci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.inference.properties.aci.type,parentSchema:schema11.properties.inference.properties.aci,data:data91};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/inference",schemaPath:"#/properties/inference/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inference.type,parentSchema:schema11.properties.inference,data:data90};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

