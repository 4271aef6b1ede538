import { describe, expect, it } from 'vitest';
import { classLink, decodeClassCode, encodeClassCode, type ClassSetup } from '../../../src/ui/class-link';

const setup: ClassSetup = { scenarioId: 'ottawa-2021', language: 'fr', seed: 123456789, predictions: true, muted: true, mode: null };

describe('class links', () => {
  it('round-trip every setting through a short code', () => {
    const code = encodeClassCode(setup);
    expect(code.length).toBeLessThan(32);
    expect(decodeClassCode(code)).toEqual({ ok: true, setup });
    const plain = { ...setup, language: 'en' as const, seed: 0, predictions: false, muted: false };
    expect(decodeClassCode(encodeClassCode(plain))).toEqual({ ok: true, setup: plain });
    const short = { ...setup, mode: 'short' };
    expect(encodeClassCode(short)).toMatch(/^ottawa-2021\.fr\.[0-9a-z]+\.pm\.short\.[0-9a-z]{2}$/);
    expect(decodeClassCode(encodeClassCode(short))).toEqual({ ok: true, setup: short });
    // A link made before lengths of game existed still opens, in the scenario's first.
    expect(encodeClassCode(setup).split('.')).toHaveLength(5);
  });

  it('survive being put in a link and read back', () => {
    const link = classLink('http://127.0.0.1:4173/index.html?lang=en#results', setup);
    const code = new URL(link).searchParams.get('class') ?? '';
    expect(new URL(link).hash).toBe('');
    expect(decodeClassCode(code)).toEqual({ ok: true, setup });
  });

  it('refuse a code with any character changed', () => {
    const code = encodeClassCode(setup);
    for (let i = 0; i < code.length; i += 1) {
      const replacement = code[i] === 'a' ? 'b' : 'a';
      const tampered = code.slice(0, i) + replacement + code.slice(i + 1);
      expect(decodeClassCode(tampered).ok, tampered).toBe(false);
    }
  });

  it('say what is wrong with a damaged code', () => {
    expect(decodeClassCode('nonsense')).toEqual({ ok: false, problem: 'shape' });
    expect(decodeClassCode('ottawa-2021.fr.zz.p.00')).toMatchObject({ ok: false });
    expect(decodeClassCode('<script>.fr.1.p.00')).toMatchObject({ ok: false });
    expect(decodeClassCode('x'.repeat(500))).toEqual({ ok: false, problem: 'shape' });
    const bad = 'ottawa-2021.fr.1.p.<b>';
    expect(decodeClassCode(`${bad}.00`)).toMatchObject({ ok: false });
  });
});
