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
  border: { between: ['Afghanistan', 'Pakistan'], label: 'Durand Line' },
  // Cities for orientation: the two capitals and the three cities the attacks cluster around or near.
  references: [
    { name: 'Kabul', at: { lon: 69.18, lat: 34.53 } },
    { name: 'Islamabad', at: { lon: 73.05, lat: 33.69 } },
    { name: 'Peshawar', at: { lon: 71.58, lat: 34.01 } },
    { name: 'Quetta', at: { lon: 67.0, lat: 30.18 } },
    { name: 'Karachi', at: { lon: 67.01, lat: 24.86 } },
  ],
  credit: 'natural-earth',
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
  extent: { west: 60.5, south: 4.0, east: 92.7, north: 38.5 },
  countries: [
    { name: 'Afghanistan', role: 'focus', label: ['Afghanistan', 'Afghan-\nistan'] },
    { name: 'Pakistan', role: 'focus' },
    { name: 'India', role: 'focus' },
    // No room for its name inside it at the slide's label size: a name out at sea would read as the sea's; its attack's label names Dhaka.
    { name: 'Bangladesh', role: 'focus', label: false },
    { name: 'Sri Lanka', role: 'focus', label: ['Sri Lanka', 'Sri\nLanka'] },
    ...NEIGHBOURS,
  ],
  marks: ['India', 'Bangladesh', 'Sri Lanka'],
  border: { between: ['Afghanistan', 'Pakistan'] },
  // The box is the previous map's extent, so "see the previous map" points at exactly what it showed.
  elsewhere: { extent: { west: 60.5, south: 23.6, east: 77.8, north: 38.5 }, countries: ['Afghanistan', 'Pakistan'] },
  credit: 'natural-earth',
};
