/**
 * An HTTPS emulator of the ARM what-if REST API on 127.0.0.1, for offline
 * tests of the real SDK. Its certificate is self-signed with an IP SAN and
 * made at test time with openssl. It answers what-if at resource-group and
 * subscription scope with 202 + Location (+ Retry-After), then 200 with the
 * changes computed from the posted template and a fixture of existing
 * resources; a queue of scripted answers stands in for ARM's failures.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { computeChanges, InvalidTemplate, type ComputedChanges, type ExistingResource, type Json } from './arm-emulator-changes.js';
import { scratchDir } from './scratch.js';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  apiVersion: string | null;
  authorization: string | undefined;
  body: unknown;
}

/** One scripted answer, used for the next request instead of the normal behaviour. */
export type Scripted =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Close the connection without an answer. */
  | 'drop'
  /** Never answer (the client's timeout or Ctrl-C must end it). */
  | 'hang'
  /** Let the normal behaviour answer this one. */
  | 'pass';

export interface EmulatorOptions {
  existing?: readonly ExistingResource[];
  /** Resource groups that exist, name -> location; resource groups of `existing` exist too. */
  resourceGroups?: Record<string, string>;
  /** Bearer token the emulator accepts; anything else gets 401. */
  token: string;
  /** 202 answers before the 200 (0: the POST answers 200 at once). */
  pendingPolls?: number;
  /** Retry-After (seconds) on every 202; absent: no header. */
  retryAfter?: number;
  /** Keep answering 202 forever (to test Ctrl-C while polling). */
  neverFinish?: boolean;
}

interface Certificate {
  key: string;
  cert: string;
  certFile: string;
}

let certificate: Certificate | undefined;

/** A self-signed certificate for 127.0.0.1 (IP SAN), made once per test process. */
export function testCertificate(): Certificate {
  if (!certificate) {
    const dir = scratchDir('arm-emulator');
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync('/usr/bin/openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=moat ARM emulator',
      '-addext', 'subjectAltName=IP:127.0.0.1',
    ], { stdio: 'ignore' });
    certificate = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
  }
  return certificate;
}

const WHATIF_PATH = /^\/subscriptions\/([^/]+)(?:\/resourcegroups\/([^/]+))?\/providers\/Microsoft\.Resources\/deployments\/([^/]+)\/whatIf$/i;
const RESULT_PATH = /^\/subscriptions\/([^/]+)\/operationresults\/([^/]+)$/i;

interface Operation {
  result: ComputedChanges;
  pollsLeft: number;
}

