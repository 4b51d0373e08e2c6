import { INTERFACE_COLOURS } from '../look/palette.ts';

/**
 * The one Mermaid configuration, used at build time and in tests. It is part of
 * the diagram cache key, so changing it redraws every diagram. Colours are the
 * palette's light values: the finishing step (src/diagrams/finish/) swaps each for
 * its custom property, so the drawings follow the dark look too.
 */
const colour = (name: keyof typeof INTERFACE_COLOURS): string => INTERFACE_COLOURS[name].light;
export const DIAGRAM_FONT_FAMILY = '"Source Sans 3", "Noto Sans", "Noto Naskh Arabic", sans-serif';

export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Strict: labels are text, never markup or script, whatever the data holds.
  securityLevel: 'strict',
  // SVG text instead of HTML in foreignObject, so labels survive PDF export as real, searchable text.
  htmlLabels: false,
  theme: 'base',
  // Plain shapes: no gradient borders or drop shadows, which would not follow the theme and print as bitmaps.
  look: 'classic',
  fontFamily: DIAGRAM_FONT_FAMILY,
  themeVariables: {
    fontFamily: DIAGRAM_FONT_FAMILY,
    fontSize: '20px',
    primaryColor: colour('panel'),
    primaryTextColor: colour('ink'),
    primaryBorderColor: colour('line'),
    lineColor: colour('line'),
    textColor: colour('ink'),
    edgeLabelBackground: colour('paper'),
    clusterBkg: colour('paper'),
    clusterBorder: colour('rule'),
    cScale0: '#f4f1ea',
    cScale1: '#e3ebf6',
    cScale2: '#fbe3d6',
    cScale3: '#e6f0e0',
    cScaleLabel0: '#1b1b1b',
    cScaleLabel1: '#1b1b1b',
    cScaleLabel2: '#1b1b1b',
    cScaleLabel3: '#1b1b1b',
  },
  flowchart: { curve: 'basis', padding: 12, nodeSpacing: 40, rankSpacing: 70, wrappingWidth: 220 },
  timeline: { disableMulticolor: false, padding: 6 },
} as const;
