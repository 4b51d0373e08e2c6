import type { DiagramSpec } from '../src/schema.ts';

/**
 * The talk's two maps, drawn from Natural Earth data at build time. Country names are
 * Natural Earth's; boundaries are drawn as Natural Earth draws them (de facto lines),
 * which implies no view on them.
 */

/** The neighbours drawn as plain land, with shorter labels where the map is tight. */
const NEIGHBOURS = [
  { name: 'Iran', role: 'context' },
  { name: 'China', role: 'context' },
  { name: 'Nepal', role: 'context' },
  { name: 'Bhutan', role: 'context', label: false },
  { name: 'Myanmar', role: 'context' },
  { name: 'Turkmenistan', role: 'context', label: ['Turkmenistan', 'Turkm.'] },
  { name: 'Uzbekistan', role: 'context', label: ['Uzbekistan', 'Uzb.'] },
  { name: 'Tajikistan', role: 'context', label: ['Tajikistan', 'Taj.'] },
] as const;

/** Pakistan (with its provinces) and Afghanistan, and the attacks there. */
export const AFGHANISTAN_PAKISTAN_MAP: DiagramSpec = {
  kind: 'map',
  extent: { west: 60.5, south: 23.6, east: 77.8, north: 38.5 },
  countries: [
    { name: 'Afghanistan', role: 'focus' },
    { name: 'Pakistan', role: 'focus' },
    { name: 'India', role: 'context' },
    ...NEIGHBOURS,
  ],
  marks: ['Afghanistan', 'Pakistan'],
  // Around Peshawar, Quetta and Mastung the labels of these would overlap their neighbours'; the notes name them.
  leaveOff: ['peshawar-sikhs-2022', 'mastung-senate-deputy-2017', 'hazarganji-2019'],
  border: { between: ['Afghanistan', 'Pakistan'], label: 'Durand Line' },
  provincesOf: {
    country: 'Pakistan',
    // Natural Earth still draws the tribal areas apart; they joined Khyber Pakhtunkhwa in 2018.
    merge: [{ into: 'Khyber Pakhtunkhwa', from: ['Federally Administered Tribal Areas'] }],
    labels: {
      'Khyber Pakhtunkhwa': ['Khyber Pakhtunkhwa', 'Khyber\nPakhtunkhwa', 'KP'],
      'Islamabad Capital Territory': false,
      'Azad Kashmir': false,
      'Gilgit-Baltistan': ['Gilgit-Baltistan', 'Gilgit-\nBaltistan'],
    },
  },
};

/** The region from Afghanistan to Bangladesh and Sri Lanka: the attacks beyond the two countries. */
export const REGION_MAP: DiagramSpec = {
  kind: 'map',
  extent: { west: 60.5, south: 5.7, east: 92.7, north: 38.5 },
  countries: [
    { name: 'Afghanistan', role: 'focus', label: ['Afghanistan', 'Afghan-\nistan'] },
    { name: 'Pakistan', role: 'focus' },
    { name: 'India', role: 'focus' },
    { name: 'Bangladesh', role: 'focus', label: ['Bangladesh', 'Bangla-\ndesh'] },
    { name: 'Sri Lanka', role: 'focus', label: ['Sri Lanka', 'Sri\nLanka'] },
    ...NEIGHBOURS,
  ],
  marks: ['India', 'Bangladesh', 'Sri Lanka'],
  border: { between: ['Afghanistan', 'Pakistan'] },
  elsewhere: { extent: { west: 66.0, south: 25.4, east: 72.4, north: 35.3 }, countries: ['Afghanistan', 'Pakistan'] },
};
