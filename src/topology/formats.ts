/**
 * The string formats the topology schema names beyond ajv-formats. They check
 * syntax only: host bits, overlaps and ranges are rules (`invalid-cidr` and the
 * addressing rules), which can say which resource is wrong and why.
 */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;

/** Dotted-quad IPv4 address with a prefix length: `10.0.0.0/16`. */
export const IPV4_CIDR = new RegExp(`^${IPV4}/(3[0-2]|[12]?\\d)$`);

/** An NSG source: an IPv4 address or CIDR, `*`, or a service tag (`Internet`, `Storage.EastUS2`). */
export const NSG_SOURCE = new RegExp(`^(${IPV4}(/(3[0-2]|[12]?\\d))?|\\*|[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)?)$`);

/** What each custom format expects, for the finding's message. */
export const FORMAT_EXPECTS: Record<string, string> = {
  'ipv4-cidr': 'an IPv4 CIDR like 10.0.0.0/16',
  'nsg-source': "an IPv4 address, an IPv4 CIDR, '*' or a service tag",
  ipv4: 'an IPv4 address like 10.0.0.10',
  uuid: 'a GUID like 00000000-0000-0000-0000-000000000000',
};
