import { createHash } from 'node:crypto';
import { type RealmScryptMemo, type ScryptInput, scryptMemoKey } from './scrypt-input.js';

/**
 * The run's scrypt memo, in one SharedArrayBuffer that every worker thread of the process maps:
 * an open-addressing table of (key, implementation tag, output), written and read with Atomics,
 * so a worker's synchronous ext_scrypt can look it up without a message. Only memory, never a
 * file; it lives as long as the run that made it (a matrix run: test accounts only).
 *
 * A slot goes EMPTY -> CLAIMED (key being written) -> COMPUTING -> READY. A realm that finds its
 * key COMPUTING in another thread waits for it (Atomics.wait; the two evaluations would give the
 * same bytes, so computing it twice is only wasted time); if that thread dies or takes longer
 * than WAIT_LIMIT_MS, it computes the value itself. A failed evaluation marks its slot ABANDONED,
 * which the next realm with the key claims again. A full table is no error: the value is
 * computed and not kept.
 */
const EMPTY = 0;
const CLAIMED = 1;
const COMPUTING = 2;
const READY = 3;
const ABANDONED = 4;

const KEY_BYTES = 32;
/** Outputs longer than this are computed and not kept (wasm-crypto writes 64, Banana Split asks 32). */
export const MAX_VALUE_BYTES = 64;
/** How long a realm waits for another to finish the same evaluation (N=2^20 takes ~10 s here, more on a loaded machine). */
const WAIT_LIMIT_MS = 120_000;
/** Slots: a full matrix computes a few thousand evaluations at most. */
export const DEFAULT_CAPACITY = 16_384;

function sha256(data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest();
}

/** The 32-bit tag of an implementation, stored with each entry so a page can be given its own. */
export function implementationTag(implementation: string): number {
  return Buffer.from(sha256(new TextEncoder().encode(implementation))).readInt32LE(0);
}

export interface ScryptMemoEntry {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

export class SharedScryptMemo implements RealmScryptMemo {
  /** The memory every realm of the run maps (pass it in workerData). */
  readonly buffer: SharedArrayBuffer;
  readonly capacity: number;
  readonly #states: Int32Array;
  readonly #tags: Int32Array;
  readonly #lengths: Int32Array;
  readonly #keys: Uint8Array;
  readonly #values: Uint8Array;

  /** A memo over `buffer` (another thread's), or a new empty one. */
  constructor(buffer?: SharedArrayBuffer, capacity = DEFAULT_CAPACITY) {
    const slots = buffer === undefined ? capacity : buffer.byteLength / (12 + KEY_BYTES + MAX_VALUE_BYTES);
    if (!Number.isInteger(slots) || slots < 1) throw new Error('not a scrypt memo buffer');
    this.capacity = slots;
    this.buffer = buffer ?? new SharedArrayBuffer(slots * (12 + KEY_BYTES + MAX_VALUE_BYTES));
    this.#states = new Int32Array(this.buffer, 0, slots);
    this.#tags = new Int32Array(this.buffer, 4 * slots, slots);
    this.#lengths = new Int32Array(this.buffer, 8 * slots, slots);
    this.#keys = new Uint8Array(this.buffer, 12 * slots, KEY_BYTES * slots);
    this.#values = new Uint8Array(this.buffer, (12 + KEY_BYTES) * slots, MAX_VALUE_BYTES * slots);
  }

  scrypt(input: ScryptInput, compute: () => Uint8Array): { readonly value: Uint8Array; readonly served: boolean } {
    return this.#lookup(scryptMemoKey(input, sha256), implementationTag(input.implementation), compute, true);
  }

