import { describe, expect, it } from 'vitest';
import { isLoopback, resolveBaseUrl, type BaseUrlOptions } from '../../src/api/baseUrl.js';
import { UsageError } from '../../src/errors.js';

describe('resolveBaseUrl', () => {
  it.each<[BaseUrlOptions, string]>([
    [{ env: 'prod', region: 'eu' }, 'https://api.btx.eu.banqup.com'],
    [{ env: 'prod', region: 'fr' }, 'https://api.btx.fr.banqup.com'],
    [{ env: 'uat', region: 'eu' }, 'https://api.uat.btx.eu.banqup.com'],
    [{ env: 'uat', region: 'fr' }, 'https://api.uat.btx.fr.banqup.com'],
    [{ env: 'sandbox', region: 'eu' }, 'https://api.cve.btx.eu.banqup.com'],
    [{ env: 'sandbox', region: 'fr' }, 'https://api.cve.btx.fr.banqup.com'],
    [{ env: 'prod', region: 'eu', apiUrl: '' }, 'https://api.btx.eu.banqup.com'],
    [{ env: 'prod', region: 'eu', apiUrl: 'https://proxy.example.com/' }, 'https://proxy.example.com'],
    [{ env: 'prod', region: 'eu', apiUrl: 'https://proxy.example.com/banqup/' }, 'https://proxy.example.com/banqup'],
    [{ env: 'uat', region: 'fr', apiUrl: ' http://127.0.0.1:8080 ' }, 'http://127.0.0.1:8080'],
    [{ env: 'prod', region: 'eu', apiUrl: 'http://127.45.6.7:9' }, 'http://127.45.6.7:9'],
    [{ env: 'prod', region: 'eu', apiUrl: 'http://localhost:3000' }, 'http://localhost:3000'],
    [{ env: 'prod', region: 'eu', apiUrl: 'http://[::1]:3000/' }, 'http://[::1]:3000'],
  ])('%j → %s', (options, expected) => {
    expect(resolveBaseUrl(options)).toBe(expected);
  });

  it.each([
    ['http://api.btx.eu.banqup.com', 'api_url.insecure'],
    ['http://10.0.0.5:8080', 'api_url.insecure'],
    ['http://128.0.0.1', 'api_url.insecure'],
    ['http://localhost.evil.com', 'api_url.insecure'],
    ['ftp://127.0.0.1', 'api_url.invalid'],
    ['api.btx.eu.banqup.com', 'api_url.invalid'],
    ['https://user:pw@api.example.com', 'api_url.invalid'],
    ['https://api.example.com/?key=1', 'api_url.invalid'],
    ['https://api.example.com/#x', 'api_url.invalid'],
  ])('refuses %s with %s (exit 2)', (apiUrl, code) => {
    const error = catchError(() => resolveBaseUrl({ env: 'prod', region: 'eu', apiUrl }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code, exitCode: 2 });
  });

  it('does not repeat a password given in the URL', () => {
    const error = catchError(() => resolveBaseUrl({ env: 'prod', region: 'eu', apiUrl: 'https://me:s3cr3t@api.example.com' }));
    expect(JSON.stringify(error)).not.toContain('s3cr3t');
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['api.localhost', true],
    ['[::1]', true],
    ['127.0.0.256', false],
    ['127.0.0', false],
    ['10.0.0.1', false],
    ['example.com', false],
    ['127.0.0.1.nip.io', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
