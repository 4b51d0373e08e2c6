/**
 * The SVG allow-list, written once for both checks that enforce it: DOMPurify in the build's
 * page when a drawing is made (inert-svg.ts, `SANITIZER_CONFIG`), and the Node walk when a
 * drawing is read back from the cache (`inertnessInNode`). The lists are DOMPurify 3's own
 * SVG and SVG-filter profiles (tags `svg` + `svgFilters`, attributes `svg` + `xml`), copied
 * so that both checks hold a drawing to the very same names; the deck's narrowing follows.
 */

/** Element names (lower case, as DOMPurify compares them) of DOMPurify's SVG and SVG-filter profiles. */
const PROFILE_TAGS = (
  'svg a altglyph altglyphdef altglyphitem animatecolor animatemotion animatetransform circle clippath defs ' +
  'desc ellipse filter font g glyph glyphref hkern image line lineargradient marker mask metadata mpath ' +
  'path pattern polygon polyline radialgradient rect stop style switch symbol text textpath title tref ' +
  'tspan view vkern feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix ' +
  'fediffuselighting fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb fefuncg fefuncr ' +
  'fegaussianblur feimage femerge femergenode femorphology feoffset fepointlight fespecularlighting ' +
  'fespotlight fetile feturbulence'
).split(' ');

/** Attribute names (lower case) of DOMPurify's SVG and XML attribute profiles. */
const PROFILE_ATTRIBUTES = (
  'accent-height accumulate additive alignment-baseline amplitude ascent attributename attributetype ' +
  'azimuth basefrequency baseline-shift begin bias by class clip clippathunits clip-path clip-rule color ' +
  'color-interpolation color-interpolation-filters color-profile color-rendering cx cy d dx dy ' +
  'diffuseconstant direction display divisor dominant-baseline dur edgemode elevation end exponent fill ' +
  'fill-opacity fill-rule filter filterunits flood-color flood-opacity font-family font-size ' +
  'font-size-adjust font-stretch font-style font-variant font-weight fx fy g1 g2 glyph-name glyphref ' +
  'gradientunits gradienttransform height href id image-rendering in in2 intercept k k1 k2 k3 k4 kerning ' +
  'keypoints keysplines keytimes lang lengthadjust letter-spacing kernelmatrix kernelunitlength ' +
  'lighting-color local marker-end marker-mid marker-start markerheight markerunits markerwidth ' +
  'maskcontentunits maskunits max mask mask-type media method mode min name numoctaves offset operator ' +
  'opacity order orient orientation origin overflow paint-order path pathlength patterncontentunits ' +
  'patterntransform patternunits pointer-events points preservealpha preserveaspectratio primitiveunits r ' +
  'rx ry radius refx refy repeatcount repeatdur restart result rotate scale seed shape-rendering slope ' +
  'specularconstant specularexponent spreadmethod startoffset stddeviation stitchtiles stop-color ' +
  'stop-opacity stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit ' +
  'stroke-opacity stroke stroke-width style surfacescale systemlanguage tabindex tablevalues targetx ' +
  'targety transform transform-origin text-anchor text-decoration text-orientation text-rendering ' +
  'textlength type u1 u2 unicode values vector-effect viewbox visibility version vert-adv-y vert-origin-x ' +
  'vert-origin-y width word-spacing wrap writing-mode xchannelselector ychannelselector x x1 x2 xmlns y y1 ' +
  'y2 z zoomandpan xlink:href xml:id xlink:title xml:space xmlns:xlink'
).split(' ');

/**
 * The deck's narrowing: no SMIL animation (`<animate values="javascript:…">`, `<set
 * attributeName="onclick">` rewrite attributes after load), no embedded HTML or image, no
 * script, no reference to another file.
 */
export const FORBIDDEN_TAGS = [
  'animate',
  'animatecolor',
  'animatemotion',
  'animatetransform',
  'discard',
  'feimage',
  'foreignobject',
  'iframe',
  'image',
  'mpath',
  'script',
  'set',
  'use',
] as const;

/** No link of any kind: an `<a>` may stay (Mermaid wraps clickable nodes in one), but with no address it goes nowhere. */
export const FORBIDDEN_ATTRIBUTES = ['xlink:href', 'href'] as const;

/** Element names a drawing may hold: the profiles less the deck's narrowing. */
export const ALLOWED_TAGS: readonly string[] = PROFILE_TAGS.filter(
  (tag) => !(FORBIDDEN_TAGS as readonly string[]).includes(tag),
);

/** Attribute names a drawing may hold; Mermaid marks its drawings role="graphics-document document". */
export const ALLOWED_ATTRIBUTES: readonly string[] = [...PROFILE_ATTRIBUTES, 'role'].filter(
  (name) => !(FORBIDDEN_ATTRIBUTES as readonly string[]).includes(name),
);
