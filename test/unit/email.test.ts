import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMAIL_PATTERN, emailMessages, MAX_ASSIGNEES, normaliseAssignees, normaliseEmail } from '../../src/domain/email.js';
import type { Finding } from '../../src/domain/types.js';
import { FIELD_PARAMS, itRendersEveryMessage } from '../helpers/expectCatalogue.js';
import { withoutSpans } from '../helpers/withoutSpans.js';

const error = (code: string, params?: Finding['params']): Finding =>
  params ? { code, severity: 'error', params } : { code, severity: 'error' };

describe('EMAIL_PATTERN', () => {
  it("is zod's own e-mail pattern, copied so that a check does not load zod", () => {
    // zod escapes a `-` that ends a character class; the copy does not need to.
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source.replaceAll('\\-', '-'));
    expect(EMAIL_PATTERN.flags).toBe(z.regexes.email.flags);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['anne@schmit.lu', 'anne@schmit.lu'],
    ['j.dupont+factures@cabinet-comptable.be', 'j.dupont+factures@cabinet-comptable.be'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a@b.co', 'a@b.co'],
    // The domain is case-insensitive; the local part belongs to the mailbox owner, so it stays as typed.
    ['Jean.Dupont@Example.LU', 'Jean.Dupont@example.lu'],
    ['jean＠example.lu', 'jean@example.lu'],
    ['ｊｅａｎ＠ｅｘａｍｐｌｅ．ｌｕ', 'jean@example.lu'],
    ['\u200Bjean@example.lu\u200B', 'jean@example.lu'],
    ['\u00A0jean@example.lu\u00A0', 'jean@example.lu'],
    ['marie@bücher.example', 'marie@xn--bcher-kva.example'],
    ['marie@xn--bcher-kva.example', 'marie@xn--bcher-kva.example'],
    ['info@société.lu', 'info@xn--socit-esab.lu'],
  ])('%j → %s', (input, value) => {
    expect(withoutSpans(normaliseEmail(input))).toEqual({ value, findings: [] });
  });

  it.each([
    // Traps from validation-rules.md §6: all pass Banqup's "contains @ and ." rule.
    ['jean.dupont@example', error('email.format')],
    ['jean@example.lu.', error('email.format')],
    ['jean..dupont@example.lu', error('email.format')],
    ['.jean@example.lu', error('email.format')],
    ['jean dupont@example.lu', error('email.format')],
    ['jean@exa mple.lu', error('email.format')],
    ['jean@localhost', error('email.format')],
    ['jean@[192.168.0.1]', error('email.format')],
    ['jean@ex_ample.lu', error('email.format')],
    ['"jean dupont"@example.lu', error('email.format')],
    ['jean.example.lu', error('email.format')],
    ['@example.lu', error('email.format')],
    ['jean@', error('email.format')],
    ['jean@example.lu;marie@example.lu', error('email.several')],
    ['jean@example.lu, marie@example.lu', error('email.several')],
    ['jean@example.lu marie@example.lu', error('email.several')],
    ['Jean Dupont <jean@example.lu>', error('email.has_name', { suggestion: 'jean@example.lu' })],
    ['"Dupont, Jean" <Jean@Example.LU>', error('email.has_name', { suggestion: 'Jean@example.lu' })],
    ['<jean@example.lu>', error('email.has_name', { suggestion: 'jean@example.lu' })],
    ['mailto:jean@example.lu', error('email.mailto', { suggestion: 'jean@example.lu' })],
    ['MAILTO:jean@example.lu?subject=Factures', error('email.mailto', { suggestion: 'jean@example.lu' })],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.lu`, error('email.too_long', { length: 256, max: 254 })],
  ])('%j → %o', (input, finding) => {
    expect(withoutSpans(normaliseEmail(input))).toEqual({ value: null, findings: [finding] });
  });

  it('returns nothing for an empty cell', () => {
    expect(withoutSpans(normaliseEmail(''))).toEqual({ value: null, findings: [] });
    expect(withoutSpans(normaliseEmail('\u200B'))).toEqual({ value: null, findings: [] });
  });

  it('suggests the bare address in the message', () => {
    expect(emailMessages['email.has_name']?.en({ suggestion: 'jean@example.lu' })).toContain('jean@example.lu');
    expect(emailMessages['email.several']?.fr({})).toContain('responsables');
  });
});

describe('normaliseAssignees', () => {
  it.each([
    ['comptable@fiduciaire.lu; paie@fiduciaire.lu', ['comptable@fiduciaire.lu', 'paie@fiduciaire.lu']],
    ['a@fidu.lu,b@fidu.lu', ['a@fidu.lu', 'b@fidu.lu']],
    ['a@fidu.lu\nb@fidu.lu\r\nc@fidu.lu', ['a@fidu.lu', 'b@fidu.lu', 'c@fidu.lu']],
    ['a@fidu.lu b@fidu.lu', ['a@fidu.lu', 'b@fidu.lu']],
    ['a@fidu.lu ;; , \n b@fidu.lu;', ['a@fidu.lu', 'b@fidu.lu']],
    ['a@Fidu.LU', ['a@fidu.lu']],
    ['marie@bücher.example', ['marie@xn--bcher-kva.example']],
    [';', []],
    [', ', []],
    ['', []],
  ])('%j → %j', (input, value) => {
    expect(withoutSpans(normaliseAssignees(input))).toEqual({ value, findings: [] });
  });

  it('drops a repeat, whatever its case, and keeps the first spelling', () => {
    expect(withoutSpans(normaliseAssignees('Anne@fidu.lu; paul@fidu.lu; anne@FIDU.lu'))).toEqual({
      value: ['Anne@fidu.lu', 'paul@fidu.lu'],
      findings: [
        { code: 'assignees.duplicate', severity: 'warning', params: { address: 'anne@FIDU.lu', position: 3, total: 3 } },
      ],
    });
  });

  it.each([
    [
      'a@fidu.lu; jean.dupont@example; c@fidu.lu',
      ['a@fidu.lu', 'c@fidu.lu'],
      [error('assignees.format', { address: 'jean.dupont@example', position: 2, total: 3 })],
    ],
    [
      'Jean Dupont <jean@fidu.lu>; b@fidu.lu',
      ['b@fidu.lu'],
      [error('assignees.has_name', { suggestion: 'jean@fidu.lu', address: 'Jean Dupont <jean@fidu.lu>', position: 1, total: 2 })],
    ],
    [
      'a@fidu.lu\nmailto:b@fidu.lu',
      ['a@fidu.lu'],
      [error('assignees.mailto', { suggestion: 'b@fidu.lu', address: 'mailto:b@fidu.lu', position: 2, total: 2 })],
    ],
    [
      'a@fidu.lu; b@fidu.lu.; c@@fidu.lu',
      ['a@fidu.lu'],
      [
        error('assignees.format', { address: 'b@fidu.lu.', position: 2, total: 3 }),
        error('assignees.format', { address: 'c@@fidu.lu', position: 3, total: 3 }),
      ],
    ],
  ])('%j → names the bad address by position', (input, value, findings) => {
    expect(withoutSpans(normaliseAssignees(input))).toEqual({ value, findings });
  });

  it(`refuses more than ${MAX_ASSIGNEES} assignees`, () => {
    const list = Array.from({ length: MAX_ASSIGNEES + 1 }, (_, i) => `user${i}@fidu.lu`).join('; ');
    const result = normaliseAssignees(list);
    expect(result.findings).toEqual([error('assignees.too_many', { count: 21, max: 20 })]);
  });

  it(`accepts exactly ${MAX_ASSIGNEES}, counting repeats once`, () => {
    const list = Array.from({ length: MAX_ASSIGNEES }, (_, i) => `user${i}@fidu.lu`);
    const result = normaliseAssignees([...list, 'USER0@fidu.lu'].join('\n'));
    expect(result.value).toHaveLength(MAX_ASSIGNEES);
    expect(result.findings.map((f) => f.code)).toEqual(['assignees.duplicate']);
  });

  it('has a message for every assignee code, naming the position', () => {
    const params = { position: 2, total: 3, address: 'x@y', suggestion: 'x@y.lu', count: 21, max: 20 };
    for (const code of ['format', 'has_name', 'mailto', 'several', 'too_long', 'duplicate']) {
      expect(emailMessages[`assignees.${code}`]?.en(params)).toContain('2 of 3');
      expect(emailMessages[`assignees.${code}`]?.fr(params)).toContain('2 sur 3');
    }
  });
});

describe('emailMessages', () => {
  itRendersEveryMessage(emailMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
