import type { AccountSpec, KeyType, Method, RestoreSecret } from '@interop/core';

/** Types of packages/runner/schemas/scenario.schema.json (the schema is what is validated on load). */
export type ScenarioStep =
  | { readonly do: 'create'; readonly client: string; readonly instance?: string; readonly network?: string; readonly spec: AccountSpec; readonly as: string }
  | {
      readonly do: 'backup';
      readonly client: string;
      readonly instance?: string;
      readonly account: string;
      readonly method: Method;
      readonly password: string;
      readonly as: string;
    }
  | { readonly do: 'artifact'; readonly artifact: unknown; readonly as: string }
  | {
      readonly do: 'restore';
      readonly client: string;
      readonly instance?: string;
      readonly network?: string;
      readonly artifact: string;
      readonly secret?: RestoreSecret;
      readonly as: string;
    }
  | {
      readonly do: 'call';
      readonly client: string;
      readonly instance?: string;
      readonly network?: string;
      readonly method: string;
      readonly args?: readonly unknown[];
      readonly as: string;
    };

export interface ScenarioObservation {
  readonly step: string;
  readonly accounts?: readonly { readonly publicKey: string; readonly type: KeyType; readonly address?: string; readonly hasSecret?: boolean }[];
  readonly error?: { readonly code?: string; readonly message: string };
  readonly value?: unknown;
}

export interface CounterexampleScenario {
  readonly schema: 'interop-scenario/v1';
  readonly kind: 'counterexample';
  readonly title: string;
  readonly links?: readonly string[];
  readonly cell: { readonly source: string; readonly method: Method; readonly target: string; readonly type: KeyType };
  readonly spec: AccountSpec;
  readonly expected: string;
  readonly actual: string;
  readonly status?: 'fail' | 'error';
  readonly seed: number;
  readonly path?: string;
  readonly runSeed?: number;
}

export interface BugScenario {
  readonly schema: 'interop-scenario/v1';
  readonly kind: 'bug';
  readonly title: string;
  readonly links: readonly string[];
  readonly clients: readonly string[];
  readonly steps: readonly ScenarioStep[];
  readonly observed: ScenarioObservation;
  readonly correct: string;
}

export type Scenario = CounterexampleScenario | BugScenario;
