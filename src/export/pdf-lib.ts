import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib, from the one-file build its package ships. The package entry is some 300 modules, which Node
 * took about 0.3 s of CPU to load at every `npm run pdf`, on the machine Chromium was starting and
 * printing on; the one file, the same code minified, loads in a third of that.
 */
export async function loadPdfLib(): Promise<typeof PdfLib> {
  return import('pdf-lib/dist/pdf-lib.esm.min.js');
}
