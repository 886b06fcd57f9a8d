import type * as Phaser from 'phaser';
import type { MaterialId } from '../../../shared/games/sensor-labor/materials.ts';

// Each part as a small drawing in code (no image files), centred on (0, 0) and about `s`
// wide, so an apprentice recognises the real thing on a phone: the steel bolt's hex head
// and thread, the glass lens one sees the belt through, the black O-ring, the porous foam.
// Shape and shading carry the difference, never colour alone (the part's name is always
// written beside it). Drawn once per part; moving a part only moves its Graphics.

type G = Phaser.GameObjects.Graphics;
type Pt = readonly [number, number];

/** Helpers in units of `s` (the part's width). */
function pen(g: G, s: number) {
  const poly = (pts: readonly Pt[], fill: number, alpha = 1) => {
    g.fillStyle(fill, alpha).beginPath();
    pts.forEach(([x, y], i) => (i === 0 ? g.moveTo(x * s, y * s) : g.lineTo(x * s, y * s)));
    g.closePath().fillPath();
  };
  const line = (x0: number, y0: number, x1: number, y1: number) => g.lineBetween(x0 * s, y0 * s, x1 * s, y1 * s);
  const rect = (x: number, y: number, w: number, h: number, fill: number, alpha = 1) => g.fillStyle(fill, alpha).fillRect(x * s, y * s, w * s, h * s);
  return { poly, line, rect };
}

/** A cube-ish block: front face, lighter top face (depth d), darker side. */
function block(g: G, s: number, x: number, y: number, w: number, h: number, d: number, front: number, top: number, side: number): void {
  const { poly, rect } = pen(g, s);
  rect(x, y, w, h, front);
  poly([[x, y], [x + d, y - d], [x + w + d, y - d], [x + w, y]], top);
  poly([[x + w, y], [x + w + d, y - d], [x + w + d, y + h - d], [x + w, y + h]], side);
}

const steelScrew = (g: G, s: number) => {
  const { poly, line, rect } = pen(g, s);
  // Shank with a metallic sheen (light band on top, dark below) and a chamfered tip.
  rect(-0.2, -0.1, 0.56, 0.2, 0x8e98a3);
  rect(-0.2, -0.1, 0.56, 0.06, 0xd3dae1);
  rect(-0.2, 0.05, 0.56, 0.05, 0x5f6870);
  poly([[0.36, -0.1], [0.44, -0.05], [0.44, 0.05], [0.36, 0.1]], 0x7a848e);
  g.lineStyle(Math.max(1, s * 0.018), 0x454c53);
  for (let x = -0.12; x < 0.36; x += 0.045) line(x, -0.1, x + 0.03, 0.1); // thread
  // Hex head seen from the side: three faces, the middle one facing us.
  rect(-0.42, -0.22, 0.2, 0.11, 0xa3adb7);
  rect(-0.42, -0.11, 0.2, 0.22, 0xd7dee5);
  rect(-0.42, 0.11, 0.2, 0.11, 0x737d87);
  rect(-0.22, -0.2, 0.03, 0.4, 0x5f6870); // washer face
  g.lineStyle(Math.max(1, s * 0.02), 0x3b4148).strokeRect(-0.42 * s, -0.22 * s, 0.2 * s, 0.44 * s);
  line(-0.42, -0.11, -0.22, -0.11);
  line(-0.42, 0.11, -0.22, 0.11);
};

const aluminiumHousing = (g: G, s: number) => {
  block(g, s, -0.42, -0.2, 0.78, 0.44, 0.07, 0xc7ced5, 0xe6ebef, 0x9ba5ae);
  g.lineStyle(1, 0xdfe5ea, 0.9); // brushed surface
  for (let y = -0.16; y < 0.22; y += 0.05) g.lineBetween(-0.4 * s, y * s, 0.34 * s, y * s);
  for (const [x, y] of [[-0.34, -0.12], [0.28, -0.12], [-0.34, 0.16], [0.28, 0.16]] as const) {
    g.fillStyle(0x6f7983).fillCircle(x * s, y * s, s * 0.035);
    g.lineStyle(1.5, 0xe6ebef).lineBetween((x - 0.02) * s, y * s, (x + 0.02) * s, y * s); // screw slot
  }
  g.fillStyle(0x2b3747).fillRoundedRect(-0.16 * s, -0.06 * s, 0.32 * s, 0.16 * s, s * 0.02); // label plate
  g.lineStyle(Math.max(1, s * 0.02), 0x7c8791).strokeRect(-0.42 * s, -0.2 * s, 0.78 * s, 0.44 * s);
};

