/**
 * `moat whatif` without the command line: input -> request -> ARM -> view ->
 * text or JSON, and the exit code. The CLI command and the tests call this.
 */
import { CLOUDS, type CloudName } from '../azure/clouds.js';
import { InputError, RemoteError } from '../errors.js';
import { armTarget, runWhatIf, type ArmClientOptions } from './arm-client.js';
import { describeArmError } from './failures.js';
import { loadDeploymentInput, type DeploymentInput } from './input.js';
import { redact } from './redact.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { scopeId, type ChangeType, type DeploymentMode, type DeploymentScope, type WhatIfRequest } from './types.js';
import { buildView, changesRemain } from './view.js';

export interface WhatIfOptions {
  input: string;
  subscription: string;
  resourceGroup?: string;
  parameters?: string;
  name?: string;
  mode: DeploymentMode;
  cloud: CloudName;
  armEndpoint?: string;
  /** Where ARM stores a subscription-scope deployment; defaults to a literal `location` parameter. */
  location?: string;
  format: 'text' | 'json';
  exclude: ChangeType[];
  showNoise: boolean;
  detailedExitCode: boolean;
  color: boolean;
}

export interface WhatIfOutcome {
  output: string;
  /** 0, or 3 with `--detailed-exit-code` when changes remain. Failures throw. */
  exitCode: number;
}

/** Exit code of `--detailed-exit-code` when the deployment would change something. */
export const CHANGES_EXIT = 3;

const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `client` carries what tests replace: the credential, a trusted CA, short poll and retry delays. */
export async function whatIf(options: WhatIfOptions, client: Omit<Partial<ArmClientOptions>, 'target'> = {}, signal?: AbortSignal): Promise<WhatIfOutcome> {
  if (!SUBSCRIPTION_ID.test(options.subscription)) {
    throw new InputError(`--subscription '${options.subscription}' is not a subscription ID`, undefined, 'pass the GUID, e.g. from `az account show --query id -o tsv`');
  }
  const input = await loadDeploymentInput(options.input, options.parameters);
  const request: WhatIfRequest = {
    scope: deploymentScope(options, input),
    deploymentName: options.name ?? input.defaultName,
    template: input.template,
    parameters: input.parameters,
    mode: options.mode,
  };
  const hide = (text: string): string => redact(text, input.secureValues);
  const body = await runWhatIf({ ...client, target: armTarget(CLOUDS[options.cloud], options.armEndpoint) }, request, signal).catch((error: unknown) => {
    throw redactError(error, hide);
  });
  if (body.kind === 'failed') throw new RemoteError(hide(describeArmError(body.error)));

  const view = buildView(body.result, { exclude: options.exclude, showNoise: options.showNoise });
  const output =
    options.format === 'json'
      ? renderJson(view, { scope: scopeId(request.scope), deploymentName: request.deploymentName, mode: request.mode })
      : renderText(view, { color: options.color, showNoise: options.showNoise });
  return { output: hide(output), exitCode: options.detailedExitCode && changesRemain(view) ? CHANGES_EXIT : 0 };
}

function deploymentScope(options: WhatIfOptions, input: DeploymentInput): DeploymentScope {
  const where = { file: input.file };
  if (input.targetScope === 'resourceGroup') {
    if (!options.resourceGroup) {
      throw new InputError('this template deploys to a resource group: --resource-group is required', where, 'or use a subscriptionDeploymentTemplate $schema');
    }
    return { kind: 'resourceGroup', subscriptionId: options.subscription, resourceGroup: options.resourceGroup };
  }
  if (options.resourceGroup) {
    throw new InputError('this template deploys at subscription scope (its $schema says so): drop --resource-group', where);
  }
  if (options.mode === 'Complete') {
    throw new InputError('ARM has no Complete mode at subscription scope', where, 'drop --mode Complete');
  }
  const location = options.location ?? input.location;
  if (!location) {
    throw new InputError('a subscription-scope what-if needs a location for the deployment data', where, 'pass --location, e.g. --location eastus2');
  }
  return { kind: 'subscription', subscriptionId: options.subscription, location };
}

function redactError(error: unknown, hide: (text: string) => string): unknown {
  if (error instanceof InputError) return new InputError(hide(error.message), error.location, error.hint);
  if (error instanceof RemoteError) return new RemoteError(hide(error.message));
  return error;
}
