// @ts-nocheck
// Generated from templates/ by src/render/bicep/precompile.ts: do not edit. Refresh with UPDATE_GOLDEN=1 npm test.
export const PRECOMPILED = {
  templates: {
    "main.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"description"),depth0,{"name":"description","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"allowed"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "param "
    + ((stack1 = alias3(alias2(depth0, "name", {"start":{"line":15,"column":8},"end":{"line":15,"column":12}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias3(alias2(depth0, "type", {"start":{"line":15,"column":17},"end":{"line":15,"column":21}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"default"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":23},"end":{"line":15,"column":59}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@allowed([\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"allowed"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "])\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"str","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " = "
    + ((stack1 = container.lambda(container.strict(depth0, "default", {"start":{"line":15,"column":43},"end":{"line":15,"column":50}} ), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "    location: location\n    tags: tags\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "    addressPrefixes: vnetAddressPrefixes\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "    dnsServers: vnetDnsServers\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "    "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":34,"column":6},"end":{"line":34,"column":12}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":34,"column":18},"end":{"line":34,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    nsgName: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"network"),"nsg"), "nameExpr", {"start":{"line":37,"column":15},"end":{"line":37,"column":35}} ), depth0)) != null ? stack1 : "")
    + "\n    scoringInbound: scoringInbound\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"network"),"nsg"),"restrictOutbound"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "    aksLocation: aksLocation\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nmodule privateDns 'modules/private-dns.bicep' = {\n  name: '${deployment().name}-private-dns'\n  scope: resourceGroup(privateDnsResourceGroup)\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"dns"),"create"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "}\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "  params: {\n    tags: tags\n    vnetId: network.outputs.vnetId\n    vnetName: vnetName\n  }\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    "
    + ((stack1 = alias2(alias1(depth0, "nameParam", {"start":{"line":69,"column":6},"end":{"line":69,"column":15}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "nameParam", {"start":{"line":69,"column":21},"end":{"line":69,"column":30}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"resourceGroupParam"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":72,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "    "
    + ((stack1 = alias2(alias1(depth0, "resourceGroupParam", {"start":{"line":71,"column":6},"end":{"line":71,"column":24}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "resourceGroupParam", {"start":{"line":71,"column":30},"end":{"line":71,"column":48}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    return "    containerRegistrySku: containerRegistrySku\n";
},"15":function(container,depth0,helpers,partials,data) {
    return "    logAnalyticsName: logAnalyticsName\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nmodule privateEndpoints 'modules/private-endpoints.bicep' = {\n  name: '${deployment().name}-private-endpoints'\n  params: {\n    location: location\n    tags: tags\n    subnetId: network.outputs."
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"network"), "privateEndpointsSubnet", {"start":{"line":89,"column":32},"end":{"line":89,"column":62}} ), depth0)) != null ? stack1 : "")
    + "Id\n    endpoints: [\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"endpoints"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":91,"column":0},"end":{"line":106,"column":9}}})) != null ? stack1 : "")
    + "    ]\n  }\n}\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      {\n        name: "
    + ((stack1 = alias2(alias1(depth0, "nameExpr", {"start":{"line":93,"column":16},"end":{"line":93,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n        targetId: workspace.outputs."
    + ((stack1 = alias2(alias1(depth0, "targetOutput", {"start":{"line":94,"column":38},"end":{"line":94,"column":50}} ), depth0)) != null ? stack1 : "")
    + "\n        groupId: "
    + ((stack1 = lookupProperty(helpers,"str").call(alias3,lookupProperty(depth0,"groupId"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":95,"column":17},"end":{"line":95,"column":32}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"zoneOutputs"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":96,"column":0},"end":{"line":104,"column":7}}})) != null ? stack1 : "")
    + "      }\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        privateDnsZoneIds: [\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"zoneOutputs"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":100,"column":9}}})) != null ? stack1 : "")
    + "        ]\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "          privateDns.outputs."
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    return "        privateDnsZoneIds: []\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nmodule aks 'modules/aks.bicep' = {\n  name: '${deployment().name}-aks'\n  params: {\n    location: aksLocation\n    tags: tags\n    clusterName: aksName\n    subnetId: network.outputs."
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"network"), "aksSubnet", {"start":{"line":119,"column":32},"end":{"line":119,"column":49}} ), depth0)) != null ? stack1 : "")
    + "Id\n    vnetResourceGroup: vnetResourceGroup\n    nodeCount: nodeCount\n    vmSize: vmSize\n    maxPods: maxPods\n    networkPlugin: networkPlugin\n    serviceCidr: serviceCidr\n    dnsServiceIP: dnsServiceIP\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"aks"),"dockerBridge"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":127,"column":0},"end":{"line":129,"column":7}}})) != null ? stack1 : "")
    + "    privateCluster: privateCluster\n    publicFqdn: publicFqdn\n  }\n}\n";
},"22":function(container,depth0,helpers,partials,data) {
    return "    dockerBridgeCidr: dockerBridgeCidr\n";
},"23":function(container,depth0,helpers,partials,data) {
    return "\nmodule networkContributor 'modules/network-contributor.bicep' = {\n  name: '${deployment().name}-network-contributor'\n  scope: resourceGroup(vnetResourceGroup)\n  params: {\n    principalId: aksPrincipalId\n  }\n}\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    nodeCount: nodeCount\n    vmSize: vmSize\n    subnetId: network.outputs."
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"network"), "aksSubnet", {"start":{"line":157,"column":32},"end":{"line":157,"column":49}} ), depth0)) != null ? stack1 : "")
    + "Id\n    serviceCidr: serviceCidr\n    dnsServiceIP: dnsServiceIP\n    dockerBridgeCidr: dockerBridgeCidr\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    clusterId: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"compute"), "clusterId", {"start":{"line":162,"column":17},"end":{"line":162,"column":34}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    loadBalancerSubnetName: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"network"), "loadBalancerSubnet", {"start":{"line":166,"column":30},"end":{"line":166,"column":56}} ), depth0)) != null ? stack1 : "")
    + ".name\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n@description("
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"outputDescription"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":175,"column":13},"end":{"line":175,"column":38}}})) != null ? stack1 : "")
    + ")\noutput "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":176,"column":9},"end":{"line":176,"column":15}} ), depth0)) != null ? stack1 : "")
    + "Id string = network.outputs."
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":176,"column":47},"end":{"line":176,"column":53}} ), depth0)) != null ? stack1 : "")
    + "Id\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n@description('Scoring endpoints get their private IP address in this subnet (internal load balancer).')\noutput scoringSubnetId string = network.outputs."
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"network"), "loadBalancerSubnet", {"start":{"line":187,"column":50},"end":{"line":187,"column":76}} ), depth0)) != null ? stack1 : "")
    + "Id\n";
},"29":function(container,depth0,helpers,partials,data) {
    return "\n@description('Name and private IP address of each private endpoint.')\noutput privateEndpointIpAddresses array = privateEndpoints.outputs.ipAddresses\n";
},"30":function(container,depth0,helpers,partials,data) {
    return "\n@description('Resource ID of the AKS cluster.')\noutput clusterId string = aks.outputs.clusterId\n\n@description('Object ID of the cluster\\'s identity (granted Network Contributor on the virtual network\\'s resource group).')\noutput clusterPrincipalId string = aks.outputs.principalId\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "targetScope = 'resourceGroup'\n\nimport { "
    + ((stack1 = container.lambda(container.strict(depth0, "imports", {"start":{"line":4,"column":11},"end":{"line":4,"column":18}} ), depth0)) != null ? stack1 : "")
    + " } from 'modules/types.bicep'\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"params"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "\nmodule network 'modules/network.bicep' = {\n  name: '${deployment().name}-network'\n  scope: resourceGroup(vnetResourceGroup)\n  params: {\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"needsLocation"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "    vnetName: vnetName\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"vnetIsNew"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"customDns"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"nsg"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + "  }\n}\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"dns"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + "\nmodule workspace 'modules/workspace.bicep' = {\n  name: '${deployment().name}-workspace'\n  scope: resourceGroup(workspaceResourceGroup)\n  params: {\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"createsAny"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"resources"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":73,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"newRegistry"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":76,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"logAnalytics"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":0},"end":{"line":79,"column":7}}})) != null ? stack1 : "")
    + "  }\n}\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"endpoints"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":82,"column":0},"end":{"line":110,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"aks"),"cluster"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":111,"column":0},"end":{"line":134,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"aks"),"grantExistingPrincipal"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":135,"column":0},"end":{"line":144,"column":7}}})) != null ? stack1 : "")
    + "\nmodule compute 'modules/compute.bicep' = {\n  name: '${deployment().name}-compute'\n  scope: resourceGroup(workspaceResourceGroup)\n  params: {\n    location: aksLocation\n    tags: tags\n    workspaceName: workspace.outputs.workspaceName\n    computeName: computeName\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"create"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(25, data, 0),"data":data,"loc":{"start":{"line":154,"column":0},"end":{"line":163,"column":7}}})) != null ? stack1 : "")
    + "    clusterPurpose: clusterPurpose\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"internalLoadBalancer"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":0},"end":{"line":167,"column":7}}})) != null ? stack1 : "")
    + "  }\n}\n\n@description('Resource ID of the virtual network.')\noutput vnetId string = network.outputs.vnetId\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":0},"end":{"line":177,"column":9}}})) != null ? stack1 : "")
    + "\n@description('Name of the AML workspace.')\noutput workspaceName string = workspace.outputs.workspaceName\n\n@description('Name of the AML compute target to deploy models to.')\noutput computeName string = compute.outputs.computeName\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"internalLoadBalancer"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":184,"column":0},"end":{"line":188,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"endpoints"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":189,"column":0},"end":{"line":193,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"aks"),"cluster"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":194,"column":0},"end":{"line":201,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
    "main.bicepparam.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasValue"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nparam "
    + ((stack1 = container.lambda(container.strict(depth0, "name", {"start":{"line":6,"column":8},"end":{"line":6,"column":12}} ), depth0)) != null ? stack1 : "")
    + " = "
    + ((stack1 = lookupProperty(helpers,"literal").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"value"),{"name":"literal","hash":{},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "using 'main.bicep'\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"params"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
    "modules/aks.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "\n@description('Docker bridge address, outside the subnets and the service range.')\nparam dockerBridgeCidr string\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "      dockerBridgeCidr: dockerBridgeCidr\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "@description('Region of the cluster.')\nparam location string\n\n@description('Tags on every new resource.')\nparam tags object\n\n@description('Name of the AKS cluster (also its DNS prefix).')\nparam clusterName string\n\n@description('Resource ID of the subnet the nodes and pods join (Azure CNI).')\nparam subnetId string\n\n@description('Resource group of the virtual network: the cluster\\'s identity gets Network Contributor on it.')\nparam vnetResourceGroup string\n\n@description('Number of agent nodes.')\nparam nodeCount int\n\n@description('VM size of the agent nodes.')\nparam vmSize string\n\n@description('Maximum pods per node.')\nparam maxPods int\n\n@description('Kubernetes network plugin.')\nparam networkPlugin string\n\n@description('Kubernetes service address range.')\nparam serviceCidr string\n\n@description('IP address of the Kubernetes DNS service, inside the service address range.')\nparam dnsServiceIP string\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"aks"),"dockerBridge"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + "\n@description('Private cluster: the API server gets no public address.')\nparam privateCluster bool\n\n@description('Keep a public FQDN for a private cluster\\'s API server.')\nparam publicFqdn bool\n\nresource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"api"), "identity", {"start":{"line":46,"column":70},"end":{"line":46,"column":82}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: 'id-${clusterName}'\n  location: location\n  tags: tags\n}\n\nmodule networkContributor 'network-contributor.bicep' = {\n  name: '${deployment().name}-network-contributor'\n  scope: resourceGroup(vnetResourceGroup)\n  params: {\n    principalId: identity.properties.principalId\n    principalKey: identity.id\n  }\n}\n\nresource cluster 'Microsoft.ContainerService/managedClusters@"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"api"), "cluster", {"start":{"line":61,"column":63},"end":{"line":61,"column":74}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: clusterName\n  location: location\n  tags: tags\n  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '${identity.id}': {}\n    }\n  }\n  properties: {\n    dnsPrefix: clusterName\n    agentPoolProfiles: [\n      {\n        name: 'system'\n        mode: 'System'\n        count: nodeCount\n        vmSize: vmSize\n        maxPods: maxPods\n        osType: 'Linux'\n        type: 'VirtualMachineScaleSets'\n        vnetSubnetID: subnetId\n      }\n    ]\n    networkProfile: {\n      networkPlugin: networkPlugin\n      serviceCidr: serviceCidr\n      dnsServiceIP: dnsServiceIP\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"aks"),"dockerBridge"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "")
    + "      loadBalancerSku: 'standard'\n    }\n    apiServerAccessProfile: {\n      enablePrivateCluster: privateCluster\n      enablePrivateClusterPublicFQDN: publicFqdn\n    }\n  }\n  // the cluster joins the subnet with its identity: the role must be in place first\n  dependsOn: [\n    networkContributor\n  ]\n}\n\n@description('Resource ID of the cluster.')\noutput clusterId string = cluster.id\n\n@description('Object ID of the cluster\\'s identity.')\noutput principalId string = identity.properties.principalId\n";
},"usePartial":true,"useData":true},
    "modules/compute.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "\n@description('Number of agent nodes AML creates.')\nparam nodeCount int\n\n@description('VM size of the agent nodes.')\nparam vmSize string\n\n@description('Resource ID of the subnet the cluster joins.')\nparam subnetId string\n\n@description('Kubernetes service address range.')\nparam serviceCidr string\n\n@description('IP address of the Kubernetes DNS service, inside the service address range.')\nparam dnsServiceIP string\n\n@description('Docker bridge address, outside the subnets and the service range.')\nparam dockerBridgeCidr string\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "\n@description('Resource ID of the AKS cluster to attach.')\nparam clusterId string\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "\n@description('Name of the subnet that holds the scoring endpoint\\'s internal load balancer.')\nparam loadBalancerSubnetName string\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "    resourceId: clusterId\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "      agentCount: nodeCount\n      agentVmSize: vmSize\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "      loadBalancerType: 'InternalLoadBalancer'\n      loadBalancerSubnet: loadBalancerSubnetName\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "      loadBalancerType: 'PublicIp'\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "      aksNetworkingConfiguration: {\n        subnetId: subnetId\n        serviceCidr: serviceCidr\n        dnsServiceIP: dnsServiceIP\n        dockerBridgeCidr: dockerBridgeCidr\n      }\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "@description('Region of the cluster.')\nparam location string\n\n@description('Tags on every new resource.')\nparam tags object\n\n@description('Name of the AML workspace.')\nparam workspaceName string\n\n@description('Name of the AML compute target that scoring deployments name.')\nparam computeName string\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"create"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + "\n@description('AML cluster purpose.')\nparam clusterPurpose string\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"internalLoadBalancer"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + "\nresource workspace 'Microsoft.MachineLearningServices/workspaces@"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"api"), "workspace", {"start":{"line":46,"column":67},"end":{"line":46,"column":80}} ), depth0)) != null ? stack1 : "")
    + "' existing = {\n  name: workspaceName\n}\n\nresource compute 'Microsoft.MachineLearningServices/workspaces/computes@"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"api"), "compute", {"start":{"line":50,"column":74},"end":{"line":50,"column":85}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  parent: workspace\n  name: computeName\n  location: location\n  tags: tags\n  properties: {\n    computeType: 'AKS'\n    computeLocation: location\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"create"),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":60,"column":11}}})) != null ? stack1 : "")
    + "    properties: {\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"create"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + "      clusterPurpose: clusterPurpose\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"internalLoadBalancer"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":72,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"compute"),"create"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":80,"column":7}}})) != null ? stack1 : "")
    + "    }\n  }\n}\n\n@description('Name of the compute target: deploy models to it.')\noutput computeName string = compute.name\n\n@description('Resource ID of the compute target.')\noutput computeId string = compute.id\n";
},"usePartial":true,"useData":true},
    "modules/network-contributor.bicep.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "@description('Object ID of the AKS cluster\\'s identity.')\nparam principalId string\n\n@description('What the assignment\\'s name is derived from: the resource ID of a new cluster\\'s identity, or the object ID given for an attached cluster.')\nparam principalKey string = principalId\n\n// The AKS identity needs Network Contributor on the virtual network's resource group to join its subnets and place load balancers there.\nresource networkContributor 'Microsoft.Authorization/roleDefinitions@"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"api"), "roleAssignment", {"start":{"line":9,"column":71},"end":{"line":9,"column":89}} ), depth0)) != null ? stack1 : "")
    + "' existing = {\n  scope: subscription()\n  name: "
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"roleDefinitionId"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":11,"column":8},"end":{"line":11,"column":32}}})) != null ? stack1 : "")
    + "\n}\n\nresource assignment 'Microsoft.Authorization/roleAssignments@"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"api"), "roleAssignment", {"start":{"line":14,"column":63},"end":{"line":14,"column":81}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  // The name is moat's planner's (src/plan/role-name.ts), which the ARM template computes too: guid() over this\n  // resource group's ID, the principal key and the role definition's ID, in that order. A new cluster's identity\n  // is keyed by its resource ID, known before deployment, so a redeployment finds the same assignment.\n  name: guid(resourceGroup().id, principalKey, networkContributor.id)\n  properties: {\n    roleDefinitionId: networkContributor.id\n    principalId: principalId\n    principalType: 'ServicePrincipal'\n  }\n}\n";
},"usePartial":true,"useData":true},
    "modules/network.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "scoringInboundRule, ";
},"1":function(container,depth0,helpers,partials,data) {
    return "@description('Region of the virtual network and its network security group.')\nparam location string\n\n@description('Tags on every new resource.')\nparam tags object\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "\n@description('Address space of the virtual network.')\nparam addressPrefixes string[]\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "\n@description('Custom DNS servers of the virtual network; they resolve the private endpoints\\' privatelink names.')\nparam dnsServers string[]\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"description"),depth0,{"name":"description","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "param "
    + ((stack1 = container.lambda(container.strict(depth0, "symbol", {"start":{"line":27,"column":8},"end":{"line":27,"column":14}} ), depth0)) != null ? stack1 : "")
    + " subnetSpec\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n@description('Name of the network security group of the AKS subnet.')\nparam nsgName string\n\n@description('Callers outside the virtual network that may reach the scoring endpoint.')\nparam scoringInbound scoringInboundRule[]\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"network"),"nsg"),"restrictOutbound"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + "\nvar scoringInboundRules = [for (rule, i) in scoringInbound: {\n  name: 'allow-scoring-${rule.name}'\n  properties: {\n    priority: 100 + i\n    direction: 'Inbound'\n    access: 'Allow'\n    protocol: 'Tcp'\n    sourceAddressPrefix: rule.sourceAddressPrefix\n    sourcePortRange: '*'\n    destinationAddressPrefix: "
    + ((stack1 = alias3(alias2(lookupProperty(lookupProperty(depth0,"network"),"nsg"), "scoringDestination", {"start":{"line":51,"column":32},"end":{"line":51,"column":62}} ), depth0)) != null ? stack1 : "")
    + "\n    destinationPortRanges: rule.ports\n  }\n}]\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"network"),"nsg"),"restrictOutbound"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "")
    + "\nresource nsg 'Microsoft.Network/networkSecurityGroups@"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"api"), "nsg", {"start":{"line":93,"column":56},"end":{"line":93,"column":63}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: nsgName\n  location: location\n  tags: tags\n  properties: {\n    securityRules: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"network"),"nsg"),"restrictOutbound"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":98,"column":19},"end":{"line":100,"column":40}}})) != null ? stack1 : "")
    + "\n  }\n}\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "\n@description('Region of the AKS cluster: the regional service tags it needs outbound are narrowed to it.')\nparam aksLocation string\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n// Limiting outbound traffic must still let AML and AKS reach these service tags (Microsoft's guidance); the rest of the Internet is denied.\nvar requiredOutboundServiceTags = [\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"network"),"nsg"),"outboundTags"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":61,"column":9}}})) != null ? stack1 : "")
    + "]\n\nvar serviceTagRules = [for (tag, i) in requiredOutboundServiceTags: {\n  name: 'allow-out-${tag}'\n  properties: {\n    priority: 100 + i\n    direction: 'Outbound'\n    access: 'Allow'\n    protocol: 'Tcp'\n    sourceAddressPrefix: 'VirtualNetwork'\n    sourcePortRange: '*'\n    destinationAddressPrefix: tag\n    destinationPortRange: '443'\n  }\n}]\n\nvar denyInternetRule = {\n  name: 'deny-out-internet'\n  properties: {\n    priority: 4000\n    direction: 'Outbound'\n    access: 'Deny'\n    protocol: '*'\n    sourceAddressPrefix: '*'\n    sourcePortRange: '*'\n    destinationAddressPrefix: 'Internet'\n    destinationPortRange: '*'\n  }\n}\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "concat(scoringInboundRules, serviceTagRules, [\n      denyInternetRule\n    ])";
},"10":function(container,depth0,helpers,partials,data) {
    return "scoringInboundRules";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n// Subnets inline: one PUT for the whole network, so redeploying never races or drops a subnet.\nresource vnet 'Microsoft.Network/virtualNetworks@"
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"api"), "vnet", {"start":{"line":107,"column":51},"end":{"line":107,"column":59}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: vnetName\n  location: location\n  tags: tags\n  properties: {\n    addressSpace: {\n      addressPrefixes: addressPrefixes\n    }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"customDns"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":119,"column":7}}})) != null ? stack1 : "")
    + "    subnets: [\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":121,"column":0},"end":{"line":126,"column":9}}})) != null ? stack1 : "")
    + "    ]\n  }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":129,"column":0},"end":{"line":134,"column":9}}})) != null ? stack1 : "")
    + "}\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "    dhcpOptions: {\n      dnsServers: dnsServers\n    }\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      {\n        name: "
    + ((stack1 = container.lambda(container.strict(depth0, "symbol", {"start":{"line":123,"column":16},"end":{"line":123,"column":22}} ), depth0)) != null ? stack1 : "")
    + ".name\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subnet-properties"),depth0,{"name":"subnet-properties","data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "      }\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "\n  resource "
    + ((stack1 = alias2(alias1(depth0, "resourceSymbol", {"start":{"line":131,"column":13},"end":{"line":131,"column":27}} ), depth0)) != null ? stack1 : "")
    + " 'subnets' existing = {\n    name: "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":132,"column":12},"end":{"line":132,"column":18}} ), depth0)) != null ? stack1 : "")
    + ".name\n  }\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nresource vnet 'Microsoft.Network/virtualNetworks@"
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"api"), "vnet", {"start":{"line":138,"column":51},"end":{"line":138,"column":59}} ), depth0)) != null ? stack1 : "")
    + "' existing = {\n  name: vnetName\n}\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":141,"column":0},"end":{"line":161,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":143,"column":0},"end":{"line":160,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource "
    + ((stack1 = alias2(alias1(depth0, "resourceSymbol", {"start":{"line":144,"column":11},"end":{"line":144,"column":25}} ), depth0)) != null ? stack1 : "")
    + " 'Microsoft.Network/virtualNetworks/subnets@"
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"api"), "subnet", {"start":{"line":144,"column":73},"end":{"line":144,"column":89}} ), depth0)) != null ? stack1 : "")
    + "' existing = {\n  parent: vnet\n  name: "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":146,"column":10},"end":{"line":146,"column":16}} ), depth0)) != null ? stack1 : "")
    + ".name\n}\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource "
    + ((stack1 = alias2(alias1(depth0, "resourceSymbol", {"start":{"line":149,"column":11},"end":{"line":149,"column":25}} ), depth0)) != null ? stack1 : "")
    + " 'Microsoft.Network/virtualNetworks/subnets@"
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"api"), "subnet", {"start":{"line":149,"column":73},"end":{"line":149,"column":89}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  parent: vnet\n  name: "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":151,"column":10},"end":{"line":151,"column":16}} ), depth0)) != null ? stack1 : "")
    + ".name\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subnet-properties"),depth0,{"name":"subnet-properties","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"after"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":153,"column":0},"end":{"line":158,"column":7}}})) != null ? stack1 : "")
    + "}\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  // ARM can't write two subnets of one virtual network at once\n  dependsOn: [\n    "
    + ((stack1 = container.lambda(container.strict(depth0, "after", {"start":{"line":156,"column":6},"end":{"line":156,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n  ]\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n@description("
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"outputDescription"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":168,"column":13},"end":{"line":168,"column":38}}})) != null ? stack1 : "")
    + ")\noutput "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":169,"column":9},"end":{"line":169,"column":15}} ), depth0)) != null ? stack1 : "")
    + "Id string = "
    + ((stack1 = alias2(alias1(depth0, "reference", {"start":{"line":169,"column":31},"end":{"line":169,"column":40}} ), depth0)) != null ? stack1 : "")
    + ".id\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "import { "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"nsg"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":9},"end":{"line":2,"column":55}}})) != null ? stack1 : "")
    + "subnetSpec } from 'types.bicep'\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"needsLocation"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "@description('Name of the virtual network.')\nparam vnetName string\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"vnetIsNew"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"customDns"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"nsg"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":103,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"vnetIsNew"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":104,"column":0},"end":{"line":162,"column":7}}})) != null ? stack1 : "")
    + "\n@description('Resource ID of the virtual network.')\noutput vnetId string = vnet.id\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"network"),"subnets"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":166,"column":0},"end":{"line":170,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
    "modules/private-dns.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "@description('Tags on every new resource.')\nparam tags object\n\n@description('Resource ID of the virtual network the zones resolve for.')\nparam vnetId string\n\n@description('Name of the virtual network: each zone\\'s link is named after it.')\nparam vnetName string\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"comment"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + "resource "
    + ((stack1 = alias3(alias2(depth0, "symbol", {"start":{"line":17,"column":11},"end":{"line":17,"column":17}} ), depth0)) != null ? stack1 : "")
    + " 'Microsoft.Network/privateDnsZones@"
    + ((stack1 = alias3(alias2(lookupProperty(lookupProperty(data,"root"),"api"), "zone", {"start":{"line":17,"column":57},"end":{"line":17,"column":71}} ), depth0)) != null ? stack1 : "")
    + "' "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"dns"),"create"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":17,"column":75},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "// "
    + ((stack1 = container.lambda(container.strict(depth0, "comment", {"start":{"line":15,"column":5},"end":{"line":15,"column":12}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= {\n  name: "
    + ((stack1 = alias2(alias1(depth0, "expression", {"start":{"line":18,"column":10},"end":{"line":18,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n  location: 'global'\n  tags: tags\n\n  resource link 'virtualNetworkLinks@"
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"api"), "zoneLink", {"start":{"line":22,"column":39},"end":{"line":22,"column":57}} ), depth0)) != null ? stack1 : "")
    + "' = {\n    name: 'link-${vnetName}'\n    location: 'global'\n    tags: tags\n    properties: {\n      registrationEnabled: false\n      virtualNetwork: {\n        id: vnetId\n      }\n    }\n  }\n}\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "existing = {\n  name: "
    + ((stack1 = container.lambda(container.strict(depth0, "expression", {"start":{"line":35,"column":10},"end":{"line":35,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n}\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@description("
    + ((stack1 = lookupProperty(helpers,"str").call(alias1,lookupProperty(depth0,"outputDescription"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":41,"column":13},"end":{"line":41,"column":38}}})) != null ? stack1 : "")
    + ")\noutput "
    + ((stack1 = alias3(alias2(depth0, "symbol", {"start":{"line":42,"column":9},"end":{"line":42,"column":15}} ), depth0)) != null ? stack1 : "")
    + "Id string = "
    + ((stack1 = alias3(alias2(depth0, "symbol", {"start":{"line":42,"column":31},"end":{"line":42,"column":37}} ), depth0)) != null ? stack1 : "")
    + ".id\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":11}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"dns"),"create"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"dns"),"zones"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"dns"),"zones"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
    "modules/private-endpoints.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n// The zone group registers each endpoint's address in its private DNS zones (and removes it with the endpoint).\nresource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@"
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"api"), "zoneGroup", {"start":{"line":40,"column":79},"end":{"line":40,"column":92}} ), depth0)) != null ? stack1 : "")
    + "' = [for (endpoint, i) in endpoints: {\n  parent: privateEndpoints[i]\n  name: 'default'\n  properties: {\n    privateDnsZoneConfigs: map(endpoint.privateDnsZoneIds, zoneId => {\n      name: replace(last(split(zoneId, '/')), '.', '-')\n      properties: {\n        privateDnsZoneId: zoneId\n      }\n    })\n  }\n}]\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "import { privateEndpointSpec } from 'types.bicep'\n\n@description('Region of the private endpoints: the virtual network\\'s.')\nparam location string\n\n@description('Tags on every new resource.')\nparam tags object\n\n@description('Resource ID of the subnet the private endpoints get their addresses in.')\nparam subnetId string\n\n@description('The private endpoints: what each connects to, and the private DNS zones that resolve it.')\nparam endpoints privateEndpointSpec[]\n\nresource privateEndpoints 'Microsoft.Network/privateEndpoints@"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"api"), "privateEndpoint", {"start":{"line":16,"column":64},"end":{"line":16,"column":83}} ), depth0)) != null ? stack1 : "")
    + "' = [for endpoint in endpoints: {\n  name: endpoint.name\n  location: location\n  tags: tags\n  properties: {\n    subnet: {\n      id: subnetId\n    }\n    privateLinkServiceConnections: [\n      {\n        name: endpoint.name\n        properties: {\n          privateLinkServiceId: endpoint.targetId\n          groupIds: [\n            endpoint.groupId\n          ]\n        }\n      }\n    ]\n  }\n}]\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"withZoneGroups"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + "\n// An endpoint's address lives on the network interface Azure creates for it.\n@description('Name and private IP address of each private endpoint.')\noutput ipAddresses array = [for (endpoint, i) in endpoints: {\n  name: endpoint.name\n  ipAddress: reference(privateEndpoints[i].properties.networkInterfaces[0].id, '"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"api"), "networkInterface", {"start":{"line":58,"column":82},"end":{"line":58,"column":102}} ), depth0)) != null ? stack1 : "")
    + "').ipConfigurations[0].properties.privateIPAddress\n}]\n";
},"usePartial":true,"useData":true},
    "modules/types.bicep.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "@export()\n@description('A subnet of the virtual network.')\ntype subnetSpec = {\n  @description('Name of the subnet.')\n  name: string\n\n  @description('Address range of the subnet, an IPv4 CIDR inside the virtual network.')\n  addressPrefix: string\n}\n\n@export()\n@description('Callers outside the virtual network that may reach the scoring endpoint: one inbound allow rule each.')\ntype scoringInboundRule = {\n  @description('Name of the rule.')\n  name: string\n\n  @description('Who may call: an IPv4 address, an IPv4 CIDR or a service tag.')\n  sourceAddressPrefix: string\n\n  @description('Destination ports of the scoring endpoint.')\n  ports: string[]\n}\n\n@export()\n@description('A private endpoint: the resource it connects to and the private DNS zones that resolve it.')\ntype privateEndpointSpec = {\n  @description('Name of the private endpoint.')\n  name: string\n\n  @description('Resource ID of the resource it connects to.')\n  targetId: string\n\n  @description('Private link group ID (blob, file, vault, registry, amlworkspace).')\n  groupId: string\n\n  @description('Resource IDs of the private DNS zones that resolve it.')\n  privateDnsZoneIds: string[]\n}\n";
},"usePartial":true,"useData":true},
    "modules/workspace.bicep.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "@description('Region of the new resources.')\nparam location string\n\n@description('Tags on every new resource.')\nparam tags object\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"description"),depth0,{"name":"description","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "param "
    + ((stack1 = container.lambda(container.strict(depth0, "nameParam", {"start":{"line":15,"column":8},"end":{"line":15,"column":17}} ), depth0)) != null ? stack1 : "")
    + " string\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"resourceGroupParam"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n@description("
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"resourceGroupDescription"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":18,"column":13},"end":{"line":18,"column":45}}})) != null ? stack1 : "")
    + ")\nparam "
    + ((stack1 = container.lambda(container.strict(depth0, "resourceGroupParam", {"start":{"line":19,"column":8},"end":{"line":19,"column":26}} ), depth0)) != null ? stack1 : "")
    + " string\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "\n@description('SKU of the container registry. A registry with a private endpoint must be Premium.')\n@allowed([\n  'Basic'\n  'Standard'\n  'Premium'\n])\nparam containerRegistrySku string\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "\n@description('Name of the Log Analytics workspace behind Application Insights.')\nparam logAnalyticsName string\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"existing-resource"),depth0,{"name":"existing-resource","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource storage 'Microsoft.Storage/storageAccounts@"
    + ((stack1 = container.lambda(container.strict(depth0, "apiVersion", {"start":{"line":42,"column":54},"end":{"line":42,"column":64}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: storageAccountName\n  location: location\n  tags: tags\n  sku: {\n    name: 'Standard_LRS'\n  }\n  kind: 'StorageV2'\n  properties: {\n    supportsHttpsTrafficOnly: true\n    minimumTlsVersion: 'TLS1_2'\n    allowBlobPublicAccess: false\n    publicNetworkAccess: "
    + ((stack1 = lookupProperty(helpers,"str").call(alias1,lookupProperty(depth0,"publicNetworkAccess"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":54,"column":25},"end":{"line":54,"column":52}}})) != null ? stack1 : "")
    + "\n    networkAcls: {\n      defaultAction: "
    + ((stack1 = lookupProperty(helpers,"str").call(alias1,lookupProperty(depth0,"defaultAction"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":56,"column":21},"end":{"line":56,"column":42}}})) != null ? stack1 : "")
    + "\n      bypass: 'AzureServices'\n    }\n  }\n}\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":88,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource keyVault 'Microsoft.KeyVault/vaults@"
    + ((stack1 = container.lambda(container.strict(depth0, "apiVersion", {"start":{"line":68,"column":47},"end":{"line":68,"column":57}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: keyVaultName\n  location: location\n  tags: tags\n  properties: {\n    tenantId: tenant().tenantId\n    sku: {\n      family: 'A'\n      name: 'standard'\n    }\n    // the workspace adds its own access policy when it is created\n    accessPolicies: []\n    enableSoftDelete: true\n    publicNetworkAccess: "
    + ((stack1 = lookupProperty(helpers,"str").call(alias1,lookupProperty(depth0,"publicNetworkAccess"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":81,"column":25},"end":{"line":81,"column":52}}})) != null ? stack1 : "")
    + "\n    networkAcls: {\n      defaultAction: "
    + ((stack1 = lookupProperty(helpers,"str").call(alias1,lookupProperty(depth0,"defaultAction"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":83,"column":21},"end":{"line":83,"column":42}}})) != null ? stack1 : "")
    + "\n      bypass: 'AzureServices'\n    }\n  }\n}\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":92,"column":0},"end":{"line":109,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource containerRegistry 'Microsoft.ContainerRegistry/registries@"
    + ((stack1 = container.lambda(container.strict(depth0, "apiVersion", {"start":{"line":95,"column":69},"end":{"line":95,"column":79}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: containerRegistryName\n  location: location\n  tags: tags\n  sku: {\n    name: containerRegistrySku\n  }\n  properties: {\n    // AML (v1) builds and pulls scoring images with the registry's admin credentials\n    adminUserEnabled: true\n    publicNetworkAccess: "
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"publicNetworkAccess"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":105,"column":25},"end":{"line":105,"column":52}}})) != null ? stack1 : "")
    + "\n    networkRuleBypassOptions: 'AzureServices'\n  }\n}\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n// Classic Application Insights is retired: a new component is workspace-based.\nresource logAnalytics 'Microsoft.OperationalInsights/workspaces@"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"workspace"),"logAnalytics"), "apiVersion", {"start":{"line":114,"column":66},"end":{"line":114,"column":99}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: logAnalyticsName\n  location: location\n  tags: tags\n  properties: {\n    sku: {\n      name: 'PerGB2018'\n    }\n    retentionInDays: 30\n  }\n}\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":128,"column":0},"end":{"line":141,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "resource applicationInsights 'Microsoft.Insights/components@"
    + ((stack1 = container.lambda(container.strict(depth0, "apiVersion", {"start":{"line":131,"column":62},"end":{"line":131,"column":72}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: applicationInsightsName\n  location: location\n  tags: tags\n  kind: 'web'\n  properties: {\n    Application_Type: 'web'\n    WorkspaceResourceId: logAnalytics.id\n  }\n}\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"existing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":145,"column":0},"end":{"line":172,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource workspace 'Microsoft.MachineLearningServices/workspaces@"
    + ((stack1 = container.lambda(container.strict(depth0, "apiVersion", {"start":{"line":148,"column":67},"end":{"line":148,"column":77}} ), depth0)) != null ? stack1 : "")
    + "' = {\n  name: workspaceName\n  location: location\n  tags: tags\n  identity: {\n    type: 'SystemAssigned'\n  }\n  sku: {\n    name: 'Basic'\n    tier: 'Basic'\n  }\n  kind: 'Default'\n  properties: {\n    friendlyName: workspaceName\n    storageAccount: storage.id\n    keyVault: keyVault.id\n    containerRegistry: containerRegistry.id\n    applicationInsights: applicationInsights.id\n    publicNetworkAccess: "
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"publicNetworkAccess"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":166,"column":25},"end":{"line":166,"column":52}}})) != null ? stack1 : "")
    + "\n    // keep the v1 API's calls inside the virtual network when the workspace has a private endpoint\n    v1LegacyMode: true\n    hbiWorkspace: false\n  }\n}\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"createsAny"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"resources"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"newRegistry"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"logAnalytics"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"storage"),{"name":"with","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":62,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"keyVault"),{"name":"with","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"containerRegistry"),{"name":"with","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":110,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"logAnalytics"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":111,"column":0},"end":{"line":125,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"applicationInsights"),{"name":"with","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":126,"column":0},"end":{"line":142,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"workspace"),"workspace"),{"name":"with","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":143,"column":0},"end":{"line":173,"column":9}}})) != null ? stack1 : "")
    + "\n@description('Resource ID of the workspace.')\noutput workspaceId string = workspace.id\n\n@description('Name of the workspace (depending on it orders work after the workspace exists).')\noutput workspaceName string = workspace.name\n\n@description('Resource ID of the storage account.')\noutput storageAccountId string = storage.id\n\n@description('Resource ID of the key vault.')\noutput keyVaultId string = keyVault.id\n\n@description('Resource ID of the container registry.')\noutput containerRegistryId string = containerRegistry.id\n";
},"usePartial":true,"useData":true},
    "post-deploy.sh.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n# The AKS cluster's identity is known only now: grant it Network Contributor on the resource\n# group that holds the virtual network, so it can join the subnet and place the scoring\n# endpoint's load balancer there.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"clusterResourceId"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "# Find the cluster's identity.\nprincipal_id=$(az aks show --ids \"$cluster_id\" --query identity.principalId --output tsv)\nif [ -z \"$principal_id\" ]; then\n  echo \"cluster $cluster_id has no managed identity: grant Network Contributor to its service principal instead\" >&2\n  exit 1\nfi\n# Find the resource group that holds the virtual network.\nvnet_group_id=$(az group show --name "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"resource-group-word"),lookupProperty(depth0,"vnetResourceGroup"),{"name":"resource-group-word","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " --query id --output tsv)\n# Grant Network Contributor.\naz role assignment create --assignee-object-id \"$principal_id\" --assignee-principal-type ServicePrincipal \\\n  --role "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"roleDefinitionId"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":38,"column":9},"end":{"line":38,"column":32}}})) != null ? stack1 : "")
    + " --scope \"$vnet_group_id\"\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "cluster_id="
    + ((stack1 = lookupProperty(helpers,"sh").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"clusterResourceId"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":20,"column":11},"end":{"line":20,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Find the cluster AML created for the compute target.\ncluster_id=$(az resource show --resource-group "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"resource-group-word"),lookupProperty(depth0,"workspaceResourceGroup"),{"name":"resource-group-word","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " \\\n  --namespace Microsoft.MachineLearningServices --parent workspaces/"
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"workspaceName"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":24,"column":68},"end":{"line":24,"column":88}}})) != null ? stack1 : "")
    + " \\\n  --resource-type computes --name "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"computeName"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":25,"column":34},"end":{"line":25,"column":52}}})) != null ? stack1 : "")
    + " --api-version "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"computeApiVersion"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":25,"column":67},"end":{"line":25,"column":91}}})) != null ? stack1 : "")
    + " \\\n  --query properties.resourceId --output tsv)\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n# The AKS subnet existed before this deployment, so the deployment created its network security\n# group without associating it (a PUT of the subnet would reset its other settings).\nnsg_id=$(az network nsg show --resource-group "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"resource-group-word"),lookupProperty(depth0,"nsgResourceGroup"),{"name":"resource-group-word","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " --name "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"nsgName"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":44,"column":96},"end":{"line":44,"column":110}}})) != null ? stack1 : "")
    + " --query id --output tsv)\naz network vnet subnet update --resource-group "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"resource-group-word"),lookupProperty(depth0,"vnetResourceGroup"),{"name":"resource-group-word","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " --vnet-name "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"vnetName"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":45,"column":103},"end":{"line":45,"column":118}}})) != null ? stack1 : "")
    + " \\\n  --name "
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"subnetName"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":46,"column":9},"end":{"line":46,"column":26}}})) != null ? stack1 : "")
    + " --network-security-group \"$nsg_id\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(depth0, "header", {"start":{"line":1,"column":2},"end":{"line":1,"column":8}} ), depth0)) != null ? stack1 : "")
    + "\n#\n# Steps that can't be part of the deployment, because they need what it created.\n# Run it once the deployment has succeeded, with the resource group you deployed to:\n#   ./post-deploy.sh RESOURCE_GROUP\nset -euo pipefail\n\nresource_group=\"${1:?usage: $0 RESOURCE_GROUP (the resource group you deployed main.bicep or azuredeploy.json to)}\"\ncloud="
    + ((stack1 = lookupProperty(helpers,"sh").call(alias1,lookupProperty(depth0,"cloud"),{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":18}}})) != null ? stack1 : "")
    + "\nif [ \"$(az cloud show --query name --output tsv)\" != \"$cloud\" ]; then\n  echo \"the topology is in $cloud: run az cloud set --name $cloud, then az login\" >&2\n  exit 1\nfi\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"grants"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"nsgAssociations"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  partials: {
    "description": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@description("
    + ((stack1 = lookupProperty(helpers,"str").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"str","hash":{},"data":data,"loc":{"start":{"line":1,"column":13},"end":{"line":1,"column":32}}})) != null ? stack1 : "")
    + ")\n";
},"useData":true},
    "existing-resource": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  scope: resourceGroup("
    + ((stack1 = container.lambda(container.strict(depth0, "resourceGroupParam", {"start":{"line":4,"column":25},"end":{"line":4,"column":43}} ), depth0)) != null ? stack1 : "")
    + ")\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "resource "
    + ((stack1 = alias2(alias1(depth0, "symbol", {"start":{"line":1,"column":11},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + " '"
    + ((stack1 = alias2(alias1(depth0, "type", {"start":{"line":1,"column":23},"end":{"line":1,"column":27}} ), depth0)) != null ? stack1 : "")
    + "@"
    + ((stack1 = alias2(alias1(depth0, "apiVersion", {"start":{"line":1,"column":32},"end":{"line":1,"column":42}} ), depth0)) != null ? stack1 : "")
    + "' existing = {\n  name: "
    + ((stack1 = alias2(alias1(depth0, "nameParam", {"start":{"line":2,"column":10},"end":{"line":2,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"resourceGroupParam"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "}\n";
},"useData":true},
    "header": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "header", {"start":{"line":1,"column":2},"end":{"line":1,"column":8}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
    "resource-group-word": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"sh").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"sh","hash":{},"data":data,"loc":{"start":{"line":1,"column":12},"end":{"line":1,"column":23}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "\"$resource_group\"";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":55}}})) != null ? stack1 : "");
},"useData":true},
    "subnet-properties": {"0":function(container,depth0,helpers,partials,data) {
    return "  networkSecurityGroup: {\n    id: nsg.id\n  }\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "  // private endpoints ignore NSGs and route tables unless network policies are on: say so explicitly\n  privateEndpointNetworkPolicies: 'Disabled'\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "properties: {\n  addressPrefix: "
    + ((stack1 = container.lambda(container.strict(depth0, "symbol", {"start":{"line":2,"column":19},"end":{"line":2,"column":25}} ), depth0)) != null ? stack1 : "")
    + ".addressPrefix\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"attachNsg"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"isPrivateEndpoints"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "}\n";
},"useData":true},
  },
};