const brassFitting = (g: G, s: number) => {
  const { line, rect } = pen(g, s);
  rect(-0.44, -0.1, 0.88, 0.2, 0xc9a227); // pipe ends
  rect(-0.44, -0.1, 0.88, 0.05, 0xf0d27a);
  rect(-0.44, 0.05, 0.88, 0.05, 0x8a6d12);
  g.lineStyle(Math.max(1, s * 0.016), 0x6e560c);
  for (const x0 of [-0.42, 0.2]) for (let x = x0; x < x0 + 0.2; x += 0.04) line(x, -0.1, x + 0.025, 0.1);
  rect(-0.16, -0.24, 0.32, 0.12, 0xb8911c); // hex body: three faces
  rect(-0.16, -0.12, 0.32, 0.24, 0xe8c65a);
  rect(-0.16, 0.12, 0.32, 0.12, 0x9a7a14);
  g.lineStyle(Math.max(1, s * 0.02), 0x6e560c).strokeRect(-0.16 * s, -0.24 * s, 0.32 * s, 0.48 * s);
};

const glassLens = (g: G, s: number) => {
  // Round lens face-on: see-through bluish glass, a bright rim, a curved reflection and a glint.
  g.fillStyle(0x9fd6ff, 0.36).fillCircle(0, 0, s * 0.38);
  g.fillStyle(0xe6f6ff, 0.18).fillCircle(-s * 0.05, -s * 0.05, s * 0.26);
  g.lineStyle(Math.max(2, s * 0.035), 0xcfeeff, 0.95).strokeCircle(0, 0, s * 0.38);
  g.lineStyle(1, 0x6fb6e8, 0.8).strokeCircle(0, 0, s * 0.33);
  g.lineStyle(Math.max(2, s * 0.04), 0xffffff, 0.85).beginPath();
  g.arc(0, 0, s * 0.27, Math.PI * 1.05, Math.PI * 1.45).strokePath();
  g.fillStyle(0xffffff, 0.95).fillCircle(s * 0.14, -s * 0.2, s * 0.035);
};

const mirrorOptic = (g: G, s: number) => {
  // A flat mirror tile: bevelled metal edge (light top left, dark bottom right), silvered face
  // with the bright diagonal streaks of a reflection.
  const { poly, rect } = pen(g, s);
  rect(-0.4, -0.28, 0.8, 0.56, 0x5d6b7a);
  poly([[-0.4, -0.28], [0.4, -0.28], [0.34, -0.22], [-0.34, -0.22], [-0.34, 0.22], [-0.4, 0.28]], 0xc4ceda);
  rect(-0.34, -0.22, 0.68, 0.44, 0xb9c8d8);
  poly([[-0.34, 0.02], [-0.1, -0.22], [0.04, -0.22], [-0.34, 0.16]], 0xffffff, 0.95);
  poly([[-0.12, 0.22], [0.24, -0.22], [0.31, -0.22], [-0.05, 0.22]], 0xffffff, 0.85);
  poly([[0.12, 0.22], [0.34, -0.05], [0.34, 0.03], [0.19, 0.22]], 0xeef4fb, 0.7);
  g.lineStyle(1, 0x2b3747).strokeRect(-0.4 * s, -0.28 * s, 0.8 * s, 0.56 * s);
};

const blackRubber = (g: G, s: number) => {
  // O-ring: a thick black ring; a soft grey sheen on its upper left shows it is round in section.
  g.lineStyle(s * 0.15, 0x151515).strokeCircle(0, 0, s * 0.3);
  g.lineStyle(s * 0.035, 0x4a4a4a, 0.9).beginPath();
  g.arc(0, 0, s * 0.33, Math.PI * 1.0, Math.PI * 1.55).strokePath();
  g.lineStyle(1.5, 0x000000).strokeCircle(0, 0, s * 0.375).strokeCircle(0, 0, s * 0.225);
};

