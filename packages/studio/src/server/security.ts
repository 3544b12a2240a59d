/**
 * Who may talk to the studio. It listens on 127.0.0.1 only, and a page of another site open in the
 * same browser could still send requests there (or reach it through a DNS name rebound to
 * 127.0.0.1). So every request must name the studio itself as its Host (127.0.0.1:port or
 * localhost:port), a request that says where it comes from (Origin) must come from there too, and
 * every API call must carry the session's token, which only the URL the command printed holds.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A new session token: 24 random bytes, URL-safe. */
export const newToken = (): string => randomBytes(24).toString('base64url');

/** The Host values the studio answers to. */
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/** Whether the request names the studio as its host and, if it says, comes from the studio's own pages. */
export function sameSite(headers: IncomingHttpHeaders, port: number): boolean {
  const hosts = allowedHosts(port);
  if (typeof headers.host !== 'string' || !hosts.includes(headers.host.toLowerCase())) return false;
  const origin = headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) return false;
  // A browser that says the request crosses sites is believed, whatever else it says.
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site') return false;
  return true;
}

/** Whether `given` is the token (compared in constant time). */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: the `X-Otvet-Token` header, else the `token` query parameter. */
export function requestToken(headers: IncomingHttpHeaders, url: URL): string | undefined {
  const header = headers['x-otvet-token'];
  if (typeof header === 'string') return header;
  return url.searchParams.get('token') ?? undefined;
}
