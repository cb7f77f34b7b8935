/**
 * The Dockerfile, checked without a Docker engine: a small parser reads its instructions and stages, and
 * the tests check that every step exists and points at something real in this repository (copied paths,
 * workspace manifests, package scripts), so that `docker build` would not fail on a missing file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

// ---------------------------------------------------------------------------------------------------------
// A Dockerfile parser: enough of the reference's syntax for this file (continuations, comments, parser
// directives, JSON and shell forms, flags, stages and ARG defaults).
// ---------------------------------------------------------------------------------------------------------

interface Instruction {
  keyword: string; // upper case: FROM, RUN, COPY, ...
  args: string; // the raw arguments, continuations joined
  line: number; // 1-based line of the instruction's first line
}

interface Stage {
  index: number;
  name: string | undefined;
  image: string; // after substituting global ARG defaults
  parent: Stage | undefined; // when FROM names an earlier stage
  instructions: Instruction[];
}

function parseInstructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const result: Instruction[] = [];
  let current: { parts: string[]; line: number } | undefined;
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    // Comment lines (parser directives included) are dropped, even inside a continued instruction.
    if (trimmed.startsWith('#')) return;
    if (current === undefined && trimmed === '') return;
    const continues = /\\\s*$/.test(raw);
    const content = continues ? raw.replace(/\\\s*$/, '') : raw;
    if (current === undefined) current = { parts: [], line: i + 1 };
    current.parts.push(content.trim());
    if (!continues) {
      const joined = current.parts.filter((p) => p !== '').join(' ');
      const match = /^(\S+)\s*(.*)$/s.exec(joined);
      if (match?.[1] !== undefined) {
        result.push({ keyword: match[1].toUpperCase(), args: match[2] ?? '', line: current.line });
      }
      current = undefined;
    }
  });
  if (current !== undefined) throw new Error(`Dockerfile ends inside a continued instruction (line ${current.line})`);
  return result;
}

/** Leading `--flag` / `--flag=value` words, then the rest (shell form) or the JSON array (exec form). */
function splitFlags(args: string): { flags: Map<string, string>; rest: string } {
  const flags = new Map<string, string>();
  let rest = args.trim();
  for (;;) {
    const m = /^--([a-z-]+)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!m?.[1]) break;
    flags.set(m[1], m[2] ?? 'true');
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/** The words of an exec-form (JSON array) or shell-form argument list. */
function words(rest: string): { exec: boolean; words: string[] } {
  const trimmed = rest.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((w) => typeof w === 'string')) return { exec: true, words: parsed };
    } catch {
      // not valid JSON: Docker then treats it as shell form
    }
  }
  return { exec: false, words: trimmed.split(/\s+/).filter((w) => w !== '') };
}

function substitute(text: string, vars: Map<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, a?: string, def?: string, b?: string) => {
      const name = a ?? b ?? '';
      return vars.get(name) ?? def ?? '';
    },
  );
}

