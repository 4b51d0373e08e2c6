import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Imports that load a module at run time: `import … from`, `export … from`, bare `import '…'` and
 * `import('…')`. `import type` and `export type` are left out: with `verbatimModuleSyntax` the
 * compiler erases them, so they load nothing.
 */
const RUNTIME_IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\s+(?!type[\s{*])(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Graph {
  /** Each engine module reached (relative to the project), with the module that imported it first. */
  readonly modules: ReadonlyMap<string, string | null>;
  /** Each package reached, with the module that imported it first. */
  readonly packages: ReadonlyMap<string, string>;
}

/** Every module and package loaded by importing `entry`, walked statically. */
function importGraph(entry: string): Graph {
  const modules = new Map<string, string | null>();
  const packages = new Map<string, string>();
  const visit = (file: string, from: string | null): void => {
    const path = relative(ROOT, file);
    if (modules.has(path)) return;
    modules.set(path, from);
    for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier), path);
      else if (!packages.has(specifier)) packages.set(specifier, path);
    }
  };
  visit(resolve(ROOT, entry), null);
  return { modules, packages };
}

/** How `path` is reached from the entry: "a.ts → b.ts → path". */
function chain(graph: Graph, path: string): string {
  const steps = [path];
  for (let from = graph.modules.get(path); from; from = graph.modules.get(from)) steps.unshift(from);
  return steps.join(' → ');
}

/** Engine modules that draw or render: what checking a talk must not load. */
const DRAWING = [
  /^src\/diagrams\/(map|svg|finish)\//,
  /^src\/diagrams\/(mermaid-syntax|graph-parts|claim-marks|renderers|diagram-kind)\.ts$/,
  /^src\/deck\/(parts\/|html\.ts|context\.ts|render-deck\.ts|renderers\.ts|slide-renderer\.ts)/,
  /\/render\.ts$/,
  /^src\/(pipeline|browser|client|reading|export|citations\/bibliography)/,
];

/** What the graph of `entry` reaches that it must not: drawing modules, and any package that is not Node's own. */
function forbidden(entry: string): string[] {
  const graph = importGraph(entry);
  const builtin = (name: string): boolean => name.startsWith('node:') || builtinModules.includes(name);
  return [
    ...[...graph.modules.keys()]
      .filter((path) => DRAWING.some((pattern) => pattern.test(path)))
      .map((path) => `module ${chain(graph, path)}`),
    ...[...graph.packages]
      .filter(([name]) => !builtin(name))
      .map(([name, from]) => `package '${name}' from ${chain(graph, from)}`),
  ];
}

describe('checking a talk', () => {
  it('loads no drawing module and no package (src/rules/index.ts and what it imports)', () => {
    expect(forbidden('src/rules/index.ts')).toEqual([]);
  });

  it('loads every kind’s spec, and through them the whole schema', () => {
    const modules = [...importGraph('src/rules/index.ts').modules.keys()];
    expect(modules).toEqual(expect.arrayContaining(['src/deck/specs.ts', 'src/diagrams/specs.ts']));
    expect(modules.filter((path) => path.endsWith('/spec.ts'))).toHaveLength(15);
  });

  it('would be caught reaching a drawing module: the renderers reach Mermaid’s text, the SVG generators and the map', () => {
    const found = forbidden('src/deck/renderers.ts').join('\n');
    expect(found).toMatch(/module src\/deck\/renderers\.ts$/m);
    expect(found).toContain('src/diagrams/finish/');
    expect(forbidden('src/diagrams/renderers.ts').join('\n')).toContain('src/diagrams/svg/');
    expect(forbidden('src/pipeline/render-diagrams.ts').join('\n')).toMatch(/package 'd3-geo'|src\/diagrams\/map\//);
  });
});
