/** Built-in role definition IDs moat assigns or checks for. */
export const NETWORK_CONTRIBUTOR_ROLE_ID = '4d97b98b-1d4f-4787-a291-c67834d212e7';
/** Owner: actions `*`, so it includes every Microsoft.Network action Network Contributor grants. */
export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
/** Contributor: actions `*` minus Microsoft.Authorization writes, so Network Contributor's rights too. */
export const CONTRIBUTOR_ROLE_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c';

/** Built-in roles that grant at least what Network Contributor grants on a VNet. */
export const NETWORK_CONTRIBUTOR_EQUIVALENT_ROLE_IDS: readonly string[] = [NETWORK_CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID, CONTRIBUTOR_ROLE_ID];