function parseDockerfile(text: string): { stages: Stage[]; instructions: Instruction[] } {
  const instructions = parseInstructions(text);
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && stages.length === 0) {
      const [name, value] = ins.args.trim().split('=', 2);
      if (name) globalArgs.set(name, value?.replace(/^["']|["']$/g, '') ?? '');
      continue;
    }
    if (ins.keyword === 'FROM') {
      const { rest } = splitFlags(ins.args);
      const m = /^(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(rest);
      if (!m?.[1]) throw new Error(`line ${ins.line}: cannot read FROM ${ins.args}`);
      const image = substitute(m[1], globalArgs);
      const parent = stages.find((s) => s.name !== undefined && s.name.toLowerCase() === image.toLowerCase());
      stages.push({ index: stages.length, name: m[2]?.toLowerCase(), image, parent, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (stage === undefined) throw new Error(`line ${ins.line}: ${ins.keyword} before the first FROM`);
    stage.instructions.push(ins);
  }
  return { stages, instructions };
}

/** A stage's instructions including those it inherits from the stages it is built FROM. */
function effectiveInstructions(stage: Stage): Instruction[] {
  return [...(stage.parent ? effectiveInstructions(stage.parent) : []), ...stage.instructions];
}

function lineage(stage: Stage): Stage[] {
  return [...(stage.parent ? lineage(stage.parent) : []), stage];
}

function stageByRef(stages: Stage[], ref: string): Stage | undefined {
  return /^\d+$/.test(ref) ? stages[Number(ref)] : stages.find((s) => s.name === ref.toLowerCase());
}

interface Copy {
  stage: Stage;
  instruction: Instruction;
  from: string | undefined;
  sources: string[];
  destination: string;
}

function copiesOf(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
    .map((instruction) => {
      const { flags, rest } = splitFlags(instruction.args);
      const list = words(rest).words;
      return {
        stage,
        instruction,
        from: flags.get('from'),
        sources: list.slice(0, -1),
        destination: list.at(-1) ?? '',
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// Paths: the build context is the repository root, less what .dockerignore excludes.
// ---------------------------------------------------------------------------------------------------------

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Paths in the repository (relative, `/`-separated) matching a COPY source, with `*` and `?` per segment. */
function expandSource(source: string): string[] {
  const clean = source.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return ['.'];
  let matches = [''];
  for (const segment of clean.split('/')) {
    const next: string[] = [];
    for (const base of matches) {
      if (!/[*?[]/.test(segment)) {
        const candidate = base === '' ? segment : `${base}/${segment}`;
        if (existsSync(join(repoRoot, candidate))) next.push(candidate);
        continue;
      }
      const dir = join(repoRoot, base);
      if (!existsSync(dir)) continue;
      const re = globToRegExp(segment);
      for (const entry of readdirSync(dir)) if (re.test(entry)) next.push(base === '' ? entry : `${base}/${entry}`);
    }
    matches = next;
  }
  return matches;
}

function dockerignorePatterns(): { pattern: RegExp; negated: boolean }[] {
  const file = join(repoRoot, '.dockerignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const body = (negated ? l.slice(1) : l).replace(/^\/+/, '').replace(/\/+$/, '');
      return { pattern: globToRegExp(body), negated };
    });
}

/** Whether .dockerignore keeps a path out of the build context (a path is out when it or a parent is). */
function isIgnored(path: string, patterns = dockerignorePatterns()): boolean {
  if (path === '.') return false;
  const segments = path.split('/');
  for (let n = 1; n <= segments.length; n++) {
    const prefix = segments.slice(0, n).join('/');
    let ignored = false;
    for (const { pattern, negated } of patterns) if (pattern.test(prefix)) ignored = !negated;
    if (ignored) return true;
  }
  return false;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Record<string, unknown>;
}

/** Every workspace project's package.json, from pnpm-workspace.yaml's `packages` globs (relative paths). */
function workspaceManifests(): string[] {
  const workspace = parseYaml(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { packages?: string[] };
  const manifests = new Set<string>();
  for (const glob of workspace.packages ?? []) {
    if (glob.startsWith('!')) continue;
    for (const dir of expandSource(glob)) {
      if (existsSync(join(repoRoot, dir, 'package.json'))) manifests.add(`${dir}/package.json`);
    }
  }
  return [...manifests].sort();
}

function packageDirByName(name: string): string | undefined {
  if (readJson('package.json').name === name) return '.';
  return workspaceManifests()
    .map((m) => dirname(m))
    .find((dir) => readJson(`${dir}/package.json`).name === name);
}

/** Where a COPY puts a source: `dest/` keeps the file name, `dest` is the new path (relative to WORKDIR). */
function copiedTo(source: string, destination: string): string {
  const dest = destination.replace(/^\.\/+/, '');
  const base = source.split('/').at(-1) ?? source;
  if (dest === '.' || dest === '') return base;
  return dest.endsWith('/') ? `${dest}${base}` : dest;
}

// ---------------------------------------------------------------------------------------------------------

describe('Dockerfile', () => {
  let stages: Stage[];
  let all: Instruction[];
  let runtime: Stage;
  let runtimeInstructions: Instruction[];

  beforeAll(() => {
    const parsed = parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
    stages = parsed.stages;
    all = parsed.instructions;
    const last = stages.at(-1);
    if (last === undefined) throw new Error('the Dockerfile has no FROM');
    runtime = last;
    runtimeInstructions = effectiveInstructions(runtime);
  });

  const runs = (list: Instruction[]): string[] => list.filter((i) => i.keyword === 'RUN').map((i) => splitFlags(i.args).rest);
  const last = (list: Instruction[], keyword: string): Instruction | undefined => list.filter((i) => i.keyword === keyword).at(-1);

  it('is multi-stage on node:20-bookworm-slim, with pnpm 10 installed through npm', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const external = stages.filter((s) => s.parent === undefined).map((s) => s.image);
    expect(external.length).toBeGreaterThan(0);
    for (const image of external) expect(image).toMatch(/^node:20(\.\d+)*-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
    expect(runs(all).some((r) => /\bnpm (i|install) (-g|--global) pnpm@10(\.|\s|$|&)/.test(r))).toBe(true);
  });

  it('names distinct stages and takes COPY --from only from an earlier stage', () => {
    const names = stages.map((s) => s.name).filter((n) => n !== undefined);
    expect(new Set(names).size).toBe(names.length);
    for (const stage of stages) {
      for (const copy of copiesOf(stage).filter((c) => c.from !== undefined)) {
        const from = stageByRef(stages, copy.from ?? '');
        expect(from, `line ${copy.instruction.line}: COPY --from=${copy.from}`).toBeDefined();
        expect(from?.index ?? Infinity).toBeLessThan(stage.index);
      }
    }
  });

  it('copies only paths that exist in the repository and are in the build context', () => {
    const patterns = dockerignorePatterns();
    const copies = stages.flatMap(copiesOf).filter((c) => c.from === undefined);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.sources.length, `line ${copy.instruction.line}: COPY needs a source and a destination`).toBeGreaterThan(0);
      for (const source of copy.sources) {
        expect(source, `line ${copy.instruction.line}: COPY from outside the context`).not.toMatch(/(^|\/)\.\.(\/|$)|^\//);
        const matches = expandSource(source);
        expect(matches, `line ${copy.instruction.line}: COPY ${source} matches nothing in the repository`).not.toEqual([]);
        for (const path of matches) {
          expect(isIgnored(path, patterns), `line ${copy.instruction.line}: ${path} is excluded by .dockerignore`).toBe(false);
        }
      }
    }
  });

  it('keeps dependencies, local state and the git history out of the build context', () => {
    const patterns = dockerignorePatterns();
    for (const path of ['node_modules', 'apps/api/node_modules', 'apps/web/dist', '.git', '.data', 'apps/api/.data', '.env']) {
      expect(isIgnored(path, patterns), `.dockerignore excludes ${path}`).toBe(true);
    }
  });

  describe('installs dependencies from the manifests before copying the sources (layer cache)', () => {
    const installStages = (): Stage[] => stages.filter((s) => runs(s.instructions).some((r) => /\bpnpm (install|i)\b/.test(r)));

    it('installs with --frozen-lockfile, every time', () => {
      const installs = runs(all).filter((r) => /\bpnpm (install|i)\b/.test(r));
      expect(installs.length).toBeGreaterThan(0);
      for (const install of installs) expect(install).toMatch(/--frozen-lockfile\b/);
    });

    it('copies the lockfile, the workspace file and every workspace package.json before installing', () => {
      const expected = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', ...workspaceManifests()];
      expect(expected).toEqual(expect.arrayContaining(['apps/api/package.json', 'apps/web/package.json', 'tests/package.json']));
      expect(installStages().length).toBeGreaterThan(0);
      for (const stage of installStages()) {
        const list = effectiveInstructions(stage);
        const installAt = list.findIndex((i) => i.keyword === 'RUN' && /\bpnpm (install|i)\b/.test(i.args));
        const before = lineage(stage)
          .flatMap(copiesOf)
          .filter((c) => c.from === undefined && list.indexOf(c.instruction) < installAt);
        const copied = new Set(
          before.flatMap((c) =>
            c.sources
              .flatMap(expandSource)
              .map((s) => copiedTo(s, c.sources.length > 1 ? `${c.destination.replace(/\/?$/, '/')}` : c.destination)),
          ),
        );
        for (const file of expected) {
          expect(copied.has(file), `stage ${stage.name ?? stage.index}: ${file} copied to its place before pnpm install`).toBe(true);
        }
        expect(
          before.some((c) => c.sources.some((s) => s === '.' || s === './')),
          `stage ${stage.name ?? stage.index}: the whole source tree is copied only after pnpm install`,
        ).toBe(false);
      }
    });
  });

  it('builds the web app with its real build script, and the runtime image gets apps/web/dist', () => {
    const buildStage = stages.find((s) => runs(s.instructions).some((r) => /\bpnpm\b.*--filter[= ]@planpuls\/web\b.*\bbuild\b/.test(r)));
    expect(buildStage, 'a RUN pnpm --filter @planpuls/web build').toBeDefined();
    const scripts = (readJson('apps/web/package.json').scripts ?? {}) as Record<string, string>;
    expect(scripts.build, 'apps/web/package.json has a build script').toBeDefined();

    const distCopy = lineage(runtime)
      .flatMap(copiesOf)
      .find((c) => c.from !== undefined && c.sources.some((s) => /apps\/web\/dist\/?$/.test(s)));
    expect(distCopy, 'the runtime stage copies apps/web/dist from the build').toBeDefined();
    const from = stageByRef(stages, distCopy?.from ?? '');
    expect(from && buildStage && lineage(from).includes(buildStage), 'apps/web/dist comes from the stage that built it').toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = last(runtimeInstructions, 'USER');
    expect(user, 'the runtime stage sets USER').toBeDefined();
    const name = (user?.args.trim().split(':')[0] ?? '').trim();
    expect(name).not.toMatch(/^(root|0)$/);
    expect(name).toBe('node');
  });

  it('exposes port 3000', () => {
    const exposed = runtimeInstructions.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => words(i.args).words);
    expect(exposed.map((p) => p.replace(/\/tcp$/, ''))).toContain('3000');
    const env = runtimeInstructions
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    const port = /\bPORT=(\S+)/.exec(env)?.[1];
    if (port !== undefined) expect(port).toBe('3000');
  });

  it('has a HEALTHCHECK that fetches /api/v1/health with node', () => {
    const healthcheck = last(runtimeInstructions, 'HEALTHCHECK');
    expect(healthcheck, 'HEALTHCHECK').toBeDefined();
    const { rest } = splitFlags(healthcheck?.args ?? '');
    expect(rest).not.toMatch(/^NONE\b/i);
    const cmd = /^CMD\s+(.*)$/is.exec(rest)?.[1] ?? '';
    const { words: argv } = words(cmd);
    expect(argv[0]).toBe('node');
    const script = argv.join(' ');
    expect(script).toContain('fetch(');
    expect(script).toContain('/api/v1/health');
    // Unhealthy must exit non-zero: both a bad status and a failed connection.
    expect(script).toMatch(/process\.exit\(/);
  });

  it('starts the API with a script apps/api/package.json really has, whose entry file exists', () => {
    const cmd = last(runtimeInstructions, 'CMD');
    expect(cmd, 'CMD').toBeDefined();
    const { exec, words: argv } = words(cmd?.args ?? '');
    expect(exec, 'CMD in exec form (JSON array), so signals reach the process').toBe(true);
    expect(argv[0]).toBe('pnpm');

    const filterAt = argv.findIndex((w) => w === '--filter' || w === '-F' || w.startsWith('--filter='));
    expect(filterAt).toBeGreaterThanOrEqual(0);
    const filter = argv[filterAt]?.startsWith('--filter=') ? argv[filterAt]?.slice('--filter='.length) : argv[filterAt + 1];
    expect(filter).toBe('@planpuls/api');
    const dir = packageDirByName(filter ?? '');
    expect(dir, `a workspace package named ${filter}`).toBe('apps/api');

    const after = argv.slice(filterAt + (argv[filterAt]?.startsWith('--filter=') ? 1 : 2)).filter((w) => !w.startsWith('-'));
    const script = after[0] === 'run' ? after[1] : after[0];
    const scripts = (readJson(`${dir}/package.json`).scripts ?? {}) as Record<string, string>;
    expect(script, 'CMD names a script').toBeDefined();
    expect(Object.keys(scripts), `apps/api/package.json scripts has "${script}"`).toContain(script);

    // The script runs a TypeScript/JavaScript entry file (e.g. `tsx src/server.ts`): it must exist.
    const entry = (scripts[script ?? ''] ?? '').split(/\s+/).find((w) => /\.(c|m)?(t|j)s$/.test(w));
    expect(entry, `the ${script} script names its entry file`).toBeDefined();
    expect(existsSync(join(repoRoot, dir ?? '', entry ?? '')), `${dir}/${entry} exists`).toBe(true);
  });

  it('takes the database from the environment, not from the image', () => {
    const env = runtimeInstructions
      .filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')
      .map((i) => i.args)
      .join(' ');
    expect(env).not.toMatch(/\bDATABASE_(APP_)?(URL|PASSWORD)\b/);
  });

  it('runs in production mode by default, with no secret, demo password or public docs baked into the image', () => {
    const env = runtimeInstructions
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(/\bPLANPULS_MODE=(\S+)/.exec(env)?.[1]).toBe('production');
    const everything = [...runtimeInstructions, ...stages.flatMap((stage) => stage.instructions)]
      .filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')
      .map((i) => i.args)
      .join(' ');
    expect(everything).not.toMatch(/\b(SESSION_SECRET|DEMO_PASSWORD|POSTGRES_PASSWORD|OIDC_CLIENT_SECRET|SMTP_URL)\b/);
    expect(everything).not.toMatch(/\bDOCS_PUBLIC=(true|1)\b/);
  });
});

describe('the Dockerfile parser', () => {
  it('joins continuations, drops comments and reads stages, flags and both CMD forms', () => {
    const { stages } = parseDockerfile(
      [
        '# syntax=docker/dockerfile:1',
        'ARG IMG=node:20-bookworm-slim',
        'FROM ${IMG} AS base',
        'RUN echo a \\',
        '  # a comment inside',
        '  && echo b',
        'FROM base AS next',
        'COPY --chown=node:node a.json b.json ./dir/',
        'CMD ["pnpm", "start"]',
        'HEALTHCHECK --interval=5s CMD node -e "x"',
      ].join('\n'),
    );
    expect(stages.map((s) => [s.name, s.image, s.parent?.name])).toEqual([
      ['base', 'node:20-bookworm-slim', undefined],
      ['next', 'base', 'base'],
    ]);
    expect(stages[0]?.instructions[0]?.args).toBe('echo a && echo b');
    const copy = copiesOf(stages[1] as Stage)[0];
    expect(copy?.sources).toEqual(['a.json', 'b.json']);
    expect(copy?.destination).toBe('./dir/');
    expect(words(stages[1]?.instructions[1]?.args ?? '')).toEqual({ exec: true, words: ['pnpm', 'start'] });
    expect(splitFlags(stages[1]?.instructions[2]?.args ?? '').flags.get('interval')).toBe('5s');
  });

  it('matches .dockerignore-style globs', () => {
    const patterns = [{ pattern: globToRegExp('**/node_modules'), negated: false }];
    expect(isIgnored('node_modules', patterns)).toBe(true);
    expect(isIgnored('apps/api/node_modules/x', patterns)).toBe(true);
    expect(isIgnored('apps/api/package.json', patterns)).toBe(false);
  });
});
