import { describe, expect, it } from 'vitest';
import { normaliseCode, plainText, socketAddress, joinCode, CODE_ALPHABET } from '../../../src/live/protocol';
import { classPrediction, decideVote } from '../../../src/live/tally';
import { readServerAddress, defaultServer } from '../../../src/ui/live-store';

const roles = ['a', 'b', 'c'];

describe('the live vote', () => {
  it('counts every ballot under the class rule, and breaks a tie by the roles’ order', () => {
    const ballots = [
      { role: 'a', choice: 'b' },
      { role: 'b', choice: 'c' },
      { role: null, choice: 'b' },
      { role: 'c', choice: 'c' },
    ];
    expect(decideVote('class', ['a', 'b', 'c'], roles, ballots)).toEqual({ winner: 'b', tally: { a: 0, b: 2, c: 2 } });
  });

  it('gives each role one vote, settled by its members, under the cabinet rule', () => {
    const ballots = [
      { role: 'a', choice: 'c' },
      { role: 'a', choice: 'c' },
      { role: 'a', choice: 'b' },
      { role: 'b', choice: 'b' },
      { role: 'c', choice: 'c' },
      { role: null, choice: 'b' },
      { role: null, choice: 'b' },
    ];
    expect(decideVote('cabinet', ['b', 'c'], roles, ballots)).toEqual({ winner: 'c', tally: { b: 1, c: 2 } });
  });

  it('ignores ballots for proposals that do not exist, and has no winner without votes', () => {
    expect(decideVote('class', ['a'], roles, [{ role: 'a', choice: 'zzz' }])).toEqual({ winner: null, tally: { a: 0 } });
  });

  it('takes the class’s prediction as the most chosen option', () => {
    expect(classPrediction(['x', 'y'], ['y', 'x', 'y']).chosen).toBe('y');
    expect(classPrediction(['x', 'y'], []).chosen).toBeNull();
  });
});

describe('the live protocol’s text', () => {
  it('makes codes from its alphabet and reads typed ones back', () => {
    const code = joinCode(() => 7);
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(normaliseCode(' ab-cd ef ')).toBe('ABCDEF');
  });

  it('keeps names as text without control or direction characters', () => {
    expect(plainText('  <b>Zoé</b>\u0000\u202e\n  x ')).toBe('<b>Zoé</b> x');
  });

  it('keeps only the seat reservation in a socket address', () => {
    const url = new URL('ws://h/live/p/r?sessionId=s1&seat=SECRET&teacher=KEY&reconnectionToken=t');
    expect(socketAddress(url)).toBe('ws://h/live/p/r?sessionId=s1&reconnectionToken=t');
  });

  it('accepts only ws and wss server addresses, and defaults to the page’s own live/', () => {
    expect(readServerAddress('wss://school.example/live')).toBe('wss://school.example/live');
    expect(readServerAddress('https://school.example/')).toBeNull();
    expect(readServerAddress('javascript:alert(1)')).toBeNull();
    expect(readServerAddress('ws://user:pw@h/')).toBeNull();
    expect(defaultServer('https://school.example/game/index.html?x=1#teacher')).toBe('wss://school.example/game/live');
  });
});