const whitePlastic = (g: G, s: number) => {
  // A white moulded cap: rounded body, light top, grey shading below, snap lug and sprue mark.
  g.fillStyle(0xc9ccc4).fillRoundedRect(-0.36 * s, -0.18 * s, 0.72 * s, 0.4 * s, s * 0.12);
  g.fillStyle(0xf7f7f3).fillRoundedRect(-0.36 * s, -0.22 * s, 0.72 * s, 0.36 * s, s * 0.12);
  g.fillStyle(0xffffff).fillRoundedRect(-0.28 * s, -0.18 * s, 0.44 * s, 0.08 * s, s * 0.04);
  g.fillStyle(0xe4e5df).fillRect(0.36 * s, -0.06 * s, 0.07 * s, 0.12 * s);
  g.fillStyle(0xd2d4cc).fillCircle(0.18 * s, 0.04 * s, s * 0.03);
  g.lineStyle(Math.max(1, s * 0.015), 0x9ea296).strokeRoundedRect(-0.36 * s, -0.22 * s, 0.72 * s, 0.44 * s, s * 0.12);
};

const woodBlock = (g: G, s: number) => {
  block(g, s, -0.42, -0.16, 0.76, 0.4, 0.08, 0xd9b37a, 0xe9cc97, 0xb58b50);
  g.lineStyle(Math.max(1, s * 0.016), 0xa57a40); // grain
  for (const y0 of [-0.1, -0.01, 0.08, 0.17]) {
    g.beginPath().moveTo(-0.42 * s, y0 * s);
    for (let x = -0.32; x <= 0.34; x += 0.1) g.lineTo(x * s, (y0 + Math.sin(x * 9 + y0 * 20) * 0.015) * s);
    g.strokePath();
  }
  g.fillStyle(0x8a5d2a).fillEllipse(0.1 * s, 0.02 * s, s * 0.09, s * 0.05); // knot
  g.lineStyle(Math.max(1, s * 0.015), 0x7a5228).strokeRect(-0.42 * s, -0.16 * s, 0.76 * s, 0.4 * s);
};

const cardboardBox = (g: G, s: number) => {
  block(g, s, -0.4, -0.14, 0.72, 0.44, 0.1, 0xb5835a, 0xcd9f72, 0x8f6340);
  const { poly, rect } = pen(g, s);
  poly([[-0.08, -0.14], [0.02, -0.24], [0.1, -0.24], [0, -0.14]], 0xd9c3a5); // tape over the flaps
  rect(-0.08, -0.14, 0.08, 0.44, 0xd9c3a5);
  g.lineStyle(Math.max(1, s * 0.015), 0x7a5434).strokeRect(-0.4 * s, -0.14 * s, 0.72 * s, 0.44 * s);
  g.lineStyle(Math.max(1, s * 0.02), 0x3b2a1c); // "this side up" arrows
  for (const x of [0.1, 0.2]) {
    g.lineBetween(x * s, 0.18 * s, x * s, 0.04 * s);
    g.lineBetween((x - 0.03) * s, 0.08 * s, x * s, 0.04 * s).lineBetween((x + 0.03) * s, 0.08 * s, x * s, 0.04 * s);
  }
};

const waterVial = (g: G, s: number) => {
  g.fillStyle(0xcfeeff, 0.18).fillRoundedRect(-0.13 * s, -0.3 * s, 0.26 * s, 0.66 * s, s * 0.1);
  g.fillStyle(0x3d8fe6, 0.75).fillRoundedRect(-0.13 * s, -0.04 * s, 0.26 * s, 0.4 * s, { tl: 0, tr: 0, bl: s * 0.1, br: s * 0.1 });
  g.fillStyle(0x8cc8ff).fillEllipse(0, -0.04 * s, 0.26 * s, 0.05 * s); // meniscus
  g.fillStyle(0xffffff, 0.8).fillCircle(0.04 * s, 0.16 * s, s * 0.02).fillCircle(-0.03 * s, 0.26 * s, s * 0.015);
  g.lineStyle(Math.max(2, s * 0.025), 0xdff4ff, 0.95).strokeRoundedRect(-0.13 * s, -0.3 * s, 0.26 * s, 0.66 * s, s * 0.1);
  g.lineStyle(Math.max(1, s * 0.02), 0xffffff, 0.8).lineBetween(-0.08 * s, -0.22 * s, -0.08 * s, 0.26 * s);
  g.fillStyle(0xd64545).fillRoundedRect(-0.16 * s, -0.42 * s, 0.32 * s, 0.13 * s, s * 0.03); // cap
  g.lineStyle(1, 0x8c2323);
  for (let x = -0.12; x < 0.16; x += 0.05) g.lineBetween(x * s, -0.41 * s, x * s, -0.3 * s);
};

