/**
 * The one module that talks to the Azure SDK (@azure/arm-resources 6.x and
 * @azure/identity): moving to another SDK or to plain REST is a change here only.
 */
import { ResourceManagementClient, type ResourceManagementClientOptionalParams } from '@azure/arm-resources';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { Cloud } from '../azure/clouds.js';
import { RemoteError } from '../errors.js';
import { classifyFailure } from './failures.js';
import { parseWhatIfBody, type WhatIfBody } from './result.js';
import type { WhatIfRequest } from './types.js';

/** Where ARM lives and how to get a token for it. */
export interface ArmTarget {
  /** ARM base URL without a trailing slash. */
  endpoint: string;
  /** Token scope, `<audience>/.default`. */
  tokenScope: string;
  /** Microsoft Entra authority host, for credentials that talk to it directly. */
  authorityHost: string;
}

/** `--cloud` sets endpoint, authority and scope together; `--arm-endpoint` overrides the endpoint only. */
export function armTarget(cloud: Cloud, armEndpoint?: string): ArmTarget {
  return {
    endpoint: (armEndpoint ?? cloud.resourceManager).replace(/\/+$/, ''),
    tokenScope: cloud.armScope,
    authorityHost: cloud.authority,
  };
}

export interface ArmClientOptions {
  target: ArmTarget;
  /** Default: DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI, ...). */
  credential?: TokenCredential;
  /** Extra trusted CA (PEM); replaces the public CAs for this client. */
  trustedCa?: string;
  /** Delay between polls when ARM sends no usable Retry-After. */
  pollIntervalMs?: number;
  /** Retries of 429 (after Retry-After), 5xx and dropped connections. */
  retry?: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  /** Per HTTP request; the poll as a whole is bounded by the caller's signal. */
  requestTimeoutMs?: number;
  /** A 429 asking to wait longer than this fails at once instead of sleeping. */
  maxRetryAfterMs?: number;
}

type PipelinePolicy = NonNullable<ResourceManagementClientOptionalParams['additionalPolicies']>[number]['policy'];

const DEFAULT_RETRY = { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000 };
const DEFAULT_POLL_MS = 2000;
const DEFAULT_REQUEST_TIMEOUT_MS = 100_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;

export function defaultCredential(target: ArmTarget): TokenCredential {
  return new DefaultAzureCredential({ authorityHost: target.authorityHost });
}

/**
 * Runs one what-if and returns ARM's final answer, a success or a `Failed`
 * body. Transport, HTTP and credential failures come back as InputError /
 * RemoteError / WhatIfCancelled (see failures.ts).
 */
export async function runWhatIf(options: ArmClientOptions, request: WhatIfRequest, signal?: AbortSignal): Promise<WhatIfBody> {
  const client = new ResourceManagementClient(options.credential ?? defaultCredential(options.target), request.scope.subscriptionId, {
    endpoint: options.target.endpoint,
    $host: options.target.endpoint,
    credentialScopes: [options.target.tokenScope],
    retryOptions: options.retry ?? DEFAULT_RETRY,
    ...(options.trustedCa ? { tlsOptions: { ca: options.trustedCa } } : {}),
    additionalPolicies: [
      { position: 'perRetry', policy: requestTimeoutPolicy(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
      { position: 'perRetry', policy: retryAfterCapPolicy(options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS, options.target.endpoint) },
    ],
  });

  // The last raw body seen: the final poll's answer, read without the SDK's deserialiser.
  let lastBody: string | undefined;
  const operationOptions = {
    abortSignal: signal,
    updateIntervalInMs: options.pollIntervalMs ?? DEFAULT_POLL_MS,
    onResponse: (raw: { bodyAsText?: string | null }) => {
      lastBody = raw.bodyAsText ?? undefined;
    },
  };
  const deployment = {
    ...(request.scope.kind === 'subscription' ? { location: request.scope.location } : {}),
    properties: { template: request.template, parameters: request.parameters, mode: request.mode },
  };
  try {
    const poller =
      request.scope.kind === 'resourceGroup'
        ? await client.deployments.beginWhatIf(request.scope.resourceGroup, request.deploymentName, deployment, operationOptions)
        : await client.deployments.beginWhatIfAtSubscriptionScope(request.deploymentName, deployment, operationOptions);
    await poller.pollUntilDone({ abortSignal: signal });
  } catch (error) {
    // A poll that ended in `Failed` makes the poller throw; ARM's error is in the last body.
    const failedBody = lastBody && isLroFailure(error) ? parseWhatIfBody(safeParse(lastBody)) : undefined;
    if (failedBody?.kind === 'failed') return failedBody;
    throw classifyFailure(error, { request, endpoint: options.target.endpoint, cancelled: signal?.aborted ?? false });
  }
  return parseWhatIfBody(lastBody === undefined || lastBody === '' ? undefined : safeParse(lastBody));
}

/**
 * Aborts a request that gets no answer in time. Not the SDK's own
 * `request.timeout`: its timer outlives an aborted request and keeps the
 * process alive after Ctrl-C.
 */
function requestTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'moatRequestTimeout',
    sendRequest: async (request, next) => {
      const deadline = new AbortController();
      const outer = request.abortSignal;
      const forward = (): void => deadline.abort();
      if (outer?.aborted) deadline.abort();
      outer?.addEventListener('abort', forward, { once: true });
      const timer = setTimeout(forward, timeoutMs);
      request.abortSignal = deadline.signal;
      try {
        return await next(request);
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', forward);
      }
    },
  };
}

/**
 * The SDK sleeps for whatever Retry-After a 429 names; past the cap moat
 * stops and says when to come back rather than hang silently.
 */
function retryAfterCapPolicy(maxMs: number, endpoint: string): PipelinePolicy {
  return {
    name: 'moatRetryAfterCap',
    sendRequest: async (request, next) => {
      const response = await next(request);
      const seconds = Number(response.headers.get('retry-after'));
      if (response.status === 429 && Number.isFinite(seconds) && seconds * 1000 > maxMs) {
        throw new RemoteError(`ARM at ${endpoint} throttled the what-if (429) and asks to wait ${seconds} s, longer than moat waits; run it again later`);
      }
      return response;
    },
  };
}

function isLroFailure(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('The long-running operation has failed');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
