import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls, jsonForTerminal, quoteShort, quoteText } from './terminal-text.js';

/** Anything a terminal acts on: C0 except tab and line feed, DEL, C1, bidi and other format characters, separators. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('terminal text', () => {
  it('quoteText shows an OSC/ESC sequence, a C1 CSI and a bidi override as escapes', () => {
    expect(quoteText('a\u001b]0;pwned\u0007b')).toBe('"a\\u001b]0;pwned\\u0007b"');
    expect(quoteText('x\u009b31m')).toBe('"x\\u{9b}31m"');
    expect(quoteText('abc\u202Edcb')).toBe('"abc\\u{202e}dcb"');
    expect(quoteText('two\nlines')).toBe('"two\\nlines"');
  });

  it('quoteShort cuts at code points, outside the quotes', () => {
    expect(quoteShort('😀'.repeat(50), 2)).toBe('"😀😀"…');
  });

  it('escapeControls keeps the layout (line feed, tab) and shows every other control', () => {
    expect(escapeControls('ok\tcol\nnext\r\u001b[2Jsecret lost')).toBe('ok\tcol\nnext\\u{d}\\u{1b}[2Jsecret lost');
  });

  it('no output of quoteText or escapeControls holds an active character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(quoteText(text)).not.toMatch(ACTIVE);
        expect(quoteText(text)).not.toContain('\n');
        expect(escapeControls(text)).not.toMatch(ACTIVE);
      }),
    );
  });

  it('jsonForTerminal is the same JSON value, with no active character (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const doc = { value, text };
        const out = jsonForTerminal(doc, 2);
        expect(out).not.toMatch(ACTIVE);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
    );
  });
});