  /**
   * The value under `key`, or `compute`'s, kept under `key`. `mayWait`: whether this thread may
   * block while another computes the same key (a worker may; the runner's thread must not).
   */
  #lookup(key: Uint8Array, tag: number, compute: () => Uint8Array, mayWait: boolean): { readonly value: Uint8Array; readonly served: boolean } {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    let slot = this.#home(key);
    for (let probes = 0; probes < this.capacity; ) {
      const state = Atomics.load(this.#states, slot);
      if (state === EMPTY) {
        if (Atomics.compareExchange(this.#states, slot, EMPTY, CLAIMED) !== EMPTY) continue; // lost the race: look again
        this.#keys.set(key, slot * KEY_BYTES);
        this.#tags[slot] = tag;
        this.#publish(slot, COMPUTING);
        return { value: this.#computeInto(slot, compute), served: false };
      }
      if (state === CLAIMED) {
        this.#wait(slot, CLAIMED, 10); // its key is being written: a matter of nanoseconds
        continue;
      }
      if (!this.#keyAt(slot, key)) {
        slot = (slot + 1) % this.capacity;
        probes++;
        continue;
      }
      if (state === READY) return { value: this.#valueAt(slot), served: true };
      if (state === ABANDONED) {
        if (Atomics.compareExchange(this.#states, slot, ABANDONED, COMPUTING) !== ABANDONED) continue;
        Atomics.notify(this.#states, slot);
        return { value: this.#computeInto(slot, compute), served: false };
      }
      // COMPUTING in another realm: wait for it, or compute it here if it takes too long.
      const left = deadline - Date.now();
      if (left <= 0 || !mayWait) return { value: compute(), served: false };
      this.#wait(slot, COMPUTING, Math.min(left, 1_000));
    }
    return { value: compute(), served: false }; // full: computed, not kept
  }

  /** Keeps a value computed elsewhere (a Chromium page's); an entry already there is left as it is. */
  insert(key: Uint8Array, tag: number, value: Uint8Array): void {
    if (value.length > MAX_VALUE_BYTES) return;
    this.#lookup(key, tag, () => value, false);
  }

  /** Every finished entry of one implementation (to seed a realm that cannot map this memory). */
  entries(tag: number): ScryptMemoEntry[] {
    const found: ScryptMemoEntry[] = [];
    for (let slot = 0; slot < this.capacity; slot++) {
      if (Atomics.load(this.#states, slot) !== READY || this.#tags[slot] !== tag) continue;
      found.push({ key: this.#keys.slice(slot * KEY_BYTES, (slot + 1) * KEY_BYTES), value: this.#valueAt(slot) });
    }
    return found;
  }

  /** Finished entries (a figure for tests and the benchmark). */
  get size(): number {
    let n = 0;
    for (let slot = 0; slot < this.capacity; slot++) if (Atomics.load(this.#states, slot) === READY) n++;
    return n;
  }

  #computeInto(slot: number, compute: () => Uint8Array): Uint8Array {
    let value: Uint8Array;
    try {
      value = compute();
    } catch (error) {
      this.#publish(slot, ABANDONED);
      throw error;
    }
    if (value.length > MAX_VALUE_BYTES) {
      this.#publish(slot, ABANDONED);
      return value;
    }
    this.#values.set(value, slot * MAX_VALUE_BYTES);
    this.#lengths[slot] = value.length;
    this.#publish(slot, READY);
    return value;
  }

  #publish(slot: number, state: number): void {
    Atomics.store(this.#states, slot, state);
    Atomics.notify(this.#states, slot);
  }

  #home(key: Uint8Array): number {
    return (((key[0] ?? 0) | ((key[1] ?? 0) << 8) | ((key[2] ?? 0) << 16)) + (key[3] ?? 0) * 2 ** 24) % this.capacity;
  }

  #keyAt(slot: number, key: Uint8Array): boolean {
    const at = slot * KEY_BYTES;
    for (let i = 0; i < KEY_BYTES; i++) if (this.#keys[at + i] !== key[i]) return false;
    return true;
  }

  #valueAt(slot: number): Uint8Array {
    const at = slot * MAX_VALUE_BYTES;
    return this.#values.slice(at, at + (this.#lengths[slot] ?? 0));
  }

  #wait(slot: number, state: number, ms: number): void {
    Atomics.wait(this.#states, slot, state, ms);
  }
}
