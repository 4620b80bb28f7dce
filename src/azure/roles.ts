/** Built-in role definition IDs moat assigns or checks for. */
export const NETWORK_CONTRIBUTOR_ROLE_ID = '4d97b98b-1d4f-4787-a291-c67834d212e7';
