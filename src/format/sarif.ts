/** Findings as SARIF 2.1.0, one `rules` entry per rule, for GitHub code scanning. */
import path from 'node:path';
import type { Finding, FindingLevel, RuleMeta } from '../lint/types.js';
import { DOCS_URL, VERSION } from '../version.js';

export interface SarifOptions {
  /** every rule moat knows, so the log describes rules that found nothing too */
  rules: readonly RuleMeta[];
  /** paths in the log are made relative to this (the repository root for code scanning) */
  baseDir: string;
}

const SARIF_LEVEL: Record<FindingLevel, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  const rules = [...options.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'moat',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: DOCS_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: sentence(r.description) },
              fullDescription: { text: sentence(r.description) },
              help: { text: sentence(r.help) },
              helpUri: `${DOCS_URL}${r.docs}`,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultLevel] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => {
          const index = ruleIndex.get(f.ruleId);
          return {
            ruleId: f.ruleId,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: SARIF_LEVEL[f.level],
            message: { text: sentence(f.message) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(f.file, options.baseDir) },
                  region: { startLine: f.line, startColumn: f.column },
                },
                ...(f.resource ? { logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }] } : {}),
              },
            ],
          };
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** SARIF wants rule names in PascalCase and messages as full sentences. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function toUri(file: string, baseDir: string): string {
  const relative = path.isAbsolute(file) ? path.relative(baseDir, file) : file;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}
