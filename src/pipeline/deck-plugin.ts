import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import type { BuildBrowser } from '../browser/build-browser.ts';
import { CACHE_PATHS, stampedTalk, talkStampTag } from '../contract.ts';
import { escapeHtml } from '../deck/html.ts';
import { leftOutPages } from '../deck/left-out.ts';
import { deckMarkup } from '../deck/render-deck.ts';
import type { Talk } from '../model/types.ts';
import { READING_DIR } from '../reading/render-reading.ts';
import { wordsFor } from '../words/index.ts';
import { type BuiltDeck, buildDeck } from './build-deck.ts';
import { contentSecurityPolicy } from './csp.ts';
import { type EmittedScript, ownScriptHashes } from './emitted-scripts.ts';
import { loadTalkModule } from './node-bundle.ts';
import { writeTalkInputs } from './staleness.mjs';
import { OutputClashError } from './talk-folder.ts';

export interface DeckPluginOptions {
  /** The talk's module: `<folder>/index.ts`, exporting `talk` (see talk-folder.ts). */
  readonly talkModule: string;
  /** The talk itself, for tests that build talks of their own; when given, the module is not loaded. */
  readonly talk?: Talk;
  /** Where drawn diagrams are cached between builds. */
  readonly cacheDir: string;
  /** True for the one-file build, whose scripts and fonts are inline. */
  readonly singleFile: boolean;
  /**
   * The talk's identity (talk-folder.ts `id`), stamped in the page: the build refuses an
   * output folder that holds another talk's deck, and the PDF command checks the stamp.
   */
  readonly talkId?: string;
  /** Where to list the files the talk's module imports, for the staleness check (talk-folder.ts `inputsFile`). */
  readonly inputsFile?: string;
  /** The cut to build (`--cut`, `$DECK_CUT`); default the talk's default cut (see src/model/cuts.ts). */
  readonly cut?: string | null;
  /**
   * The build's one browser, to draw in (src/browser/build-browser.ts); whoever made it closes it. The dev
   * server, which builds the page at every reload, draws in a browser of its own each time.
   */
  readonly browser?: BuildBrowser;
}

/** What one build of the page made; the plugin's `api.builds` keeps them, for the benchmark and for tests. */
export interface DeckBuildReport {
  readonly slides: number;
  /** Diagrams drawn in Chromium this time. */
  readonly drawn: number;
  /** Diagrams taken from the cache. */
  readonly fromCache: number;
  /** Wall time from loading the talk to the finished markup. */
  readonly ms: number;
}

const SLIDES_PLUGIN = 'deck:slides';

/** The plugin's `api` (Vite's way for plugins and tools to talk): every build of the page so far. */
export interface DeckPluginApi {
  readonly builds: DeckBuildReport[];
  /**
   * The deck this build made: the talk loaded, checked, drawn and formatted once, which the
   * reading edition and the data package (src/pipeline/reading-plugin.ts) reuse rather than
   * doing it all again. Rejects when no page has been built yet.
   */
  built(): Promise<BuiltDeck>;
}

/** The deck plugin's `api` among a build's plugins, for the plugins that build on its work. */
export function deckPluginApi(plugins: readonly Plugin[], wanting: string): DeckPluginApi {
  const api = plugins.find((plugin) => plugin.name === SLIDES_PLUGIN)?.api as DeckPluginApi | undefined;
  if (!api) throw new Error(`${wanting} builds on ${SLIDES_PLUGIN}: put deckPlugin() before it in vite.config.ts.`);
  return api;
}

const SLIDES_MARK = '<!--deck:slides-->';
const FAVICON = /<link rel="icon" href="\.\/([\w.-]+\.svg)" type="image\/svg\+xml">/;

