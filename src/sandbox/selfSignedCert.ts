import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

/*
 * The sandbox's TLS certificate, made at start in plain node:crypto: a P-256 key and a
 * self-signed X.509 v3 certificate that is its own CA (so NODE_EXTRA_CA_CERTS can point at it) for
 * 127.0.0.1, ::1 and localhost. Node 20 can sign but not build a certificate; the few DER
 * structures it needs are written here rather than adding selfsigned 5, which brings
 * @peculiar/x509, pkijs and a dozen ASN.1 packages for this one job. Node's own X509Certificate
 * and TLS stack read and verify the result (test/api/sandboxTls.test.ts).
 */

/** A certificate and its key, PEM-encoded. */
export interface SandboxCertificate {
  readonly certPem: string;
  readonly keyPem: string;
}

function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  let length: Buffer;
  if (n < 0x80) length = Buffer.from([n]);
  else {
    const bytes: number[] = [];
    for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

const seq = (...parts: Buffer[]): Buffer => der(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => der(0x31, Buffer.concat(parts));
const octets = (content: Buffer): Buffer => der(0x04, content);
const explicit = (n: number, content: Buffer): Buffer => der(0xa0 + n, content);
const TRUE = der(0x01, Buffer.from([0xff]));

/** A positive INTEGER (a leading zero keeps the high bit from reading as a sign). */
function integer(bytes: Buffer): Buffer {
  const trimmed = bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes;
  return der(0x02, (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-01-02T03:04:05.000Z → 260102030405Z
  return der(0x17, Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? seq(oid(id), TRUE, octets(value)) : seq(oid(id), octets(value));
}

const ECDSA_WITH_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

/** A fresh key and certificate for the loopback names, valid from an hour ago for `days` days. */
export function makeSandboxCertificate(now: Date = new Date(), days = 30): SandboxCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const name = seq(set(seq(oid('2.5.4.3'), der(0x0c, Buffer.from('banqup-import sandbox')))));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const altNames = seq(
    der(0x82, Buffer.from('localhost')),
    der(0x87, Buffer.from([127, 0, 0, 1])),
    der(0x87, Buffer.from([...Array<number>(15).fill(0), 1])),
  );
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ECDSA_WITH_SHA256,
    name,
    seq(utcTime(new Date(now.getTime() - 3_600_000)), utcTime(new Date(now.getTime() + days * 86_400_000))),
    name,
    spki,
    explicit(
      3,
      seq(
        extension('2.5.29.19', true, seq(TRUE)), // basicConstraints: CA
        extension('2.5.29.15', true, der(0x03, Buffer.from([0x02, 0x84]))), // keyUsage: digitalSignature, keyCertSign
        extension('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'))), // extKeyUsage: serverAuth
        extension('2.5.29.17', false, altNames),
        extension('2.5.29.14', false, octets(createHash('sha1').update(spki).digest())),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey);
  const cert = seq(tbs, ECDSA_WITH_SHA256, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const lines = cert.toString('base64').match(/.{1,64}/g) ?? [];
  return {
    certPem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
