/** The site adapters, one per site; the content script picks the one for the page's host. */
import { facebookAdapter } from './facebook';
import { gmailAdapter } from './gmail';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [gmailAdapter, linkedinAdapter, facebookAdapter];

export function adapterForHost(hostname: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(hostname)) ?? null;
}
