// How a reference's address is shown: the address our reference file gives is where the team
// read the source, which is sometimes not the publisher's own site. Readers are told where a
// link goes; an address on a host that serves HTTPS is upgraded; a library login or a
// publisher's test site is named, not linked.

/** A reference's address as a page shows it. */
export interface ReferenceLink {
  /** The address to link, or undefined when no reader could open it. */
  href?: string;
  /** The host the link goes to, as readers see it. */
  host: string;
  /** Plain words on what that host is, when it is not the publisher's own site. */
  note?: string;
}

// Hosts that serve the same pages over HTTPS: an http:// address there is upgraded.
const HTTPS_HOSTS = new Set(['www.nhs.uk', 'www.england.nhs.uk', 'www.uclh.nhs.uk', 'www.gpnotebook.co.uk', 'www.ajnr.org', 'ajnr.org', 'www.scielo.br', 'repub.eur.nl']);
// Where someone else keeps a copy of the publisher's document or page.
const COPY_HOSTS = new Set(['outuk.com', 'axahealth.co.uk', '1stchoicepharmacy.co.uk', 'mcmapp.mayoclinic.org', 'vdocuments.site', 'docslib.org', 'documents.pub', 'studylib.net', 'wixlib.com', 'info.5y1.org', 'www.scribd.com', 'tr.scribd.com', 'id.scribd.com', 'download.skyscape.com']);
// A publisher's test or preview site: not linked, as the page may move or vanish.
const TEST_HOSTS = new Set(['emedicine.staging.medscape.com', 'nhsinform-n1.azurewebsites.net', 'beta.nhs.uk', 'developer.api.nhs.uk']);
// Reached only through a university library's login.
const LOGIN_HOSTS = /(^|\.)bibliotheek\.ehb\.be$/;

/** How to show `url`. */
export function referenceLink(url: string): ReferenceLink {
  const address = new URL(url);
  const host = address.hostname;
  if (LOGIN_HOSTS.test(host)) return { host, note: 'read through a university library’s login, so there is no public link' };
  if (TEST_HOSTS.has(host)) return { host, note: 'read on the publisher’s test site, which may move or vanish, so there is no link' };
  if (address.protocol === 'http:' && HTTPS_HOSTS.has(host)) address.protocol = 'https:';
  const note = COPY_HOSTS.has(host) ? 'a copy kept on another site' : undefined;
  return { href: address.href, host, ...(note && { note }) };
}
