// What an ordinary chair's circle downloads before its first paint: the element bundled from
// source as a vendor's bundler would (esbuild, code splitting; scripts/vendor-bundle.mjs), split
// into the initial load and the lazy chunks. Sync, the view's styles and the dialogs must be lazy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { loadGraph, projectRoot, vendorBundle } from '../../../scripts/vendor-bundle.mjs';

interface Meta {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

async function initialInputs(): Promise<{ initial: Set<string>; lazy: Set<string> }> {
  const { metafile } = (await vendorBundle({ circle: { file: `${projectRoot}/src/components/meeting-circle/index.ts` } })) as { metafile: Meta };
  const graph = loadGraph(metafile, 'circle.js') as { initial: string[]; lazy: string[] };
  const inputsOf = (outs: string[]) =>
    new Set(
      outs.flatMap((o) =>
        Object.entries(metafile.outputs[o]!.inputs)
          .filter(([, v]) => v.bytesInOutput > 0)
          .map(([input]) => relative(projectRoot, input.replace(/^.*?(?=\/?src\/)/, projectRoot + '/'))),
      ),
    );
  return { initial: inputsOf(graph.initial), lazy: inputsOf(graph.lazy) };
}

test('the clock messages, transports, view styles and dialogs are not in the initial load', async () => {
  const { initial, lazy } = await initialInputs();
  // The timer itself is there from the first frame.
  assert.ok(initial.has('src/components/meeting-circle/clock.ts'), [...initial].join('\n'));
  assert.ok(initial.has('src/components/meeting-circle/meeting-circle.ts'));
  for (const lazyFile of [
    'src/components/meeting-circle/sync/protocol.ts',
    'src/components/meeting-circle/sync/session.ts',
    'src/components/meeting-circle/view.styles.ts',
    'src/shared/controls.styles.ts',
    'src/shared/templates.ts',
  ]) {
    assert.ok(!initial.has(lazyFile), `${lazyFile} is in the initial load`);
    assert.ok(lazy.has(lazyFile), `${lazyFile} is not in a lazy chunk`);
  }
});
