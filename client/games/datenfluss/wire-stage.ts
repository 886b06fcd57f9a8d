import * as Phaser from 'phaser';
import { addText, bootStage, onLayout, type Stage, type StageView } from '../../kit/phaser-stage.ts';
import { motionMs } from '../../kit/motion.ts';

// The Phaser picture above the controls: the path a measured value takes (sensor → line →
// bus → switch → broker). The station of this level is drawn bold and underlined (shape,
// not colour alone); each new item sends one packet along the path — one slow movement per
// item, far below three flashes a second, and none with reduced motion.

// One station per level, not one real data path (content review B10): the UART frames of
// level 2 are what IO-Link sends between sensor and master, hence its name.
const STATIONS = ['Sensor', 'IO-Link', 'CAN', 'Switch', 'MQTT'] as const;
const PACKET_TRAVEL_MS = 700;
const BG = '#10243a';

/** What the scene shows on the packet for an item's cue. */
function packetLabel(cue: Record<string, unknown>): string {
  if (typeof cue.bits === 'string') return cue.bits;
  if (typeof cue.topic === 'string') return cue.topic.split('/').at(-1) ?? '';
  if (typeof cue.arrivals === 'string') return cue.arrivals.replaceAll(',', ' ') || '–';
  if (typeof cue.ids === 'string') return `${cue.ids.split('|').length} × ID`;
  return typeof cue.value === 'number' ? String(cue.value) : '•';
}

class WireScene extends Phaser.Scene {
  private stationX: number[] = [];
  private y = 0;
  private readonly drawn: Phaser.GameObjects.GameObject[] = [];
  private packet: Phaser.GameObjects.Container | null = null;

  constructor(private readonly level: number) {
    super('datenfluss-wire');
  }

  create(): void {
    onLayout(this, (view) => this.layout(view));
  }

  private layout(view: StageView): void {
    for (const o of this.drawn.splice(0)) o.destroy();
    const margin = 40; // room for the outer stations' names
    this.y = view.height * 0.42;
    const step = (view.width - 2 * margin) / (STATIONS.length - 1);
    this.stationX = STATIONS.map((_, i) => margin + i * step);
    const line = this.add.line(0, 0, margin, this.y, view.width - margin, this.y, 0x7cc4ff).setOrigin(0).setLineWidth(3);
    this.drawn.push(line);
    STATIONS.forEach((name, i) => {
      const mine = i + 1 === this.level;
      const box = this.add.rectangle(this.stationX[i], this.y, mine ? 22 : 14, mine ? 22 : 14, mine ? 0xffffff : 0x7cc4ff);
      if (mine) box.setStrokeStyle(3, 0xffd166);
      const label = addText(this, this.stationX[i] as number, this.y + 20, name, { fontSize: mine ? '16px' : '13px', fontStyle: mine ? 'bold' : 'normal' }).setOrigin(0.5, 0);
      this.drawn.push(box, label);
      if (mine) this.drawn.push(this.add.rectangle(this.stationX[i], this.y + 42, label.width, 2, 0xffffff));
    });
  }

  /** Sends one packet from the first station to this level's station. */
  sendPacket(text: string): void {
    this.packet?.destroy();
    const label = addText(this, 0, 0, text, { fontSize: '13px', fontFamily: 'ui-monospace, monospace', color: '#10243a' }).setOrigin(0.5);
    const body = this.add.rectangle(0, 0, label.width + 14, 22, 0xffd166).setStrokeStyle(2, 0xffffff);
    const fromX = this.stationX[0] ?? 0;
    const toX = this.stationX[this.level - 1] ?? fromX;
    this.packet = this.add.container(fromX, this.y - 24, [body, label]);
    const ms = motionMs(PACKET_TRAVEL_MS);
    if (ms === 0 || toX === fromX) this.packet.setX(toX);
    else this.tweens.add({ targets: this.packet, x: toX, duration: ms, ease: 'Sine.easeInOut' });
  }
}

export interface WireStage {
  showItem(cue: Record<string, unknown>): void;
  destroy(): void;
}

/** Boots the picture into `el` for a level (1–5). */
export async function mountWire(el: HTMLElement, level: number): Promise<WireStage> {
  const scene = new WireScene(level);
  const stage: Stage = await bootStage(el, { background: BG, scenes: [scene] });
  return {
    showItem: (cue) => scene.sendPacket(packetLabel(cue)),
    destroy: () => stage.destroy(),
  };
}
