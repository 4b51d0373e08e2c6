/** pdf-lib's one-file build (src/export/pdf-lib.ts) holds the same API as its package entry, whose types it takes. */
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