export class ArmEmulator {
  readonly requests: RecordedRequest[] = [];
  private readonly script: Scripted[] = [];
  private readonly operations = new Map<string, Operation>();
  private readonly sockets = new Set<Socket>();
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: Server,
    private readonly options: EmulatorOptions,
  ) {}

  static async start(options: EmulatorOptions): Promise<ArmEmulator> {
    const { key, cert } = testCertificate();
    let emulator: ArmEmulator | undefined;
    const server = createServer({ key, cert }, (req, res) => void emulator!.handle(req, res));
    emulator = new ArmEmulator(server, options);
    server.on('connection', (socket: Socket) => {
      emulator!.sockets.add(socket);
      socket.on('close', () => emulator!.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return emulator;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  get ca(): string {
    return testCertificate().cert;
  }
  get caFile(): string {
    return testCertificate().certFile;
  }

  /** Queue answers for the next requests, in order. */
  enqueue(...answers: Scripted[]): void {
    this.script.push(...answers);
  }

  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version'),
      authorization: req.headers.authorization,
      body: text ? JSON.parse(text) : undefined,
    });
    for (const w of this.waiters.filter((w) => this.requests.length >= w.count)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
    const scripted = this.script.shift() ?? 'pass';
    if (scripted === 'drop') {
      req.socket.destroy();
      return;
    }
    if (scripted === 'hang') return;
    if (scripted !== 'pass') {
      send(res, scripted.status, scripted.body, scripted.headers);
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.options.token}`) {
      send(res, 401, armError('InvalidAuthenticationToken', 'The access token is invalid.'));
      return;
    }
    const whatIf = req.method === 'POST' ? WHATIF_PATH.exec(url.pathname) : null;
    if (whatIf) return this.startWhatIf(res, whatIf[1]!, whatIf[2], this.requests[this.requests.length - 1]!.body);
    const poll = req.method === 'GET' ? RESULT_PATH.exec(url.pathname) : null;
    if (poll && this.operations.has(poll[2]!)) return this.answerPoll(res, poll[1]!, poll[2]!, url.searchParams.get('api-version'));
    send(res, 404, armError('NotFound', `No route for ${req.method} ${url.pathname}`));
  }

  private resourceGroupLocation(name: string): string | undefined {
    const known = Object.entries(this.options.resourceGroups ?? {}).find(([rg]) => rg.toLowerCase() === name.toLowerCase());
    if (known) return known[1];
    const holder = (this.options.existing ?? []).find((r) => r.id.toLowerCase().includes(`/resourcegroups/${name.toLowerCase()}/`));
    return holder ? String(holder.location ?? 'eastus2') : undefined;
  }

  private startWhatIf(res: ServerResponse, subscriptionId: string, resourceGroup: string | undefined, body: unknown): void {
    const request = body as { location?: string; properties?: { template?: Json; parameters?: Json; mode?: 'Incremental' | 'Complete' } };
    const location = resourceGroup ? this.resourceGroupLocation(resourceGroup) : request.location;
    if (resourceGroup && location === undefined) {
      send(res, 404, armError('ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`));
      return;
    }
    let result: ComputedChanges;
    try {
      result = computeChanges(request.properties?.template as { [k: string]: Json }, (request.properties?.parameters ?? {}) as { [k: string]: Json }, {
        subscriptionId,
        ...(resourceGroup ? { resourceGroup } : {}),
        location: location ?? 'eastus2',
        mode: request.properties?.mode ?? 'Incremental',
        existing: this.options.existing ?? [],
      });
    } catch (error) {
      if (!(error instanceof InvalidTemplate)) throw error;
      send(res, 400, armError('InvalidTemplate', error.message));
      return;
    }
    const pending = this.options.pendingPolls ?? 1;
    if (pending === 0 && !this.options.neverFinish) {
      send(res, 200, succeeded(result));
      return;
    }
    const id = `whatif-${this.operations.size + 1}`;
    this.operations.set(id, { result, pollsLeft: pending - 1 });
    send(res, 202, undefined, this.accepted(subscriptionId, id, '2025-03-01'));
  }

  private answerPoll(res: ServerResponse, subscriptionId: string, id: string, apiVersion: string | null): void {
    const op = this.operations.get(id)!;
    if (this.options.neverFinish || op.pollsLeft > 0) {
      op.pollsLeft -= 1;
      send(res, 202, undefined, this.accepted(subscriptionId, id, apiVersion ?? '2025-03-01'));
      return;
    }
    send(res, 200, succeeded(op.result));
  }

  private accepted(subscriptionId: string, id: string, apiVersion: string): Record<string, string> {
    return {
      Location: `${this.url}/subscriptions/${subscriptionId}/operationresults/${id}?api-version=${apiVersion}`,
      ...(this.options.retryAfter !== undefined ? { 'Retry-After': String(this.options.retryAfter) } : {}),
    };
  }
}

export function armError(code: string, message: string, details: { code: string; message: string }[] = []): Json {
  return { error: { code, message, ...(details.length ? { details } : {}) } };
}

function succeeded(result: ComputedChanges): Json {
  return { status: 'Succeeded', properties: { changes: result.changes, potentialChanges: result.potentialChanges, diagnostics: [] } } as unknown as Json;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'x-ms-correlation-request-id': '00000000-0000-0000-0000-0000000c0de5',
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
