import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Set by CI, where the article lies beside the project: its absence then fails the run instead of skipping. */
export const REQUIRE_ARTICLE_ENV = 'REQUIRE_SOURCE_ARTICLE';
/** Where the article is, when not at its usual place beside the project. */
export const ARTICLE_PATH_ENV = 'SOURCE_ARTICLE';

/** The usual place: `../shared/seed/source-article.txt`, beside the project's folder. */
const BESIDE_THE_PROJECT = resolve(import.meta.dirname, '../../../shared/seed/source-article.txt');

export interface SourceArticle {
  readonly path: string;
  /** Its text, or null when there is no file at `path`. */
  readonly text: string | null;
  /** Whether its absence must fail the run (CI) rather than skip the quotation test. */
  readonly required: boolean;
}

/**
 * The article the talk quotes. It is not in the repository (it is not ours to copy): it lies
 * beside the project in CI, or where $SOURCE_ARTICLE points; a clone has none.
 */
export function sourceArticle(env: NodeJS.ProcessEnv = process.env): SourceArticle {
  const path = env[ARTICLE_PATH_ENV] || BESIDE_THE_PROJECT;
  return {
    path,
    text: existsSync(path) ? readFileSync(path, 'utf8') : null,
    required: env[REQUIRE_ARTICLE_ENV] === '1',
  };
}

/** What the run prints when it skips the quotation check, so that a skip is never silent; null when it runs. */
export function skippedArticleNotice(article: SourceArticle): string | null {
  if (article.text !== null) return null;
  return [
    `Skipped: the talk's quotations were not checked against its source article: there is no file at ${article.path}.`,
    `  To check them, put the article there or set ${ARTICLE_PATH_ENV}=/path/to/source-article.txt;`,
    `  ${REQUIRE_ARTICLE_ENV}=1 (as CI sets) makes a missing article fail the run instead.`,
  ].join('\n');
}
