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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Topology","description":"A moat topology (version 1): the network-isolated Azure Machine Learning (v1) inference environment on AKS that `moat generate` turns into Bicep/ARM. Unknown keys are errors.","type":"object","additionalProperties":false,"required":["version","name","location","network"],"properties":{"version":{"description":"Format version of this file. Always 1.","const":1},"name":{"description":"Short name of the environment: 2-20 characters, lowercase letters, digits and single hyphens, starting with a letter. Prefix of every derived resource name (vnet-<name>, kv-<name>, st<name>, ...).","type":"string","minLength":2,"maxLength":20,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"location":{"description":"Azure region of every new resource unless overridden (for example eastus2, westeurope). Use the region's programmatic name: lowercase, no spaces.","type":"string","minLength":2,"maxLength":40,"pattern":"^[a-z][a-z0-9]*$"},"cloud":{"description":"Azure cloud the environment lives in. Selects the private DNS zone names and endpoints (moat extension; design.md section 1 asks that sovereign clouds be derivable).","type":"string","enum":["AzureCloud","AzureUSGovernment","AzureChinaCloud"],"default":"AzureCloud"},"tags":{"description":"Tags put on every new resource.","type":"object","propertyNames":{"type":"string","maxLength":512},"additionalProperties":{"type":"string","maxLength":256},"default":{}},"network":{"title":"Network","description":"The virtual network AKS joins and where the private endpoints live.","type":"object","additionalProperties":false,"required":["vnet","subnets"],"properties":{"vnet":{"title":"VirtualNetwork","description":"The virtual network, new or existing.","type":"object","additionalProperties":false,"required":["addressPrefixes"],"properties":{"name":{"description":"Name of the virtual network. Default: vnet-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$","x-derivedDefault":"vnet-<name>"},"existing":{"description":"true: reference an existing virtual network (and its subnets) instead of creating it.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the virtual network. Default: the deployment's resource group. AKS's identity gets Network Contributor on this group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"addressPrefixes":{"description":"Address space of the virtual network, as IPv4 CIDRs. Required also for an existing network: the addressing checks need it.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","format":"ipv4-cidr"}}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]}},"subnets":{"description":"Subnets of the virtual network. One must have purpose aks.","type":"array","minItems":1,"items":{"title":"Subnet","description":"One subnet.","type":"object","additionalProperties":false,"required":["purpose","addressPrefix"],"properties":{"name":{"description":"Name of the subnet. Default: snet-<purpose> (snet-aks, snet-privateendpoints, snet-scoringloadbalancer, snet-other).","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$","x-derivedDefault":"snet-<purpose in lowercase>"},"purpose":{"description":"What the subnet holds: aks (the cluster's nodes and pods, Azure CNI), privateEndpoints (private endpoints of the workspace and its storage, key vault and registry), scoringLoadBalancer (the internal load balancer of the scoring endpoint), other.","type":"string","enum":["aks","privateEndpoints","scoringLoadBalancer","other"]},"addressPrefix":{"description":"Address range of the subnet, an IPv4 CIDR inside the virtual network. Azure keeps 5 addresses of every subnet.","type":"string","format":"ipv4-cidr"},"existing":{"description":"true: the subnet exists already and is referenced. Default: the virtual network's existing.","type":"boolean","x-derivedDefault":"network.vnet.existing"}}},"contains":{"type":"object","properties":{"purpose":{"const":"aks"}},"required":["purpose"]}},"nsg":{"title":"NetworkSecurity","description":"Network security group rules of the AKS subnet.","type":"object","additionalProperties":false,"properties":{"scoringInbound":{"description":"Callers outside the virtual network that may reach the scoring endpoint: one inbound allow rule each.","type":"array","items":{"title":"ScoringInboundRule","description":"An inbound allow rule to the scoring endpoint.","type":"object","additionalProperties":false,"required":["name","sourceAddressPrefix"],"properties":{"name":{"description":"Name of the rule (letters, digits, '_', '.', '-').","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},"sourceAddressPrefix":{"description":"Who may call: an IPv4 address, an IPv4 CIDR or a service tag (for example AzureFrontDoor.Backend). '*' and Internet open the endpoint to everyone.","type":"string","format":"nsg-source"},"ports":{"description":"Destination ports of the scoring endpoint to open.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":65535},"default":[443]}}},"default":[]},"outbound":{"description":"Outbound traffic of the AKS subnet: open (the default Azure rules) or restricted (deny Internet, allow only the service tags AML needs: AzureActiveDirectory, AzureMachineLearning, AzureResourceManager, Storage.<region>, AzureContainerRegistry.<region>, AzureFrontDoor.FirstParty, MicrosoftContainerRegistry).","type":"string","enum":["open","restricted"],"default":"open"}},"default":{}},"privateDns":{"title":"PrivateDns","description":"Private DNS zones for the private endpoints (privatelink.blob..., privatelink.vaultcore..., privatelink.azurecr..., privatelink.api.azureml...).","type":"object","additionalProperties":false,"properties":{"zones":{"description":"create: moat creates the zones and links them to the virtual network; existing: the zones exist in resourceGroup and moat adds records to them; none: you run your own DNS (custom DNS servers).","type":"string","enum":["create","existing","none"],"default":"create"},"resourceGroup":{"description":"Resource group of the private DNS zones. Default: the deployment's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"}},"default":{}}}},"workspace":{"title":"Workspace","description":"The Azure Machine Learning workspace and the resources it depends on.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the workspace (3-33 characters). Default: mlw-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$","x-derivedDefault":"mlw-<name>"},"existing":{"description":"true: reference an existing workspace instead of creating it.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the workspace. Default: the deployment's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Give the workspace a private endpoint (group amlworkspace) in the privateEndpoints subnet.","type":"boolean","default":true},"publicNetworkAccess":{"description":"Allow access to the workspace from public networks.","type":"boolean","default":false},"storage":{"title":"StorageAccount","description":"The workspace's storage account.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the storage account (3-24 lowercase letters and digits). Default: st<name without hyphens>. Required when existing is true.","type":"string","pattern":"^[a-z0-9]{3,24}$","x-derivedDefault":"st<name without hyphens>"},"existing":{"description":"true: reference an existing storage account.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the storage account. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Storage services that get a private endpoint in the privateEndpoints subnet. AML needs both blob and file; [] means none.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["blob","file"]},"default":["blob","file"]}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"keyVault":{"title":"KeyVault","description":"The workspace's key vault.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the key vault (3-24 characters: letters, digits, single hyphens). Default: kv-<name>. Required when existing is true.","type":"string","pattern":"^[A-Za-z](-?[A-Za-z0-9])+$","minLength":3,"maxLength":24,"x-derivedDefault":"kv-<name>"},"existing":{"description":"true: reference an existing key vault.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the key vault. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"privateEndpoint":{"description":"Give the key vault a private endpoint (group vault) in the privateEndpoints subnet.","type":"boolean","default":true}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"containerRegistry":{"title":"ContainerRegistry","description":"The workspace's container registry, where the scoring images live.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the registry (5-50 letters and digits). Default: cr<name without hyphens>. Required when existing is true.","type":"string","pattern":"^[A-Za-z0-9]{5,50}$","x-derivedDefault":"cr<name without hyphens>"},"existing":{"description":"true: reference an existing registry.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the registry. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"},"sku":{"description":"Registry SKU. A registry with a private endpoint must be Premium.","type":"string","enum":["Basic","Standard","Premium"],"default":"Premium"},"privateEndpoint":{"description":"Give the registry a private endpoint (group registry) in the privateEndpoints subnet.","type":"boolean","default":true}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"applicationInsights":{"title":"ApplicationInsights","description":"The workspace's Application Insights component.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the component. Default: appi-<name>. Required when existing is true.","type":"string","pattern":"^[-\\w.()]{1,255}$","x-derivedDefault":"appi-<name>"},"existing":{"description":"true: reference an existing component.","type":"boolean","default":false},"resourceGroup":{"description":"Resource group of the component. Default: the workspace's resource group.","type":"string","pattern":"^[-\\w.()]{0,89}[-\\w()]$"}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}}},"if":{"properties":{"existing":{"const":true}},"required":["existing"]},"then":{"required":["name"]},"default":{}},"aks":{"title":"Aks","description":"The AKS cluster that serves the scoring endpoints, and how AML gets it.","type":"object","additionalProperties":false,"properties":{"provisioning":{"description":"workspace: AML creates the cluster (a workspaces/computes resource of computeType AKS with aksNetworkingConfiguration), as AksCompute.provisioning_configuration does; cluster: moat declares the managedClusters resource and attaches it (needed for privateCluster); existing: attach the cluster at resourceId.","type":"string","enum":["workspace","cluster","existing"],"default":"workspace"},"name":{"description":"Name of the AKS cluster. Default: aks-<name>.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$","x-derivedDefault":"aks-<name>"},"computeName":{"description":"Name of the AML compute target (2-16 characters: letters, digits, hyphens; starts with a letter).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{1,15}$","default":"aks-compute"},"resourceId":{"description":"Resource ID of the cluster to attach. Only with provisioning: existing, and required there.","type":["string","null"],"pattern":"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"},"principalId":{"description":"Object ID of the existing cluster's identity, to grant Network Contributor on the virtual network's resource group. Only with provisioning: existing.","type":["string","null"],"format":"uuid"},"location":{"description":"Region of the cluster. Default: the top-level location. With a private-endpoint workspace it must be the workspace's region.","type":["string","null"],"pattern":"^[a-z][a-z0-9]*$","x-derivedDefault":"location"},"nodeCount":{"description":"Number of agent nodes. AML's FastProd purpose needs at least 12 virtual CPUs in total.","type":"integer","minimum":1,"maximum":1000,"default":3},"vmSize":{"description":"VM size of the agent nodes.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$","default":"Standard_D4s_v5"},"maxPods":{"description":"Maximum pods per node. With Azure CNI the aks subnet needs (nodeCount + 1) + (nodeCount + 1) * maxPods addresses.","type":"integer","minimum":10,"maximum":250,"default":30},"clusterPurpose":{"description":"AML cluster purpose: FastProd (production, at least 12 vCPUs), DenseProd (production, denser packing), DevTest (one node will do).","type":"string","enum":["FastProd","DenseProd","DevTest"],"default":"FastProd"},"networkPlugin":{"description":"Kubernetes network plugin. The guidance needs azure (Azure CNI, advanced networking); kubenet gets a warning.","type":"string","enum":["azure","kubenet"],"default":"azure"},"serviceCidr":{"description":"Kubernetes service address range (IPv4 CIDR). Must not overlap the virtual network, its subnets or the ranges AKS reserves.","type":"string","format":"ipv4-cidr","default":"10.0.0.0/16"},"dnsServiceIP":{"description":"IP address of the Kubernetes DNS service: inside serviceCidr, not its network or first address.","type":"string","format":"ipv4","default":"10.0.0.10"},"dockerBridgeCidr":{"description":"Docker bridge address (IPv4 CIDR): outside the subnets and the service range. Emitted only where the target API accepts it (AML's aksNetworkingConfiguration; managedClusters before API 2023-04-01).","type":"string","format":"ipv4-cidr","default":"172.17.0.1/16"},"privateCluster":{"description":"Private AKS cluster: the API server has no public address. Needs provisioning cluster or existing.","type":"boolean","default":false},"publicFqdn":{"description":"Keep a public FQDN for a private cluster's API server. AML can't use a private cluster through a public FQDN.","type":"boolean","default":false},"loadBalancer":{"description":"Load balancer of the scoring endpoint: internal (a private IP in loadBalancerSubnet) or public.","type":"string","enum":["internal","public"],"default":"internal"},"loadBalancerSubnet":{"description":"Name of the subnet that holds the internal load balancer. Default: the scoringLoadBalancer subnet, else the aks subnet.","type":["string","null"],"x-derivedDefault":"the scoringLoadBalancer subnet, else the aks subnet"}},"allOf":[{"if":{"properties":{"provisioning":{"const":"existing"}},"required":["provisioning"]},"then":{"required":["resourceId"],"properties":{"resourceId":{"type":"string"}}}},{"if":{"properties":{"privateCluster":{"const":true}},"required":["privateCluster"]},"then":{"required":["provisioning"],"properties":{"provisioning":{"enum":["cluster","existing"]}}}}],"default":{}},"inference":{"title":"Inference","description":"Where models are deployed besides AKS.","type":"object","additionalProperties":false,"properties":{"aci":{"description":"true if you also deploy to Azure Container Instances in the virtual network (not supported with a private-endpoint workspace).","type":"boolean","default":false}},"default":{}}}};
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
const formats4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/(3[0-2]|[12]?\d))?|\*|[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?)$/;
const formats6 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats10 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

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
if(!((((key4 === "name") || (key4 === "existing")) || (key4 === "resourceGroup")) || (key4 === "addressPrefixes"))){
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
}
else {
const err41 = {instancePath:instancePath+"/network/vnet",schemaPath:"#/properties/network/properties/vnet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.vnet.type,parentSchema:schema11.properties.network.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.subnets !== undefined){
let data14 = data6.subnets;
if(Array.isArray(data14)){
if(data14.length < 1){
const err42 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.subnets,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.purpose === undefined){
const err43 = {instancePath:instancePath+"/network/subnets/" + i2,schemaPath:"#/properties/network/properties/subnets/items/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema11.properties.network.properties.subnets.items.required,parentSchema:schema11.properties.network.properties.subnets.items,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data15.addressPrefix === undefined){
const err44 = {instancePath:instancePath+"/network/subnets/" + i2,schemaPath:"#/properties/network/properties/subnets/items/required",keyword:"required",params:{missingProperty: "addressPrefix"},message:"must have required property '"+"addressPrefix"+"'",schema:schema11.properties.network.properties.subnets.items.required,parentSchema:schema11.properties.network.properties.subnets.items,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data15){
if(!((((key5 === "name") || (key5 === "purpose")) || (key5 === "addressPrefix")) || (key5 === "existing"))){
const err45 = {instancePath:instancePath+"/network/subnets/" + i2,schemaPath:"#/properties/network/properties/subnets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.subnets.items,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err46 = {instancePath:instancePath+"/network/subnets/" + i2+"/name",schemaPath:"#/properties/network/properties/subnets/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$",parentSchema:schema11.properties.network.properties.subnets.items.properties.name,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/network/subnets/" + i2+"/name",schemaPath:"#/properties/network/properties/subnets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.name.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.name,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data15.purpose !== undefined){
let data17 = data15.purpose;
if(typeof data17 !== "string"){
const err48 = {instancePath:instancePath+"/network/subnets/" + i2+"/purpose",schemaPath:"#/properties/network/properties/subnets/items/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.purpose.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.purpose,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!((((data17 === "aks") || (data17 === "privateEndpoints")) || (data17 === "scoringLoadBalancer")) || (data17 === "other"))){
const err49 = {instancePath:instancePath+"/network/subnets/" + i2+"/purpose",schemaPath:"#/properties/network/properties/subnets/items/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.subnets.items.properties.purpose.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.subnets.items.properties.purpose.enum,parentSchema:schema11.properties.network.properties.subnets.items.properties.purpose,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data15.addressPrefix !== undefined){
let data18 = data15.addressPrefix;
if(typeof data18 === "string"){
if(!(formats0.test(data18))){
const err50 = {instancePath:instancePath+"/network/subnets/" + i2+"/addressPrefix",schemaPath:"#/properties/network/properties/subnets/items/properties/addressPrefix/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.network.properties.subnets.items.properties.addressPrefix,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/network/subnets/" + i2+"/addressPrefix",schemaPath:"#/properties/network/properties/subnets/items/properties/addressPrefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.subnets.items.properties.addressPrefix.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.addressPrefix,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data15.existing !== undefined){
let data19 = data15.existing;
if(typeof data19 !== "boolean"){
const err52 = {instancePath:instancePath+"/network/subnets/" + i2+"/existing",schemaPath:"#/properties/network/properties/subnets/items/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.network.properties.subnets.items.properties.existing.type,parentSchema:schema11.properties.network.properties.subnets.items.properties.existing,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/network/subnets/" + i2,schemaPath:"#/properties/network/properties/subnets/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.subnets.items.type,parentSchema:schema11.properties.network.properties.subnets.items,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
const _errs52 = errors;
const len2 = data14.length;
for(let i3=0; i3<len2; i3++){
let data20 = data14[i3];
const _errs53 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.purpose === undefined){
const err54 = {instancePath:instancePath+"/network/subnets/" + i3,schemaPath:"#/properties/network/properties/subnets/contains/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema11.properties.network.properties.subnets.contains.required,parentSchema:schema11.properties.network.properties.subnets.contains,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data20.purpose !== undefined){
let data21 = data20.purpose;
if("aks" !== data21){
const err55 = {instancePath:instancePath+"/network/subnets/" + i3+"/purpose",schemaPath:"#/properties/network/properties/subnets/contains/properties/purpose/const",keyword:"const",params:{allowedValue: "aks"},message:"must be equal to constant",schema:"aks",parentSchema:schema11.properties.network.properties.subnets.contains.properties.purpose,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/network/subnets/" + i3,schemaPath:"#/properties/network/properties/subnets/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.subnets.contains.type,parentSchema:schema11.properties.network.properties.subnets.contains,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var valid13 = _errs53 === errors;
if(valid13){
break;
}
}
if(!valid13){
const err57 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema11.properties.network.properties.subnets.contains,parentSchema:schema11.properties.network.properties.subnets,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/network/subnets",schemaPath:"#/properties/network/properties/subnets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.subnets.type,parentSchema:schema11.properties.network.properties.subnets,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let data22 = data6.nsg;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.scoringInbound === undefined){
data22.scoringInbound = [];
}
if(data22.outbound === undefined){
data22.outbound = "open";
}
for(const key6 in data22){
if(!((key6 === "scoringInbound") || (key6 === "outbound"))){
const err59 = {instancePath:instancePath+"/network/nsg",schemaPath:"#/properties/network/properties/nsg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.nsg,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let data23 = data22.scoringInbound;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i4=0; i4<len3; i4++){
let data24 = data23[i4];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.ports === undefined){
data24.ports = [443];
}
if(data24.name === undefined){
const err60 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.required,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data24.sourceAddressPrefix === undefined){
const err61 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/required",keyword:"required",params:{missingProperty: "sourceAddressPrefix"},message:"must have required property '"+"sourceAddressPrefix"+"'",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.required,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key7 in data24){
if(!(((key7 === "name") || (key7 === "sourceAddressPrefix")) || (key7 === "ports"))){
const err62 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(!pattern4.test(data25)){
const err63 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/name",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$",parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/name",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.sourceAddressPrefix !== undefined){
let data26 = data24.sourceAddressPrefix;
if(typeof data26 === "string"){
if(!(formats4.test(data26))){
const err65 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/sourceAddressPrefix",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/sourceAddressPrefix/format",keyword:"format",params:{format: "nsg-source"},message:"must match format \""+"nsg-source"+"\"",schema:"nsg-source",parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/sourceAddressPrefix",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/sourceAddressPrefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.sourceAddressPrefix,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
let data27 = data24.ports;
if(Array.isArray(data27)){
if(data27.length < 1){
const err67 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len4 = data27.length;
for(let i5=0; i5<len4; i5++){
let data28 = data27[i5];
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err68 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports/" + i5,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 65535 || isNaN(data28)){
const err69 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports/" + i5,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err70 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports/" + i5,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.items,data:data28};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
let i6 = data27.length;
let j1;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data27[i6];
if(!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err71 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)",schema:true,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data27};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err72 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4+"/ports",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.properties.ports,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/network/nsg/scoringInbound/" + i4,schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.items.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound.items,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/network/nsg/scoringInbound",schemaPath:"#/properties/network/properties/nsg/properties/scoringInbound/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.network.properties.nsg.properties.scoringInbound.type,parentSchema:schema11.properties.network.properties.nsg.properties.scoringInbound,data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
let data29 = data22.outbound;
if(typeof data29 !== "string"){
const err75 = {instancePath:instancePath+"/network/nsg/outbound",schemaPath:"#/properties/network/properties/nsg/properties/outbound/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.nsg.properties.outbound.type,parentSchema:schema11.properties.network.properties.nsg.properties.outbound,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!((data29 === "open") || (data29 === "restricted"))){
const err76 = {instancePath:instancePath+"/network/nsg/outbound",schemaPath:"#/properties/network/properties/nsg/properties/outbound/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.nsg.properties.outbound.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.nsg.properties.outbound.enum,parentSchema:schema11.properties.network.properties.nsg.properties.outbound,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/network/nsg",schemaPath:"#/properties/network/properties/nsg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.nsg.type,parentSchema:schema11.properties.network.properties.nsg,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
let data30 = data6.privateDns;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.zones === undefined){
data30.zones = "create";
}
for(const key8 in data30){
if(!((key8 === "zones") || (key8 === "resourceGroup"))){
const err78 = {instancePath:instancePath+"/network/privateDns",schemaPath:"#/properties/network/properties/privateDns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.network.properties.privateDns,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
let data31 = data30.zones;
if(typeof data31 !== "string"){
const err79 = {instancePath:instancePath+"/network/privateDns/zones",schemaPath:"#/properties/network/properties/privateDns/properties/zones/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.privateDns.properties.zones.type,parentSchema:schema11.properties.network.properties.privateDns.properties.zones,data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!(((data31 === "create") || (data31 === "existing")) || (data31 === "none"))){
const err80 = {instancePath:instancePath+"/network/privateDns/zones",schemaPath:"#/properties/network/properties/privateDns/properties/zones/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.privateDns.properties.zones.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.network.properties.privateDns.properties.zones.enum,parentSchema:schema11.properties.network.properties.privateDns.properties.zones,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data30.resourceGroup !== undefined){
let data32 = data30.resourceGroup;
if(typeof data32 === "string"){
if(!pattern3.test(data32)){
const err81 = {instancePath:instancePath+"/network/privateDns/resourceGroup",schemaPath:"#/properties/network/properties/privateDns/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.network.properties.privateDns.properties.resourceGroup,data:data32};
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
const err82 = {instancePath:instancePath+"/network/privateDns/resourceGroup",schemaPath:"#/properties/network/properties/privateDns/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network.properties.privateDns.properties.resourceGroup.type,parentSchema:schema11.properties.network.properties.privateDns.properties.resourceGroup,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/network/privateDns",schemaPath:"#/properties/network/properties/privateDns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.properties.privateDns.type,parentSchema:schema11.properties.network.properties.privateDns,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.network.type,parentSchema:schema11.properties.network,data:data6};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
let data33 = data.workspace;
const _errs83 = errors;
let valid23 = true;
const _errs84 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
let missing1;
if((data33.existing === undefined) && (missing1 = "existing")){
const err85 = {};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
if(data33.existing !== undefined){
if(true !== data33.existing){
const err86 = {};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
var _valid1 = _errs84 === errors;
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs86 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.name === undefined){
const err87 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.then.required,parentSchema:schema11.properties.workspace.then,data:data33};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var _valid1 = _errs86 === errors;
valid23 = _valid1;
}
if(!valid23){
const err88 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.if,parentSchema:schema11.properties.workspace,data:data33};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.existing === undefined){
data33.existing = false;
}
if(data33.privateEndpoint === undefined){
data33.privateEndpoint = true;
}
if(data33.publicNetworkAccess === undefined){
data33.publicNetworkAccess = false;
}
if(data33.storage === undefined){
data33.storage = {};
}
if(data33.keyVault === undefined){
data33.keyVault = {};
}
if(data33.containerRegistry === undefined){
data33.containerRegistry = {};
}
if(data33.applicationInsights === undefined){
data33.applicationInsights = {};
}
for(const key9 in data33){
if(!(func2.call(schema11.properties.workspace.properties, key9))){
const err89 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace,data:data33};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data33.name !== undefined){
let data35 = data33.name;
if(typeof data35 === "string"){
if(!pattern7.test(data35)){
const err90 = {instancePath:instancePath+"/workspace/name",schemaPath:"#/properties/workspace/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$",parentSchema:schema11.properties.workspace.properties.name,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/workspace/name",schemaPath:"#/properties/workspace/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.name.type,parentSchema:schema11.properties.workspace.properties.name,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
let data36 = data33.existing;
if(typeof data36 !== "boolean"){
const err92 = {instancePath:instancePath+"/workspace/existing",schemaPath:"#/properties/workspace/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.existing.type,parentSchema:schema11.properties.workspace.properties.existing,data:data36};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data33.resourceGroup !== undefined){
let data37 = data33.resourceGroup;
if(typeof data37 === "string"){
if(!pattern3.test(data37)){
const err93 = {instancePath:instancePath+"/workspace/resourceGroup",schemaPath:"#/properties/workspace/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.resourceGroup,data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/workspace/resourceGroup",schemaPath:"#/properties/workspace/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.resourceGroup,data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
let data38 = data33.privateEndpoint;
if(typeof data38 !== "boolean"){
const err95 = {instancePath:instancePath+"/workspace/privateEndpoint",schemaPath:"#/properties/workspace/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.privateEndpoint,data:data38};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
let data39 = data33.publicNetworkAccess;
if(typeof data39 !== "boolean"){
const err96 = {instancePath:instancePath+"/workspace/publicNetworkAccess",schemaPath:"#/properties/workspace/properties/publicNetworkAccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.publicNetworkAccess.type,parentSchema:schema11.properties.workspace.properties.publicNetworkAccess,data:data39};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
let data40 = data33.storage;
const _errs101 = errors;
let valid26 = true;
const _errs102 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing2;
if((data40.existing === undefined) && (missing2 = "existing")){
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
if(data40.existing !== undefined){
if(true !== data40.existing){
const err98 = {};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
var _valid2 = _errs102 === errors;
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs104 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.name === undefined){
const err99 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.storage.then.required,parentSchema:schema11.properties.workspace.properties.storage.then,data:data40};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
var _valid2 = _errs104 === errors;
valid26 = _valid2;
}
if(!valid26){
const err100 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.storage.if,parentSchema:schema11.properties.workspace.properties.storage,data:data40};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.existing === undefined){
data40.existing = false;
}
if(data40.privateEndpoint === undefined){
data40.privateEndpoint = ["blob","file"];
}
for(const key10 in data40){
if(!((((key10 === "name") || (key10 === "existing")) || (key10 === "resourceGroup")) || (key10 === "privateEndpoint"))){
const err101 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.storage,data:data40};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data40.name !== undefined){
let data42 = data40.name;
if(typeof data42 === "string"){
if(!pattern9.test(data42)){
const err102 = {instancePath:instancePath+"/workspace/storage/name",schemaPath:"#/properties/workspace/properties/storage/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]{3,24}$"},message:"must match pattern \""+"^[a-z0-9]{3,24}$"+"\"",schema:"^[a-z0-9]{3,24}$",parentSchema:schema11.properties.workspace.properties.storage.properties.name,data:data42};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/workspace/storage/name",schemaPath:"#/properties/workspace/properties/storage/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.name.type,parentSchema:schema11.properties.workspace.properties.storage.properties.name,data:data42};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
let data43 = data40.existing;
if(typeof data43 !== "boolean"){
const err104 = {instancePath:instancePath+"/workspace/storage/existing",schemaPath:"#/properties/workspace/properties/storage/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.storage.properties.existing.type,parentSchema:schema11.properties.workspace.properties.storage.properties.existing,data:data43};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data40.resourceGroup !== undefined){
let data44 = data40.resourceGroup;
if(typeof data44 === "string"){
if(!pattern3.test(data44)){
const err105 = {instancePath:instancePath+"/workspace/storage/resourceGroup",schemaPath:"#/properties/workspace/properties/storage/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.storage.properties.resourceGroup,data:data44};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/workspace/storage/resourceGroup",schemaPath:"#/properties/workspace/properties/storage/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.storage.properties.resourceGroup,data:data44};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
let data45 = data40.privateEndpoint;
if(Array.isArray(data45)){
const len5 = data45.length;
for(let i7=0; i7<len5; i7++){
let data46 = data45[i7];
if(typeof data46 !== "string"){
const err107 = {instancePath:instancePath+"/workspace/storage/privateEndpoint/" + i7,schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.type,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items,data:data46};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(!((data46 === "blob") || (data46 === "file"))){
const err108 = {instancePath:instancePath+"/workspace/storage/privateEndpoint/" + i7,schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items.enum,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.items,data:data46};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
let i8 = data45.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data45[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err109 = {instancePath:instancePath+"/workspace/storage/privateEndpoint",schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint,data:data45};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err110 = {instancePath:instancePath+"/workspace/storage/privateEndpoint",schemaPath:"#/properties/workspace/properties/storage/properties/privateEndpoint/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.workspace.properties.storage.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.storage.properties.privateEndpoint,data:data45};
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
const err111 = {instancePath:instancePath+"/workspace/storage",schemaPath:"#/properties/workspace/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.storage.type,parentSchema:schema11.properties.workspace.properties.storage,data:data40};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
let data47 = data33.keyVault;
const _errs119 = errors;
let valid32 = true;
const _errs120 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing3;
if((data47.existing === undefined) && (missing3 = "existing")){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
if(data47.existing !== undefined){
if(true !== data47.existing){
const err113 = {};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
var _valid3 = _errs120 === errors;
errors = _errs119;
if(vErrors !== null){
if(_errs119){
vErrors.length = _errs119;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs122 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.name === undefined){
const err114 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.keyVault.then.required,parentSchema:schema11.properties.workspace.properties.keyVault.then,data:data47};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
var _valid3 = _errs122 === errors;
valid32 = _valid3;
}
if(!valid32){
const err115 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.keyVault.if,parentSchema:schema11.properties.workspace.properties.keyVault,data:data47};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.existing === undefined){
data47.existing = false;
}
if(data47.privateEndpoint === undefined){
data47.privateEndpoint = true;
}
for(const key11 in data47){
if(!((((key11 === "name") || (key11 === "existing")) || (key11 === "resourceGroup")) || (key11 === "privateEndpoint"))){
const err116 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.keyVault,data:data47};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data47.name !== undefined){
let data49 = data47.name;
if(typeof data49 === "string"){
if(func3(data49) > 24){
const err117 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters",schema:24,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data49};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(func3(data49) < 3){
const err118 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data49};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!pattern11.test(data49)){
const err119 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](-?[A-Za-z0-9])+$"},message:"must match pattern \""+"^[A-Za-z](-?[A-Za-z0-9])+$"+"\"",schema:"^[A-Za-z](-?[A-Za-z0-9])+$",parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data49};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/workspace/keyVault/name",schemaPath:"#/properties/workspace/properties/keyVault/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.keyVault.properties.name.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.name,data:data49};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
let data50 = data47.existing;
if(typeof data50 !== "boolean"){
const err121 = {instancePath:instancePath+"/workspace/keyVault/existing",schemaPath:"#/properties/workspace/properties/keyVault/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.keyVault.properties.existing.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.existing,data:data50};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data47.resourceGroup !== undefined){
let data51 = data47.resourceGroup;
if(typeof data51 === "string"){
if(!pattern3.test(data51)){
const err122 = {instancePath:instancePath+"/workspace/keyVault/resourceGroup",schemaPath:"#/properties/workspace/properties/keyVault/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup,data:data51};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/workspace/keyVault/resourceGroup",schemaPath:"#/properties/workspace/properties/keyVault/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.resourceGroup,data:data51};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
let data52 = data47.privateEndpoint;
if(typeof data52 !== "boolean"){
const err124 = {instancePath:instancePath+"/workspace/keyVault/privateEndpoint",schemaPath:"#/properties/workspace/properties/keyVault/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.keyVault.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.keyVault.properties.privateEndpoint,data:data52};
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
const err125 = {instancePath:instancePath+"/workspace/keyVault",schemaPath:"#/properties/workspace/properties/keyVault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.keyVault.type,parentSchema:schema11.properties.workspace.properties.keyVault,data:data47};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
let data53 = data33.containerRegistry;
const _errs135 = errors;
let valid35 = true;
const _errs136 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
let missing4;
if((data53.existing === undefined) && (missing4 = "existing")){
const err126 = {};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
else {
if(data53.existing !== undefined){
if(true !== data53.existing){
const err127 = {};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
}
var _valid4 = _errs136 === errors;
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs138 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.name === undefined){
const err128 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.containerRegistry.then.required,parentSchema:schema11.properties.workspace.properties.containerRegistry.then,data:data53};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
var _valid4 = _errs138 === errors;
valid35 = _valid4;
}
if(!valid35){
const err129 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.containerRegistry.if,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data53};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.existing === undefined){
data53.existing = false;
}
if(data53.sku === undefined){
data53.sku = "Premium";
}
if(data53.privateEndpoint === undefined){
data53.privateEndpoint = true;
}
for(const key12 in data53){
if(!(((((key12 === "name") || (key12 === "existing")) || (key12 === "resourceGroup")) || (key12 === "sku")) || (key12 === "privateEndpoint"))){
const err130 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data53};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data53.name !== undefined){
let data55 = data53.name;
if(typeof data55 === "string"){
if(!pattern13.test(data55)){
const err131 = {instancePath:instancePath+"/workspace/containerRegistry/name",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{5,50}$"},message:"must match pattern \""+"^[A-Za-z0-9]{5,50}$"+"\"",schema:"^[A-Za-z0-9]{5,50}$",parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.name,data:data55};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/workspace/containerRegistry/name",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.name.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.name,data:data55};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let data56 = data53.existing;
if(typeof data56 !== "boolean"){
const err133 = {instancePath:instancePath+"/workspace/containerRegistry/existing",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.containerRegistry.properties.existing.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.existing,data:data56};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data53.resourceGroup !== undefined){
let data57 = data53.resourceGroup;
if(typeof data57 === "string"){
if(!pattern3.test(data57)){
const err134 = {instancePath:instancePath+"/workspace/containerRegistry/resourceGroup",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup,data:data57};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/workspace/containerRegistry/resourceGroup",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.resourceGroup,data:data57};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
let data58 = data53.sku;
if(typeof data58 !== "string"){
const err136 = {instancePath:instancePath+"/workspace/containerRegistry/sku",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.containerRegistry.properties.sku.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.sku,data:data58};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!(((data58 === "Basic") || (data58 === "Standard")) || (data58 === "Premium"))){
const err137 = {instancePath:instancePath+"/workspace/containerRegistry/sku",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/sku/enum",keyword:"enum",params:{allowedValues: schema11.properties.workspace.properties.containerRegistry.properties.sku.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.workspace.properties.containerRegistry.properties.sku.enum,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.sku,data:data58};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
let data59 = data53.privateEndpoint;
if(typeof data59 !== "boolean"){
const err138 = {instancePath:instancePath+"/workspace/containerRegistry/privateEndpoint",schemaPath:"#/properties/workspace/properties/containerRegistry/properties/privateEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.containerRegistry.properties.privateEndpoint.type,parentSchema:schema11.properties.workspace.properties.containerRegistry.properties.privateEndpoint,data:data59};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/workspace/containerRegistry",schemaPath:"#/properties/workspace/properties/containerRegistry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.containerRegistry.type,parentSchema:schema11.properties.workspace.properties.containerRegistry,data:data53};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
let data60 = data33.applicationInsights;
const _errs153 = errors;
let valid38 = true;
const _errs154 = errors;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
let missing5;
if((data60.existing === undefined) && (missing5 = "existing")){
const err140 = {};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
else {
if(data60.existing !== undefined){
if(true !== data60.existing){
const err141 = {};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
}
var _valid5 = _errs154 === errors;
errors = _errs153;
if(vErrors !== null){
if(_errs153){
vErrors.length = _errs153;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs156 = errors;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.name === undefined){
const err142 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.workspace.properties.applicationInsights.then.required,parentSchema:schema11.properties.workspace.properties.applicationInsights.then,data:data60};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
var _valid5 = _errs156 === errors;
valid38 = _valid5;
}
if(!valid38){
const err143 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.workspace.properties.applicationInsights.if,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data60};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.existing === undefined){
data60.existing = false;
}
for(const key13 in data60){
if(!(((key13 === "name") || (key13 === "existing")) || (key13 === "resourceGroup"))){
const err144 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data60};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data60.name !== undefined){
let data62 = data60.name;
if(typeof data62 === "string"){
if(!pattern15.test(data62)){
const err145 = {instancePath:instancePath+"/workspace/applicationInsights/name",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/name/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{1,255}$"},message:"must match pattern \""+"^[-\\w.()]{1,255}$"+"\"",schema:"^[-\\w.()]{1,255}$",parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.name,data:data62};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/workspace/applicationInsights/name",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.applicationInsights.properties.name.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.name,data:data62};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
let data63 = data60.existing;
if(typeof data63 !== "boolean"){
const err147 = {instancePath:instancePath+"/workspace/applicationInsights/existing",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.workspace.properties.applicationInsights.properties.existing.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.existing,data:data63};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data60.resourceGroup !== undefined){
let data64 = data60.resourceGroup;
if(typeof data64 === "string"){
if(!pattern3.test(data64)){
const err148 = {instancePath:instancePath+"/workspace/applicationInsights/resourceGroup",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/resourceGroup/pattern",keyword:"pattern",params:{pattern: "^[-\\w.()]{0,89}[-\\w()]$"},message:"must match pattern \""+"^[-\\w.()]{0,89}[-\\w()]$"+"\"",schema:"^[-\\w.()]{0,89}[-\\w()]$",parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup,data:data64};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/workspace/applicationInsights/resourceGroup",schemaPath:"#/properties/workspace/properties/applicationInsights/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup.type,parentSchema:schema11.properties.workspace.properties.applicationInsights.properties.resourceGroup,data:data64};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/workspace/applicationInsights",schemaPath:"#/properties/workspace/properties/applicationInsights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.properties.applicationInsights.type,parentSchema:schema11.properties.workspace.properties.applicationInsights,data:data60};
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
const err151 = {instancePath:instancePath+"/workspace",schemaPath:"#/properties/workspace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.workspace.type,parentSchema:schema11.properties.workspace,data:data33};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
let data65 = data.aks;
const _errs168 = errors;
let valid42 = true;
const _errs169 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing6;
if((data65.provisioning === undefined) && (missing6 = "provisioning")){
const err152 = {};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
if(data65.provisioning !== undefined){
if("existing" !== data65.provisioning){
const err153 = {};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
}
var _valid6 = _errs169 === errors;
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs171 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.resourceId === undefined){
const err154 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/0/then/required",keyword:"required",params:{missingProperty: "resourceId"},message:"must have required property '"+"resourceId"+"'",schema:schema11.properties.aks.allOf[0].then.required,parentSchema:schema11.properties.aks.allOf[0].then,data:data65};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data65.resourceId !== undefined){
let data67 = data65.resourceId;
if(typeof data67 !== "string"){
const err155 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/allOf/0/then/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.allOf[0].then.properties.resourceId.type,parentSchema:schema11.properties.aks.allOf[0].then.properties.resourceId,data:data67};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
var _valid6 = _errs171 === errors;
valid42 = _valid6;
}
if(!valid42){
const err156 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.aks.allOf[0].if,parentSchema:schema11.properties.aks.allOf[0],data:data65};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
const _errs175 = errors;
let valid45 = true;
const _errs176 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing7;
if((data65.privateCluster === undefined) && (missing7 = "privateCluster")){
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
if(data65.privateCluster !== undefined){
if(true !== data65.privateCluster){
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
var _valid7 = _errs176 === errors;
errors = _errs175;
if(vErrors !== null){
if(_errs175){
vErrors.length = _errs175;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs178 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.provisioning === undefined){
const err159 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/1/then/required",keyword:"required",params:{missingProperty: "provisioning"},message:"must have required property '"+"provisioning"+"'",schema:schema11.properties.aks.allOf[1].then.required,parentSchema:schema11.properties.aks.allOf[1].then,data:data65};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data65.provisioning !== undefined){
let data69 = data65.provisioning;
if(!((data69 === "cluster") || (data69 === "existing"))){
const err160 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/allOf/1/then/properties/provisioning/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.allOf[1].then.properties.provisioning.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.allOf[1].then.properties.provisioning.enum,parentSchema:schema11.properties.aks.allOf[1].then.properties.provisioning,data:data69};
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
var _valid7 = _errs178 === errors;
valid45 = _valid7;
}
if(!valid45){
const err161 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.aks.allOf[1].if,parentSchema:schema11.properties.aks.allOf[1],data:data65};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.provisioning === undefined){
data65.provisioning = "workspace";
}
if(data65.computeName === undefined){
data65.computeName = "aks-compute";
}
if(data65.nodeCount === undefined){
data65.nodeCount = 3;
}
if(data65.vmSize === undefined){
data65.vmSize = "Standard_D4s_v5";
}
if(data65.maxPods === undefined){
data65.maxPods = 30;
}
if(data65.clusterPurpose === undefined){
data65.clusterPurpose = "FastProd";
}
if(data65.networkPlugin === undefined){
data65.networkPlugin = "azure";
}
if(data65.serviceCidr === undefined){
data65.serviceCidr = "10.0.0.0/16";
}
if(data65.dnsServiceIP === undefined){
data65.dnsServiceIP = "10.0.0.10";
}
if(data65.dockerBridgeCidr === undefined){
data65.dockerBridgeCidr = "172.17.0.1/16";
}
if(data65.privateCluster === undefined){
data65.privateCluster = false;
}
if(data65.publicFqdn === undefined){
data65.publicFqdn = false;
}
if(data65.loadBalancer === undefined){
data65.loadBalancer = "internal";
}
for(const key14 in data65){
if(!(func2.call(schema11.properties.aks.properties, key14))){
const err162 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.aks,data:data65};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
let data70 = data65.provisioning;
if(typeof data70 !== "string"){
const err163 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/properties/provisioning/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.provisioning.type,parentSchema:schema11.properties.aks.properties.provisioning,data:data70};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(!(((data70 === "workspace") || (data70 === "cluster")) || (data70 === "existing"))){
const err164 = {instancePath:instancePath+"/aks/provisioning",schemaPath:"#/properties/aks/properties/provisioning/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.provisioning.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.provisioning.enum,parentSchema:schema11.properties.aks.properties.provisioning,data:data70};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data65.name !== undefined){
let data71 = data65.name;
if(typeof data71 === "string"){
if(!pattern17.test(data71)){
const err165 = {instancePath:instancePath+"/aks/name",schemaPath:"#/properties/aks/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$",parentSchema:schema11.properties.aks.properties.name,data:data71};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/aks/name",schemaPath:"#/properties/aks/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.name.type,parentSchema:schema11.properties.aks.properties.name,data:data71};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
let data72 = data65.computeName;
if(typeof data72 === "string"){
if(!pattern18.test(data72)){
const err167 = {instancePath:instancePath+"/aks/computeName",schemaPath:"#/properties/aks/properties/computeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{1,15}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{1,15}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{1,15}$",parentSchema:schema11.properties.aks.properties.computeName,data:data72};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/aks/computeName",schemaPath:"#/properties/aks/properties/computeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.computeName.type,parentSchema:schema11.properties.aks.properties.computeName,data:data72};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data65.resourceId !== undefined){
let data73 = data65.resourceId;
if((typeof data73 !== "string") && (data73 !== null)){
const err169 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/properties/resourceId/type",keyword:"type",params:{type: schema11.properties.aks.properties.resourceId.type},message:"must be string,null",schema:schema11.properties.aks.properties.resourceId.type,parentSchema:schema11.properties.aks.properties.resourceId,data:data73};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(typeof data73 === "string"){
if(!pattern19.test(data73)){
const err170 = {instancePath:instancePath+"/aks/resourceId",schemaPath:"#/properties/aks/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"},message:"must match pattern \""+"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$"+"\"",schema:"^/subscriptions/[^/]+/[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee][Gg][Rr][Oo][Uu][Pp][Ss]/[^/]+/[Pp]roviders/[Mm]icrosoft\\.[Cc]ontainer[Ss]ervice/[Mm]anaged[Cc]lusters/[^/]+$",parentSchema:schema11.properties.aks.properties.resourceId,data:data73};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
if(data65.principalId !== undefined){
let data74 = data65.principalId;
if((typeof data74 !== "string") && (data74 !== null)){
const err171 = {instancePath:instancePath+"/aks/principalId",schemaPath:"#/properties/aks/properties/principalId/type",keyword:"type",params:{type: schema11.properties.aks.properties.principalId.type},message:"must be string,null",schema:schema11.properties.aks.properties.principalId.type,parentSchema:schema11.properties.aks.properties.principalId,data:data74};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(typeof data74 === "string"){
if(!(formats6.test(data74))){
const err172 = {instancePath:instancePath+"/aks/principalId",schemaPath:"#/properties/aks/properties/principalId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema11.properties.aks.properties.principalId,data:data74};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
if(data65.location !== undefined){
let data75 = data65.location;
if((typeof data75 !== "string") && (data75 !== null)){
const err173 = {instancePath:instancePath+"/aks/location",schemaPath:"#/properties/aks/properties/location/type",keyword:"type",params:{type: schema11.properties.aks.properties.location.type},message:"must be string,null",schema:schema11.properties.aks.properties.location.type,parentSchema:schema11.properties.aks.properties.location,data:data75};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(typeof data75 === "string"){
if(!pattern1.test(data75)){
const err174 = {instancePath:instancePath+"/aks/location",schemaPath:"#/properties/aks/properties/location/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*$"+"\"",schema:"^[a-z][a-z0-9]*$",parentSchema:schema11.properties.aks.properties.location,data:data75};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
let data76 = data65.nodeCount;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err175 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.aks.properties.nodeCount.type,parentSchema:schema11.properties.aks.properties.nodeCount,data:data76};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 1000 || isNaN(data76)){
const err176 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.aks.properties.nodeCount,data:data76};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data76 < 1 || isNaN(data76)){
const err177 = {instancePath:instancePath+"/aks/nodeCount",schemaPath:"#/properties/aks/properties/nodeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.aks.properties.nodeCount,data:data76};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
let data77 = data65.vmSize;
if(typeof data77 === "string"){
if(!pattern21.test(data77)){
const err178 = {instancePath:instancePath+"/aks/vmSize",schemaPath:"#/properties/aks/properties/vmSize/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_-]*$",parentSchema:schema11.properties.aks.properties.vmSize,data:data77};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/aks/vmSize",schemaPath:"#/properties/aks/properties/vmSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.vmSize.type,parentSchema:schema11.properties.aks.properties.vmSize,data:data77};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
let data78 = data65.maxPods;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err180 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.aks.properties.maxPods.type,parentSchema:schema11.properties.aks.properties.maxPods,data:data78};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 > 250 || isNaN(data78)){
const err181 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 250},message:"must be <= 250",schema:250,parentSchema:schema11.properties.aks.properties.maxPods,data:data78};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data78 < 10 || isNaN(data78)){
const err182 = {instancePath:instancePath+"/aks/maxPods",schemaPath:"#/properties/aks/properties/maxPods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema11.properties.aks.properties.maxPods,data:data78};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
let data79 = data65.clusterPurpose;
if(typeof data79 !== "string"){
const err183 = {instancePath:instancePath+"/aks/clusterPurpose",schemaPath:"#/properties/aks/properties/clusterPurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.clusterPurpose.type,parentSchema:schema11.properties.aks.properties.clusterPurpose,data:data79};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(!(((data79 === "FastProd") || (data79 === "DenseProd")) || (data79 === "DevTest"))){
const err184 = {instancePath:instancePath+"/aks/clusterPurpose",schemaPath:"#/properties/aks/properties/clusterPurpose/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.clusterPurpose.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.clusterPurpose.enum,parentSchema:schema11.properties.aks.properties.clusterPurpose,data:data79};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
let data80 = data65.networkPlugin;
if(typeof data80 !== "string"){
const err185 = {instancePath:instancePath+"/aks/networkPlugin",schemaPath:"#/properties/aks/properties/networkPlugin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.networkPlugin.type,parentSchema:schema11.properties.aks.properties.networkPlugin,data:data80};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(!((data80 === "azure") || (data80 === "kubenet"))){
const err186 = {instancePath:instancePath+"/aks/networkPlugin",schemaPath:"#/properties/aks/properties/networkPlugin/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.networkPlugin.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.networkPlugin.enum,parentSchema:schema11.properties.aks.properties.networkPlugin,data:data80};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
let data81 = data65.serviceCidr;
if(typeof data81 === "string"){
if(!(formats0.test(data81))){
const err187 = {instancePath:instancePath+"/aks/serviceCidr",schemaPath:"#/properties/aks/properties/serviceCidr/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.aks.properties.serviceCidr,data:data81};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/aks/serviceCidr",schemaPath:"#/properties/aks/properties/serviceCidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.serviceCidr.type,parentSchema:schema11.properties.aks.properties.serviceCidr,data:data81};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
let data82 = data65.dnsServiceIP;
if(typeof data82 === "string"){
if(!(formats10.test(data82))){
const err189 = {instancePath:instancePath+"/aks/dnsServiceIP",schemaPath:"#/properties/aks/properties/dnsServiceIP/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema11.properties.aks.properties.dnsServiceIP,data:data82};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/aks/dnsServiceIP",schemaPath:"#/properties/aks/properties/dnsServiceIP/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.dnsServiceIP.type,parentSchema:schema11.properties.aks.properties.dnsServiceIP,data:data82};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
let data83 = data65.dockerBridgeCidr;
if(typeof data83 === "string"){
if(!(formats0.test(data83))){
const err191 = {instancePath:instancePath+"/aks/dockerBridgeCidr",schemaPath:"#/properties/aks/properties/dockerBridgeCidr/format",keyword:"format",params:{format: "ipv4-cidr"},message:"must match format \""+"ipv4-cidr"+"\"",schema:"ipv4-cidr",parentSchema:schema11.properties.aks.properties.dockerBridgeCidr,data:data83};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/aks/dockerBridgeCidr",schemaPath:"#/properties/aks/properties/dockerBridgeCidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.dockerBridgeCidr.type,parentSchema:schema11.properties.aks.properties.dockerBridgeCidr,data:data83};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
let data84 = data65.privateCluster;
if(typeof data84 !== "boolean"){
const err193 = {instancePath:instancePath+"/aks/privateCluster",schemaPath:"#/properties/aks/properties/privateCluster/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.aks.properties.privateCluster.type,parentSchema:schema11.properties.aks.properties.privateCluster,data:data84};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
let data85 = data65.publicFqdn;
if(typeof data85 !== "boolean"){
const err194 = {instancePath:instancePath+"/aks/publicFqdn",schemaPath:"#/properties/aks/properties/publicFqdn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.aks.properties.publicFqdn.type,parentSchema:schema11.properties.aks.properties.publicFqdn,data:data85};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
let data86 = data65.loadBalancer;
if(typeof data86 !== "string"){
const err195 = {instancePath:instancePath+"/aks/loadBalancer",schemaPath:"#/properties/aks/properties/loadBalancer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aks.properties.loadBalancer.type,parentSchema:schema11.properties.aks.properties.loadBalancer,data:data86};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!((data86 === "internal") || (data86 === "public"))){
const err196 = {instancePath:instancePath+"/aks/loadBalancer",schemaPath:"#/properties/aks/properties/loadBalancer/enum",keyword:"enum",params:{allowedValues: schema11.properties.aks.properties.loadBalancer.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.aks.properties.loadBalancer.enum,parentSchema:schema11.properties.aks.properties.loadBalancer,data:data86};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(data65.loadBalancerSubnet !== undefined){
let data87 = data65.loadBalancerSubnet;
if((typeof data87 !== "string") && (data87 !== null)){
const err197 = {instancePath:instancePath+"/aks/loadBalancerSubnet",schemaPath:"#/properties/aks/properties/loadBalancerSubnet/type",keyword:"type",params:{type: schema11.properties.aks.properties.loadBalancerSubnet.type},message:"must be string,null",schema:schema11.properties.aks.properties.loadBalancerSubnet.type,parentSchema:schema11.properties.aks.properties.loadBalancerSubnet,data:data87};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.aks.type,parentSchema:schema11.properties.aks,data:data65};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
let data88 = data.inference;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.aci === undefined){
data88.aci = false;
}
for(const key15 in data88){
if(!(key15 === "aci")){
const err199 = {instancePath:instancePath+"/inference",schemaPath:"#/properties/inference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.inference,data:data88};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
let data89 = data88.aci;
if(typeof data89 !== "boolean"){
const err200 = {instancePath:instancePath+"/inference/aci",schemaPath:"#/properties/inference/properties/aci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.inference.properties.aci.type,parentSchema:schema11.properties.inference.properties.aci,data:data89};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/inference",schemaPath:"#/properties/inference/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.inference.type,parentSchema:schema11.properties.inference,data:data88};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