/** Fills index.html with the slides drawn from the talk's data, and sets the page's title, language and security policy. */
export function deckPlugin(options: DeckPluginOptions): Plugin[] {
  let publicDir = resolve('public');
  // Vite's logger, so the deck's lines follow --logLevel like Vite's own (silent in the benchmark, warn in `npm run pdf`).
  let logger: Pick<Logger, 'info'> = { info: (line) => console.info(line) };
  let server: ViteDevServer | null = null;
  let root = resolve('.');
  let outDir = resolve('dist');
  let latest: Promise<BuiltDeck> | null = null;
  const api: DeckPluginApi = {
    builds: [],
    built: () => latest ?? Promise.reject(new Error(`${SLIDES_PLUGIN} has built no page yet.`)),
  };
  const loadTalk = async (): Promise<{ talk: Talk; moduleHash?: string }> => {
    if (options.talk) return { talk: options.talk };
    const { talk, files, moduleHash } = await loadTalkModule(options.talkModule, resolve(root, CACHE_PATHS.talks));
    // In dev, an edit to any file of the talk reloads the page, which builds it again.
    server?.watcher.add(files);
    if (options.inputsFile) writeTalkInputs(options.inputsFile, root, files);
    return { talk, moduleHash };
  };
  const slidesPlugin: Plugin<DeckPluginApi> = {
    name: SLIDES_PLUGIN,
    api,
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
      logger = config.logger;
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      // Only a build writes the folder; the dev server serves from memory.
      if (server === null) refuseOtherTalksOutput(outDir, root, options.talkId);
    },
    configureServer(devServer) {
      server = devServer;
      const talkFolder = dirname(options.talkModule);
      devServer.watcher.on('change', (file) => {
        if (file.startsWith(talkFolder + sep)) devServer.ws.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(page) {
        if (!page.includes(SLIDES_MARK)) throw new Error(`index.html must contain ${SLIDES_MARK} where the slides go.`);
        const started = performance.now();
        const { talk, moduleHash } = await loadTalk();
        const pages = server === null ? options.browser : undefined;
        latest = buildDeck(
          talk,
          {
            cacheDir: options.cacheDir,
            log: (line) => logger.info(`[deck] ${line}`),
            ...(pages ? { pages } : {}),
            ...(moduleHash === undefined ? {} : { talkModuleHash: moduleHash }),
          },
          options.cut ?? undefined,
        );
        const deck = await latest;
        const report = {
          slides: deck.slides.length,
          drawn: deck.drawn,
          fromCache: deck.fromCache,
          ms: performance.now() - started,
        };
        api.builds.push(report);
        const cut = deck.presented.presenting;
        logger.info(
          `[deck] ${cut === undefined ? '' : `cut ${cut.id} (${cut.minutes} min): `}${report.slides} slides, ${report.drawn} diagram(s) drawn, ${report.fromCache} from cache, ${Math.round(report.ms)} ms`,
        );
        // The one-file deck must not point at a file beside it: the icon goes inline too.
        const withIcon = options.singleFile
          ? page.replace(
              FAVICON,
              (_tag, file: string) =>
                `<link rel="icon" href="${svgDataUri(readFileSync(join(publicDir, file), 'utf8'))}" type="image/svg+xml">`,
            )
          : page;
        // Replacer functions, never replacement strings: a title holding "$&" or "$'" must reach the page as typed.
        // The slides go in after Vite has read the page (see `post`): the mark stays until then.
        return withIcon
          .replace('<title></title>', () => `${talkStamp(options.talkId)}<title>${escapeHtml(talk.title)}</title>`)
          .replace('<html lang="en">', () => `<html lang="${escapeHtml(talk.lang)}">`)
          .replace(
            '<meta name="description" content="">',
            () => `<meta name="description" content="${escapeHtml(talk.subtitle)}">`,
          )
          .replace('<meta name="author" content="">', () => `<meta name="author" content="${escapeHtml(talk.author)}">`)
          .replace(
            '<div class="reveal">',
            () =>
              `<div class="reveal" ${speakerViewWords(talk)}${handoutWordAttributes(talk)}${rehearsalWordAttribute(talk)}${cutAttributes(talk, deck.presented)}>`,
          );
      },
    },
  };
  /**
   * The slides, put in after Vite has parsed the page for its scripts, styles and assets: they hold none it must
   * process (drawings are inline SVG, fonts come from the stylesheet), and parsing half a megabyte of slides
   * (twice over with a drawing per layout) was a good part of a warm build.
   */
  const slidesIntoPage: Plugin = {
    name: 'deck:slides-into-page',
    transformIndexHtml: {
      order: 'post',
      async handler(page) {
        if (!page.includes(SLIDES_MARK)) throw new Error(`Vite's page lost ${SLIDES_MARK}, where the slides go.`);
        const deck = await latest;
        if (!deck) throw new Error('deck:slides-into-page ran before the deck was built.');
        return page.replace(SLIDES_MARK, () => deckMarkup(deck.slides));
      },
    },
  };
  // The scripts this build emits, taken from the bundle before the one-file build inlines (and deletes) them.
  let emitted: EmittedScript[] = [];
  const policyPlugin: Plugin = {
    name: 'deck:content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'pre',
      handler(_output, bundle) {
        emitted = Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [{ fileName: file.fileName, code: file.code }] : [],
        );
      },
    },
    // On the written files, after every plugin: the one-file build inlines its script in a generateBundle hook
    // that may run after any of ours (same `enforce` and `order`, so config order decides), and the policy must
    // hash that script exactly as it ships, or the browser refuses to run it.
    writeBundle: {
      order: 'post',
      handler(output, bundle) {
        if (!output.dir) throw new Error('deck:content-security-policy needs an output directory.');
        for (const fileName of Object.keys(bundle)) {
          // The reading edition carries its own, stricter policy (src/pipeline/reading-plugin.ts).
          if (!fileName.endsWith('.html') || fileName.startsWith(`${READING_DIR}/`)) continue;
          const path = join(output.dir, fileName);
          writeFileSync(path, withPolicy(readFileSync(path, 'utf8'), options.singleFile, emitted, fileName));
        }
      },
    },
  };
  return [slidesPlugin, slidesIntoPage, policyPlugin];
}

