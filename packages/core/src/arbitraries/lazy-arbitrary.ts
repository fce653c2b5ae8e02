import fc from 'fast-check';

/**
 * An arbitrary built on first use. Some arbitraries cost a lot to build (fast-check's
 * `fc.string({unit: 'binary'})` takes about a second here), and modules that export them are
 * imported by commands that never generate anything (`interop --help`). Every call is delegated
 * to the built arbitrary, so what it generates and how it shrinks are exactly the built one's.
 */
class LazyArbitrary<T> extends fc.Arbitrary<T> {
  readonly #build: () => fc.Arbitrary<T>;
  #built: fc.Arbitrary<T> | undefined;

  constructor(build: () => fc.Arbitrary<T>) {
    super();
    this.#build = build;
  }

  get #inner(): fc.Arbitrary<T> {
    this.#built ??= this.#build();
    return this.#built;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    return this.#inner.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.#inner.canShrinkWithoutContext(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.#inner.shrink(value, context);
  }
}

export function lazyArbitrary<T>(build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  return new LazyArbitrary(build);
}
