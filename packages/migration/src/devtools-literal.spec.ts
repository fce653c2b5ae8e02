import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleDisplayedLiteral } from './devtools-literal.js';
import { nastyTextArb, SEED } from './testing/dump-arbitraries.js';

describe('consoleDisplayedLiteral (Chrome DevTools formatAsJSLiteral)', () => {
  // Expected texts written from devtools-frontend front_end/core/platform/StringUtilities.ts and its tests.
  it.each([
    ['abc', "'abc'"],
    ["it's", `"it's"`],
    [`it's "q"`, '`it\'s "q"`'],
    ['it\'s "q" `x`', `'it\\'s "q" \`x\`'`],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` in a name
    ['it\'s "q" ${x}', `'it\\'s "q" \${x}'`],
    ['a\\b', "'a\\\\b'"],
    ['a\nb\tc', "'a\\nb\\tc'"],
    ['\u0001\u007f\u0085', "'\\x01\\x7F\\x85'"],
    ['\ud800x', "'\\uD800x'"],
    ['😀', "'😀'"],
    ['</script><script><!--', "'\\x3C/script>\\x3Cscript>\\x3C!--'"],
    ['{"a":"{\\"b\\":1}"}', `'{"a":"{\\\\"b\\\\":1}"}'`],
  ])('%j is shown as %s', (input, shown) => {
    expect(consoleDisplayedLiteral(input)).toBe(shown);
  });

  it('is a JavaScript literal whose value is the string itself', () => {
    fc.assert(
      fc.property(fc.oneof(nastyTextArb, fc.string({ unit: 'binary' })), (s) => {
        expect(runInNewContext(consoleDisplayedLiteral(s))).toBe(s);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
