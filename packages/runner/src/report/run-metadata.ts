import { execFileSync } from 'node:child_process';
import { arch, platform, release } from 'node:os';
import { type ClientFactory, chromiumPath } from '@interop/core';

/** Where and with what a run was made: shown in every report format, so two runs can be told apart. */
export interface RunMetadata {
  readonly tool: { readonly name: string; readonly version: string };
  /** The commit of this repository the run was made from, when it is a git checkout. */
  readonly git?: { readonly commit: string; readonly dirty: boolean };
  /** The repository's web address (no credentials), for links to scenario files at the commit. */
  readonly repository?: string;
  /** ISO 8601, UTC. */
  readonly startedAt: string;
  readonly node: string;
  readonly os: { readonly platform: string; readonly release: string; readonly arch: string };
  /** `chromium --version`, when a client of the run lives in Chromium. */
  readonly chromium?: string;
}

export interface MetadataOptions {
  readonly toolVersion: string;
  /** The repository root, for git; metadata without git when it is not a checkout. */
  readonly root: string;
  readonly factories: readonly ClientFactory[];
  readonly startedAt?: Date;
  readonly env?: NodeJS.ProcessEnv;
}

function run(file: string, args: readonly string[], cwd: string): string | undefined {
  try {
    // Bounded: a git or browser binary that hangs must not hold the run.
    return execFileSync(file, args, { cwd, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** A remote's web address without user, password or token; undefined unless it is https. */
export function webAddress(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(remote);
  const text = scp ? `https://${scp[1]}/${scp[2]}` : remote.replace(/\.git$/, '');
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:') return undefined;
    return `https://${url.host}${url.pathname.replace(/\/$/, '')}`;
  } catch {
    return undefined;
  }
}

function repository(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return webAddress(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`);
  const remote = run('git', ['remote', 'get-url', 'origin'], root);
  return remote ? webAddress(remote) : undefined;
}

/** Collects the run's metadata; every external look-up is optional and bounded. */
export function collectRunMetadata(options: MetadataOptions): RunMetadata {
  const env = options.env ?? process.env;
  const commit = run('git', ['rev-parse', 'HEAD'], options.root);
  const dirty = commit ? (run('git', ['status', '--porcelain', '--untracked-files=no'], options.root) ?? '') !== '' : false;
  const repo = commit ? repository(options.root, env) : undefined;
  const chromium = options.factories.some((f) => f.info.realm === 'chromium') ? run(chromiumPath(), ['--version'], options.root) : undefined;
  return {
    tool: { name: 'interop', version: options.toolVersion },
    ...(commit && /^[0-9a-f]{40,64}$/.test(commit) ? { git: { commit, dirty } } : {}),
    ...(repo ? { repository: repo } : {}),
    startedAt: (options.startedAt ?? new Date()).toISOString(),
    node: process.version,
    os: { platform: platform(), release: release(), arch: arch() },
    ...(chromium ? { chromium: chromium.split('\n')[0] as string } : {}),
  };
}
