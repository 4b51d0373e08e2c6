/** The part of citeproc-js's API the engine uses (the package ships no types). */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | false;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyParams {
    readonly entry_ids: ReadonlyArray<ReadonlyArray<string | number>>;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: readonly string[]): void;
    makeBibliography(): [BibliographyParams, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  namespace CSL {
    type Engine = InstanceType<typeof Engine>;
  }
  export default CSL;
}
