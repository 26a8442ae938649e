/**
 * Renders Mermaid blocks the way a reviewer's browser does: the `mermaid` package (the same major
 * version GitHub runs, 11) inside Debian's headless `chromium`, driven by playwright-core. Nothing
 * is fetched: the page is built with setContent and mermaid's bundle is inlined, and the flags below
 * keep Chromium from calling home. Each render returns the axis labels' boxes in the SVG's own
 * coordinates (getBBox mapped through each text's transform), so a test can check that no two
 * labels print over each other, and the SVG's viewBox, to check that none is cut off.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const MERMAID_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/mermaid/dist/mermaid.min.js');

/** True when Debian's chromium is missing; the reason has been printed. */
export function chromiumAbsent(what: string): boolean {
  const absent = !existsSync(CHROMIUM);
  if (absent) console.warn(`skipping ${what}: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);
  return absent;
}

/** The body of every ```mermaid fenced block in a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

export interface LabelBox {
  axis: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedChart {
  labels: LabelBox[];
  viewBox: { x: number; y: number; width: number; height: number };
}

export interface MermaidRenderer {
  render(code: string): Promise<RenderedChart>;
  /** Renders `code` alone on the page and saves a PNG of it. */
  screenshot(code: string, path: string): Promise<void>;
  close(): Promise<void>;
}

export const PAGE_WIDTH = 1000;

export async function openMermaidRenderer(): Promise<MermaidRenderer> {
  const profile = await mkdtemp(join(tmpdir(), 'mlops-chromium-'));
  let context: BrowserContext | undefined;
  try {
    // A persistent context is how playwright takes a --user-data-dir: a fresh one per run.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: PAGE_WIDTH, height: 800 },
    });
    const page: Page = context.pages()[0] ?? (await context.newPage());
    // Any request at all would be a mistake of this harness: fail it rather than reach the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="chart" style="width:${PAGE_WIDTH}px"></div></body></html>`);
    await page.addScriptTag({ content: await readFile(MERMAID_JS, 'utf8') });
    await page.evaluate(() => (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false }));
    let n = 0;
    const draw = (code: string): Promise<RenderedChart> =>
      page.evaluate(
        // Runs in the page: the DOM's types are not in this project's lib, so the few members used are typed here.
        async ({ code, id }) => {
          interface Box { x: number; y: number; width: number; height: number }
          interface Matrix { a: number; b: number; c: number; d: number; e: number; f: number }
          interface Text { getBBox(): Box; getCTM(): Matrix; textContent: string | null; closest(s: string): { getAttribute(n: string): string | null } | null }
          interface Root { querySelectorAll(s: string): Iterable<Text>; viewBox: { baseVal: Box } }
          const g = globalThis as unknown as {
            mermaid: { render(id: string, code: string): Promise<{ svg: string }> };
            document: { getElementById(id: string): { innerHTML: string; querySelector(s: string): Root } };
          };
          const { svg } = await g.mermaid.render(id, code);
          const host = g.document.getElementById('chart');
          host.innerHTML = svg;
          const root = host.querySelector('svg');
          const labels = [...root.querySelectorAll('g[class*="axis"] g.label text')].map((text) => {
            const b = text.getBBox();
            // getBBox is in the text's own coordinates; getCTM maps them to the SVG's (its viewBox).
            const m = text.getCTM();
            const xs: number[] = [];
            const ys: number[] = [];
            for (const [px, py] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]] as const) {
              xs.push(m.a * px + m.c * py + m.e);
              ys.push(m.b * px + m.d * py + m.f);
            }
            const axis = text.closest('g[class*="axis"]')?.getAttribute('class') ?? '';
            return { axis, text: text.textContent ?? '', x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
          });
          const vb = root.viewBox.baseVal;
          return { labels, viewBox: { x: vb.x, y: vb.y, width: vb.width, height: vb.height } };
        },
        { code, id: `chart${n++}` },
      );
    return {
      render: draw,
      async screenshot(code, path) {
        await draw(code);
        await page.locator('#chart svg').screenshot({ path });
      },
      async close() {
        await context?.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
}

/** Pairs of labels whose boxes overlap by more than `tolerance` px in both directions. */
export function overlappingLabels(labels: readonly LabelBox[], tolerance = 0.5): Array<[LabelBox, LabelBox]> {
  const out: Array<[LabelBox, LabelBox]> = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) out.push([a, b]);
    }
  }
  return out;
}
