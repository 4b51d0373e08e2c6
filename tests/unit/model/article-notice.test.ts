import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PATH_ENV,
  REQUIRE_ARTICLE_ENV,
  skippedArticleNotice,
  sourceArticle,
} from '../../support/source-article.ts';

const run = promisify(execFile);
const NOWHERE = join(import.meta.dirname, 'no-such-folder', 'source-article.txt');

describe('a run without the source article', () => {
  it('names the missing file and how to check the quotations after all', () => {
    const notice = skippedArticleNotice(sourceArticle({ [ARTICLE_PATH_ENV]: NOWHERE }));
    expect(notice).toContain(`there is no file at ${NOWHERE}`);
    expect(notice).toContain(`${ARTICLE_PATH_ENV}=`);
    expect(notice).toContain(`${REQUIRE_ARTICLE_ENV}=1`);
    expect(skippedArticleNotice(sourceArticle({ [ARTICLE_PATH_ENV]: import.meta.filename }))).toBeNull();
  });

  // The real runner, on the real test file, as a fresh clone runs it: the skip and its reason are in the output.
  it('prints why it skipped the quotation test, in the output of `vitest run`', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, [ARTICLE_PATH_ENV]: NOWHERE, NO_COLOR: '1', FORCE_COLOR: '0' };
    delete env[REQUIRE_ARTICLE_ENV];
    const { stdout, stderr } = await run(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/model/talk-content.test.ts'],
      { env, cwd: join(import.meta.dirname, '../../..') },
    );
    const output = `${stdout}\n${stderr}`;
    expect(output).toContain(`Skipped: the talk's quotations were not checked against its source article`);
    expect(output).toContain(NOWHERE);
    expect(output).toMatch(/1 skipped/);
  });
});
