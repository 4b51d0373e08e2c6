import type { Citation } from '../src/schema.ts';
import { ARTICLE } from './sources.ts';

/** A short verbatim excerpt of the article. */
export const article = (excerpt: string): Citation => ({ source: ARTICLE, excerpt, verbatim: true });

/** What another source reports, in the talk's words. */
export const reported = (source: string, excerpt: string): Citation => ({ source, excerpt, verbatim: false });

/*
 * The citations the talk leans on in several places (a claim on its year slide, in a
 * caption and in the notes), each written once so its words cannot drift apart.
 */

export const AUTHORS_OWN_VIEWS = article(
  'Views expressed in the above piece are personal and solely that of the author.',
);

export const PAKISTAN_PROVINCE_ANNOUNCED = reported(
  'voa-2019-05-pakistan-province',
  'On 15 May 2019 the Islamic State announced a “Pakistan Province” in claims published through Amaq.',
);

export const ISKP_CLAIMS_IN_INDIA = article(
  'in 2022, the ISKP claimed two attacks in India; they were bomb blasts in Coimbatore and Mangaluru',
);

export const ARTICLE_TOLL_2023 = article('around 1,000 people were killed—500 civilians plus 500 officials');

export const KHORASAN_PROVINCE_ANNOUNCED = reported(
  'jamestown-tm-13-7',
  'On 26 January 2015 the Islamic State’s spokesman al-Adnani announced the Khorasan Province.',
);

export const ISKP_FORMED = article(
  'The ISKP was formed between 2014 and 2015. The members were drawn from two main groups—the Afghan Taliban and the TTP.',
);

export const ISKP_PEAK = article('Its peak was in 2016. Back then the ISKP had some 3,000 fighters.');

export const DHAKA_CLAIM = reported(
  'hindustan-times-2016-07-dhaka-claim',
  'The Islamic State claimed the attack: Amaq reported that “Islamic State commandos” attacked the restaurant.',
);

export const SRI_LANKA_CLAIM = reported(
  'sri-lanka-mirror-2019-04-claim',
  'The Islamic State claimed responsibility: Amaq said the perpetrators were “Islamic State fighters”.',
);

export const BORDER_ATTACKS_93 = article('Since 2022, terror attacks have increased 93 percent in border regions.');

export const BAJAUR_CLAIM = reported(
  'dawn-2023-08-bajaur-claim',
  'The Islamic State-Khorasan (IS-K) group claimed responsibility for the suicide bombing at a JUI-F political gathering.',
);
