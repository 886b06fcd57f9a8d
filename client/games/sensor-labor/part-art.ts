import type * as Phaser from 'phaser';
import type { MaterialId } from '../../../shared/games/sensor-labor/materials.ts';

// Each part as a small drawing, centred on (0, 0) and about `s` wide: enough to tell glass
// from a mirror or foam at a glance on a phone. Shapes and shading carry the difference,
// never colour alone (the part's name is always written beside it).

type G = Phaser.GameObjects.Graphics;

const steelScrew = (g: G, s: number) => {
  g.fillStyle(0x9aa4ae).fillRect(-s * 0.08, -s * 0.1, s * 0.16, s * 0.5);
  g.lineStyle(2, 0x6b747d);
  for (let y = -0.05; y < 0.4; y += 0.08) g.lineBetween(-s * 0.08, s * y, s * 0.08, s * (y + 0.04));
  g.fillStyle(0xb8c1ca).fillRect(-s * 0.22, -s * 0.3, s * 0.44, s * 0.2);
  g.lineStyle(2, 0x59616a).strokeRect(-s * 0.22, -s * 0.3, s * 0.44, s * 0.2);
};

const aluminiumHousing = (g: G, s: number) => {
  g.fillStyle(0xc9d1d8).fillRoundedRect(-s * 0.45, -s * 0.3, s * 0.9, s * 0.6, s * 0.06);
  g.lineStyle(2, 0x8d979f).strokeRoundedRect(-s * 0.45, -s * 0.3, s * 0.9, s * 0.6, s * 0.06);
  g.fillStyle(0x8d979f);
  for (const x of [-0.32, 0.32]) for (const y of [-0.18, 0.18]) g.fillCircle(s * x, s * y, s * 0.04);
};

const brassFitting = (g: G, s: number) => {
  g.fillStyle(0xc9a227).fillRect(-s * 0.35, -s * 0.14, s * 0.7, s * 0.28);
  g.fillStyle(0xe0bd4a).fillRect(-s * 0.16, -s * 0.26, s * 0.32, s * 0.52);
  g.lineStyle(2, 0x8a6d12).strokeRect(-s * 0.16, -s * 0.26, s * 0.32, s * 0.52);
};

const glassLens = (g: G, s: number) => {
  g.fillStyle(0xbfe6ff, 0.35).fillEllipse(0, 0, s * 0.28, s * 0.8);
  g.lineStyle(2, 0xdff4ff, 0.9).strokeEllipse(0, 0, s * 0.28, s * 0.8);
  g.lineStyle(2, 0xffffff, 0.8).lineBetween(-s * 0.04, -s * 0.25, -s * 0.04, -s * 0.05);
};

const mirrorOptic = (g: G, s: number) => {
  g.fillStyle(0x3a4a5c).fillCircle(0, 0, s * 0.38);
  g.fillStyle(0xe8f0ff).fillCircle(0, 0, s * 0.32);
  g.fillStyle(0xffffff).fillTriangle(-s * 0.22, -s * 0.1, -s * 0.05, -s * 0.27, s * 0.02, -s * 0.2);
  g.lineStyle(2, 0x8fa3b8).strokeCircle(0, 0, s * 0.38);
};

const blackRubber = (g: G, s: number) => {
  g.lineStyle(s * 0.16, 0x111111).strokeCircle(0, 0, s * 0.3);
  g.lineStyle(1.5, 0x444444).strokeCircle(0, 0, s * 0.38).strokeCircle(0, 0, s * 0.22);
};

const whitePlastic = (g: G, s: number) => {
  g.fillStyle(0xf4f4f0).fillRoundedRect(-s * 0.32, -s * 0.22, s * 0.64, s * 0.44, s * 0.14);
  g.lineStyle(2, 0xb9bdb5).strokeRoundedRect(-s * 0.32, -s * 0.22, s * 0.64, s * 0.44, s * 0.14);
};

const woodBlock = (g: G, s: number) => {
  g.fillStyle(0xe3c48f).fillRect(-s * 0.42, -s * 0.26, s * 0.84, s * 0.52);
  g.lineStyle(2, 0xb08b52);
  for (const y of [-0.14, 0, 0.13]) g.lineBetween(-s * 0.4, s * y, s * 0.4, s * (y + 0.03));
  g.strokeRect(-s * 0.42, -s * 0.26, s * 0.84, s * 0.52);
};

const cardboardBox = (g: G, s: number) => {
  g.fillStyle(0xb5835a).fillRect(-s * 0.42, -s * 0.32, s * 0.84, s * 0.64);
  g.fillStyle(0xd9c3a5).fillRect(-s * 0.08, -s * 0.32, s * 0.16, s * 0.64);
  g.lineStyle(2, 0x7a5434).strokeRect(-s * 0.42, -s * 0.32, s * 0.84, s * 0.64);
};

const waterVial = (g: G, s: number) => {
  g.fillStyle(0x4aa3ff, 0.55).fillRect(-s * 0.14, -s * 0.08, s * 0.28, s * 0.42);
  g.lineStyle(2, 0xdff4ff, 0.9).strokeRoundedRect(-s * 0.14, -s * 0.34, s * 0.28, s * 0.68, s * 0.06);
  g.fillStyle(0x607080).fillRect(-s * 0.16, -s * 0.42, s * 0.32, s * 0.1);
};

const foamBlock = (g: G, s: number) => {
  g.fillStyle(0xfafafa).fillRoundedRect(-s * 0.42, -s * 0.3, s * 0.84, s * 0.6, s * 0.1);
  g.fillStyle(0xd0d4d8);
  const holes = [[-0.28, -0.15], [-0.05, -0.18], [0.22, -0.12], [-0.2, 0.08], [0.05, 0.05], [0.28, 0.15], [-0.32, 0.2], [0.1, 0.2]];
  for (const [x, y] of holes) g.fillCircle(s * (x as number), s * (y as number), s * 0.04);
};

const ferriteMagnet = (g: G, s: number) => {
  g.fillStyle(0x4b4f55).fillRect(-s * 0.4, -s * 0.18, s * 0.4, s * 0.36);
  g.fillStyle(0x2e3136).fillRect(0, -s * 0.18, s * 0.4, s * 0.36);
  g.lineStyle(2, 0x9aa0a8).strokeRect(-s * 0.4, -s * 0.18, s * 0.8, s * 0.36);
};

const ART: Record<MaterialId, (g: G, s: number) => void> = {
  'steel-screw': steelScrew, 'aluminium-housing': aluminiumHousing, 'brass-fitting': brassFitting,
  'glass-lens': glassLens, 'mirror-optic': mirrorOptic, 'black-rubber': blackRubber,
  'white-plastic': whitePlastic, 'wood-block': woodBlock, 'cardboard-box': cardboardBox,
  'water-vial': waterVial, 'foam-block': foamBlock, 'ferrite-magnet': ferriteMagnet,
};

/** Draws `material` into `g` (cleared first), centred on the graphics' origin, about `size` CSS px wide. */
export function drawPart(g: G, material: MaterialId, size: number): void {
  g.clear();
  ART[material](g, size);
}
