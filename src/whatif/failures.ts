/**
 * Turns what can go wrong during a what-if into one clear line: credential
 * and local problems are InputError (exit 2), whatever ARM or the network
 * answered is RemoteError (exit 1), Ctrl-C is WhatIfCancelled. Errors are
 * recognised by shape (name, statusCode, code), not by SDK class, so this
 * module does not depend on the SDK.
 */
import { InputError, RemoteError } from '../errors.js';
import { parseArmError, type ArmErrorDetail } from './result.js';
import { scopeId, type WhatIfRequest } from './types.js';

/** The user pressed Ctrl-C while moat was waiting for ARM. */
export class WhatIfCancelled extends Error {
  constructor() {
    super('what-if cancelled; nothing was deployed (a what-if never changes resources)');
  }
}

export interface FailureContext {
  request: WhatIfRequest;
  endpoint: string;
  /** Our own signal was aborted (Ctrl-C), as opposed to a request timeout. */
  cancelled: boolean;
}

/** The permission a what-if needs, named when ARM does not name it. */
export const WHATIF_ACTION = 'Microsoft.Resources/deployments/whatIf/action';

const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AggregateAuthenticationError', 'AuthenticationError', 'AuthenticationRequiredError']);
const TLS_CODES = /CERT|SSL|TLS|ALTNAME/;
const NETWORK_CODES: Record<string, string> = {
  ECONNRESET: 'the connection was dropped',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve (DNS temporarily unavailable)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
};

export const LOGIN_HINT =
  'log in with `az login` (for a sovereign cloud run `az cloud set --name <cloud>` first and pass the same --cloud), ' +
  'or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), ' +
  'or run where a workload or managed identity is available';

interface ErrorShape {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  /** AggregateAuthenticationError: one error per credential tried. */
  errors?: unknown[];
  response?: { bodyAsText?: string | null; headers?: { get(name: string): string | undefined } };
}

export function classifyFailure(error: unknown, ctx: FailureContext): Error {
  if (error instanceof InputError || error instanceof RemoteError || error instanceof WhatIfCancelled) return error;
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorShape;
  if (e.name === 'AbortError') {
    return ctx.cancelled ? new WhatIfCancelled() : new RemoteError(`no answer from ARM at ${ctx.endpoint} before the request timed out; try again later`);
  }
  if (e.name && CREDENTIAL_ERRORS.has(e.name)) {
    const reasons = Array.isArray(e.errors) && e.errors.length > 0 ? e.errors.map((x) => firstLine((x as ErrorShape).message)) : [firstLine(e.message)];
    return new InputError(`no Azure credential could get a token: ${[...new Set(reasons)].join('; ')}`, undefined, LOGIN_HINT);
  }
  if (typeof e.statusCode === 'number') return httpFailure(e, e.statusCode, ctx);
  if (e.code && NETWORK_CODES[e.code]) {
    return new RemoteError(`could not reach ARM at ${ctx.endpoint}: ${NETWORK_CODES[e.code]} (${e.code}), also after retries`);
  }
  if (e.code && TLS_CODES.test(e.code)) {
    return new RemoteError(
      `could not verify ARM's TLS certificate at ${ctx.endpoint} (${e.code}); behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA certificate`,
    );
  }
  return new RemoteError(`what-if request to ${ctx.endpoint} failed: ${firstLine(e.message)}${e.code ? ` (${e.code})` : ''}`);
}

function httpFailure(e: ErrorShape, status: number, ctx: FailureContext): RemoteError {
  const arm = armErrorOf(e.response?.bodyAsText) ?? { code: `HTTP${status}`, message: firstLine(e.message), details: [] };
  const correlation = e.response?.headers?.get('x-ms-correlation-request-id');
  const suffix = correlation ? ` (correlation ID ${correlation})` : '';
  const scope = scopeId(ctx.request.scope);
  if (status === 401 || status === 403) {
    const named = /action '([^']+)' over scope '([^']+)'/.exec(arm.message);
    const action = named?.[1] ?? WHATIF_ACTION;
    const over = named?.[2] ?? `${scope}/providers/Microsoft.Resources/deployments/${ctx.request.deploymentName}`;
    const what = status === 401 ? 'ARM did not accept the credential' : 'not authorised';
    const fix =
      status === 401
        ? 'log in again to the tenant that owns the subscription, with the same --cloud'
        : `ask for a role that grants ${action} (and read access to the resources) at that scope, e.g. Contributor or a custom role`;
    return new RemoteError(`${what} (${status} ${arm.code}): missing permission ${action} on scope ${over}: ${arm.message}; ${fix}${suffix}`);
  }
  if (status === 404 && /ResourceGroupNotFound/i.test(arm.code) && ctx.request.scope.kind === 'resourceGroup') {
    const rg = ctx.request.scope.resourceGroup;
    return new RemoteError(
      `resource group '${rg}' does not exist in subscription ${ctx.request.scope.subscriptionId} (404 ResourceGroupNotFound); create it (az group create --name ${rg} --location <region>) or check --resource-group and --subscription${suffix}`,
    );
  }
  if (status === 429) {
    return new RemoteError(`ARM kept throttling the what-if (429 ${arm.code}) after the retries moat allows: ${arm.message}; wait a minute and run it again${suffix}`);
  }
  if (status >= 500) {
    return new RemoteError(`ARM failed (${status} ${arm.code}) and kept failing after retries: ${arm.message}${suffix}`);
  }
  return new RemoteError(`${describeArmError(arm, status)}${suffix}`);
}

/** One line for an ARM error body, with InvalidTemplate's line/column up front. */
export function describeArmError(arm: ArmErrorDetail, status?: number): string {
  const http = status !== undefined ? `${status} ` : '';
  const details = arm.details.map((d) => `${d.code}: ${d.message}`).join('; ');
  const tail = details ? ` [${details}]` : '';
  if (/InvalidTemplate/i.test(arm.code)) {
    const at = /line '(\d+)' and column '(\d+)'/i.exec(arm.message);
    const where = at ? ` at line ${at[1]}, column ${at[2]} of the template as sent` : '';
    return `ARM rejected the template (${http}${arm.code})${where}: ${arm.message}${tail}`;
  }
  return `what-if failed (${http}${arm.code}): ${arm.message}${tail}`;
}

function armErrorOf(body: string | null | undefined): ArmErrorDetail | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return parseArmError(parsed.error ?? parsed);
  } catch {
    return undefined;
  }
}

function firstLine(text: string | undefined): string {
  const line = (text ?? 'unknown error').split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error';
  return line.trim();
}