/** The speaker view's words, for the browser code that labels its window (src/client/speaker-view.ts). */
/** The stamp naming the talk in the page's head, before its title; none for a talk given as data (tests). */
function talkStamp(talkId: string | undefined): string {
  return talkId === undefined ? '' : `${talkStampTag(talkId)}\n`;
}

/** A build must not empty a folder that holds another talk's deck (the one-file deck of the default talk, say). */
function refuseOtherTalksOutput(outDir: string, root: string, talkId: string | undefined): void {
  const index = join(outDir, 'index.html');
  if (talkId === undefined || !existsSync(index)) return;
  const stamped = stampedTalk(readFileSync(index, 'utf8'));
  if (stamped === null || stamped === talkId) return;
  throw new OutputClashError(
    `${relative(root, outDir)}/ holds the deck of ${stamped}/, and the talk in ${talkId}/ would build into it: two talks share this output. Rename or move one talk's folder (or delete ${relative(root, outDir)}/ if ${stamped}/ is gone).`,
  );
}

/**
 * For a cut: the slides it leaves out, each with the slide a link to it lands on, and the notice
 * shown there (src/client/deep-links.ts). Nothing for a talk without cuts.
 */
function cutAttributes(written: Talk, presented: Talk): string {
  const cut = presented.presenting;
  if (cut === undefined) return '';
  const landing = Object.fromEntries(leftOutPages(written, presented));
  const { leftOut } = wordsFor(presented.lang, presented.words);
  return ` data-cut="${escapeHtml(cut.id)}" data-cut-left-out="${escapeHtml(JSON.stringify(landing))}" data-cut-notice="${escapeHtml(leftOut(cut.minutes))}"`;
}

/** The speaker view's words, as `data-speaker-*` attributes: the view is built in the browser, which carries no word lists. */
function speakerViewWords(talk: Talk): string {
  const { speakerView } = wordsFor(talk.lang, talk.words);
  const { title, ...rest } = speakerView;
  return [['title', title(talk.title)] as const, ...Object.entries(rest)]
    .map(([name, value]) => `data-speaker-${kebab(name)}="${escapeHtml(value)}"`)
    .join(' ');
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The handout's captions in the talk's words, for its layout in the browser (which carries no word lists of its own). */
function handoutWordAttributes(talk: Talk): string {
  const { handout } = wordsFor(talk.lang, talk.words);
  return ` data-handout-notes="${escapeHtml(handout.notes)}" data-handout-sources="${escapeHtml(handout.sources)}" data-handout-slide-of="${escapeHtml(handout.slideOf)}"`;
}

/** The rehearsal table's words in the talk's language, as one JSON attribute for src/client/rehearsal.ts. */
function rehearsalWordAttribute(talk: Talk): string {
  const { rehearsal } = wordsFor(talk.lang, talk.words);
  return ` data-rehearsal-words="${escapeHtml(JSON.stringify(rehearsal))}"`;
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * Adds the Content-Security-Policy meta tag. Inline scripts are allowed by hash, and only those the build
 * emitted (`emitted`, inlined by the one-file build); any other inline script in the page fails the build.
 */
export function withPolicy(
  page: string,
  singleFile: boolean,
  emitted: readonly EmittedScript[],
  fileName = 'index.html',
): string {
  const policy = contentSecurityPolicy({
    scriptHashes: ownScriptHashes(page, emitted, fileName),
    inlineAssets: singleFile,
  });
  return page.replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
