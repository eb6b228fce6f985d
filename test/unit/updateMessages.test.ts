import { describe, expect, it } from 'vitest';
import type { MessageParams } from '../../src/domain/types.js';
import { updateMessages } from '../../src/engine/updateMessages.js';
import { messageCodes } from '../../src/messages.js';
import { itRendersEveryMessage } from '../helpers/expectCatalogue.js';

const PARAMS: MessageParams = {
  n: 12, create: 3, update: 2, existing: 9, held: 'CLI-0042', clientId: '3f0c9a8e-5b7d-4c21-9e6f-0a1b2c3d4e5f',
  column: 'B', header: 'Address', from: '12 rue de la Gare', to: '14 rue de la Gare', path: 'clients.xlsx',
};

describe('updateMessages (--update and export)', () => {
  itRendersEveryMessage(updateMessages, PARAMS, { maxLength: 140 });

  // nl and de join LANGS once every catalogue has them (issue 12); this one has them already.
  it.each(Object.keys(updateMessages))('%s: also in Dutch and German, within 140 characters, the same values as English', (code) => {
    const template = updateMessages[code]!;
    const shown = (render: (p: MessageParams) => string): string[] =>
      Object.keys(PARAMS).filter((name) => render({ ...PARAMS, [name]: `${String(PARAMS[name])}Q` }) !== render(PARAMS));
    for (const lang of ['nl', 'de'] as const) {
      const render = template[lang];
      expect(render, `${code} in ${lang}`).toBeTypeOf('function');
      if (render === undefined) continue;
      expect(render(PARAMS).length, `${code} in ${lang}`).toBeLessThanOrEqual(140);
      expect(shown(render), `${code} in ${lang}`).toEqual(shown(template.en));
    }
  });

  it('is part of the tool-wide catalogue, and takes no key of another catalogue', () => {
    const all = messageCodes();
    for (const code of Object.keys(updateMessages)) expect(all).toContain(code);
    expect(new Set(all).size).toBe(all.length);
  });
});