// Pores of the foam: fixed places (x, y, r) so every phone draws the same block.
const PORES: readonly (readonly [number, number, number])[] = [
  [-0.33, -0.12, 0.03], [-0.22, -0.02, 0.022], [-0.1, -0.1, 0.035], [0.02, 0.0, 0.025], [0.14, -0.12, 0.03],
  [0.26, -0.02, 0.022], [-0.3, 0.1, 0.025], [-0.16, 0.16, 0.03], [-0.02, 0.12, 0.02], [0.1, 0.18, 0.028],
  [0.22, 0.1, 0.033], [0.3, 0.2, 0.018], [-0.36, 0.22, 0.015], [0.06, -0.04, 0.014], [-0.26, -0.2, 0.015], [0.3, -0.16, 0.016],
];

const foamBlock = (g: G, s: number) => {
  // Porous yellow foam: soft corners, a lighter top and open pores all over the front.
  g.fillStyle(0xd9a72c).fillRoundedRect(-0.42 * s, -0.24 * s, 0.84 * s, 0.54 * s, s * 0.08);
  g.fillStyle(0xf6cf4a).fillRoundedRect(-0.42 * s, -0.28 * s, 0.84 * s, 0.5 * s, s * 0.08);
  g.fillStyle(0xfbe38c).fillRoundedRect(-0.38 * s, -0.28 * s, 0.76 * s, 0.07 * s, s * 0.03);
  for (const [x, y, r] of PORES) {
    g.fillStyle(0xb9861a).fillCircle(x * s, y * s, r * s);
    g.fillStyle(0xfbe38c).fillCircle((x + r * 0.3) * s, (y + r * 0.5) * s, r * 0.35 * s);
  }
};

const ferriteMagnet = (g: G, s: number) => {
  // A dark grey ferrite block, the north half marked red with an "N", and field lines above.
  block(g, s, -0.38, -0.08, 0.7, 0.32, 0.07, 0x34373c, 0x4a4e55, 0x202226);
  g.fillStyle(0xc63d3d).fillRect(-0.38 * s, -0.08 * s, 0.35 * s, 0.32 * s);
  g.lineStyle(Math.max(2, s * 0.03), 0xffffff);
  g.beginPath().moveTo(-0.26 * s, 0.16 * s).lineTo(-0.26 * s, 0).lineTo(-0.15 * s, 0.16 * s).lineTo(-0.15 * s, 0).strokePath();
  g.lineStyle(Math.max(1, s * 0.015), 0x7cc4ff, 0.8);
  for (const r of [0.22, 0.32]) {
    g.beginPath();
    g.arc(-0.03 * s, -0.08 * s, r * s, Math.PI * 1.08, Math.PI * 1.92).strokePath();
  }
};

export const PART_ART: Readonly<Record<MaterialId, (g: G, s: number) => void>> = {
  'steel-screw': steelScrew, 'aluminium-housing': aluminiumHousing, 'brass-fitting': brassFitting,
  'glass-lens': glassLens, 'mirror-optic': mirrorOptic, 'black-rubber': blackRubber,
  'white-plastic': whitePlastic, 'wood-block': woodBlock, 'cardboard-box': cardboardBox,
  'water-vial': waterVial, 'foam-block': foamBlock, 'ferrite-magnet': ferriteMagnet,
};

/** How far below its centre each drawing reaches, in part widths: a part stands on the belt at centre = belt top − this × size. */
export const PART_BOTTOM: Readonly<Record<MaterialId, number>> = {
  'steel-screw': 0.22, 'aluminium-housing': 0.24, 'brass-fitting': 0.24, 'glass-lens': 0.38, 'mirror-optic': 0.28,
  'black-rubber': 0.375, 'white-plastic': 0.22, 'wood-block': 0.24, 'cardboard-box': 0.3, 'water-vial': 0.36,
  'foam-block': 0.3, 'ferrite-magnet': 0.24,
};

/** Draws `material` into `g` (cleared first), centred on the graphics' origin, about `size` CSS px wide. */
export function drawPart(g: G, material: MaterialId, size: number): void {
  g.clear();
  PART_ART[material](g, size);
}
