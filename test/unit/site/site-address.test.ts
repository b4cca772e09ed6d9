import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteAddress } from '../../../src/lib/site/site-address.ts';

const LOCAL = ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '0.0.0.0', '[::1]'];
const PUBLIC = ['backtoknee.example', 'www.nhs.uk', 'localhost.example.org', '128.0.0.1', 'knee.example:8443'];

describe('siteAddress', () => {
  it('a production build refuses a missing or local SITE_URL, naming SITE_URL', () => {
    expect(() => siteAddress({ PRODUCTION_BUILD: '1' })).toThrow(/SITE_URL/);
    expect(() => siteAddress({ PRODUCTION_BUILD: '1', SITE_URL: '  ' })).toThrow(/SITE_URL/);
    for (const host of LOCAL) for (const scheme of ['http', 'https']) for (const path of ['', '/', '/back-to-knee/']) {
      expect(() => siteAddress({ PRODUCTION_BUILD: '1', SITE_URL: `${scheme}://${host}${path}` }), host).toThrow(/SITE_URL/);
      expect(() => siteAddress({ PRODUCTION_BUILD: '1', SITE_URL: `${scheme}://${host}:4321${path}` }), host).toThrow(/SITE_URL/);
    }
  });

  it('a production build takes a public address as given', () => {
    for (const host of PUBLIC) expect(siteAddress({ PRODUCTION_BUILD: '1', SITE_URL: `https://${host}` })).toBe(`https://${host}`);
  });

  it('other builds (the tests, npm start) default to the local preview address', () => {
    expect(siteAddress({})).toBe(LOCAL_SITE);
    expect(siteAddress({ PRODUCTION_BUILD: '0' })).toBe(LOCAL_SITE);
    expect(siteAddress({ SITE_URL: 'http://localhost:4400' })).toBe('http://localhost:4400');
  });

  it('refuses an address that is not absolute or not on the web, in any build', () => {
    for (const bad of ['backtoknee.example', '/knee/', 'ftp://backtoknee.example', 'https//x']) expect(() => siteAddress({ SITE_URL: bad }), bad).toThrow(/SITE_URL/);
  });
});

// The guard sits in astro.config.mjs, so it stops the real build before anything is written.
describe('npm run build:prod', { timeout: 180_000 }, () => {
  it('stops at once without SITE_URL, saying how to set it', () => {
    const env = { ...process.env, PRODUCTION_BUILD: undefined, SITE_URL: undefined, ASTRO_TELEMETRY_DISABLED: '1' };
    const run = spawnSync('npm', ['run', 'build:prod', '--', '--outDir', 'dist-refused'], { cwd: resolve(import.meta.dirname, '../../..'), env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('A production build needs SITE_URL');
  });
});
