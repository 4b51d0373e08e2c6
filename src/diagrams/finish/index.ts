import type { DiagramDefinition } from '../diagram-kind.ts';
import { applyGrowth } from './growth.ts';
import { applyLooks } from './looks.ts';
import { parseSvg, serializeSvg } from './svg-dom.ts';
import { themeColours } from './theme-colours.ts';

/**
 * Turns a drawn SVG into the one the slide shows: Mermaid's colours as the palette's custom
 * properties (so it follows the theme), groups in their looks, and the steps of a diagram
 * that grows. Pure, at build time, after drawing: the drawing cache holds what was drawn.
 */
export function finishDrawing(diagram: DiagramDefinition, drawn: string): string {
  const needsWork = diagram.drawing.engine === 'mermaid' || diagram.growth !== undefined || diagram.looks !== undefined;
  if (!needsWork) return drawn;
  const document = parseSvg(drawn, diagram.id);
  if (diagram.drawing.engine === 'mermaid') themeColours(document);
  if (diagram.looks) applyLooks(document, diagram.id, diagram.looks);
  if (diagram.growth) applyGrowth(document, diagram.id, diagram.growth);
  return serializeSvg(document);
}
