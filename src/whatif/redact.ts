/** Secure parameter values never reach the terminal, whatever ARM echoes back. */
export const REDACTED = '******';

export function redact(text: string, secrets: readonly string[]): string {
  // Longest first, so a secret that contains another is replaced whole; also their JSON-escaped forms.
  const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))].filter((s) => s !== '').sort((a, b) => b.length - a.length);
  return forms.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}
