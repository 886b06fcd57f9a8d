// Draws one record-book supplement (RecordBookDoc) as an A4 PDF with pdfkit. DejaVu Sans
// (npm package dejavu-fonts-ttf, Bitstream Vera licence) is embedded and subset by pdfkit, so
// Łukasz, Ömer and Дмитрий print on any viewer and the file stays small (tens of kB).
// CPU-bound: called in the PDF worker threads (pdf-pool.ts), never on the event loop.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PdfKitDocument from 'pdfkit';
import type { RecordBookDoc, RecordBookEntry } from '../../shared/record-book/model.ts';
import { berlinDay } from '../../shared/record-book/period.ts';
import { formatClock, formatDay, formatDuration, RECORD_BOOK_TEXTS, type RecordBookTexts } from '../../shared/record-book/texts.ts';

type Doc = InstanceType<typeof PdfKitDocument>;

/** The fonts: beside the bundle in a release (scripts/release/bundle-server.ts copies them to fonts/), else from the npm package. */
function fontDir(): string {
  const bundled = fileURLToPath(new URL('./fonts/', import.meta.url));
  if (existsSync(join(bundled, 'DejaVuSans.ttf'))) return bundled;
  return join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  const dir = fonts ? '' : fontDir();
  fonts ??= { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
  return fonts;
}

const MARGIN = 50;
const FOOTER = 28;
const GREY = '#555555';
const INK = '#000000';

/**
 * The PDF bytes of one supplement: A4 portrait, header (company, apprentice, period), one
 * block per day and game level (curriculum items with their source, rounds, time spent,
 * scores only when doc.showScores), signature lines for trainer and apprentice, page footer.
 */
export async function renderRecordBook(rb: RecordBookDoc): Promise<Buffer> {
  const t = RECORD_BOOK_TEXTS[rb.lang];
  const f = loadFonts();
  const doc = new PdfKitDocument({
    // Our font from the start: pdfkit's default (Helvetica, loaded from its package) is never needed.
    font: f.regular as unknown as string,
    size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER }, bufferPages: true,
    lang: rb.lang === 'de' ? 'de-DE' : 'en-GB', displayTitle: true,
    info: { Title: `${t.title}: ${rb.apprentice.name}`, Author: rb.company, Creator: 'Azubi Arcade', CreationDate: new Date(rb.createdAt) },
  });
  doc.registerFont('Sans', f.regular);
  doc.registerFont('Sans-Bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });

  const period = `${formatDay(rb.period.from, rb.lang)} – ${formatDay(rb.period.to, rb.lang)}`;
  header(doc, rb, t, period);
  if (rb.days.length === 0) para(doc, t.nothing, 10, INK, 8);
  for (const day of rb.days) {
    continues.delete(doc);
    need(doc, 60);
    const dayName = formatDay(day.day, rb.lang);
    doc.moveDown(0.6).font('Sans-Bold').fontSize(11.5).fillColor(INK).text(dayName, MARGIN);
    rule(doc);
    for (const e of day.entries) {
      continues.set(doc, `${dayName} (${t.continued})`);
      entry(doc, e, rb, t, dayName);
    }
  }
  continues.delete(doc);
  doc.moveDown(0.8);
  para(doc, t.total(t.rounds(rb.totalRounds), formatDuration(rb.totalMs, rb.lang)), 10, INK, 0, 'Sans-Bold');
  para(doc, t.practiced, 8, GREY, 2);
  signatures(doc, t);
  footers(doc, rb, t, period);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const width = (doc: Doc) => doc.page.width - 2 * MARGIN;

/**
 * What a new page continues (day, or day and entry), printed at its top with "(Fortsetzung)":
 * items on a page of their own would otherwise belong to no visible title.
 */
const continues = new WeakMap<Doc, string>();

/** Starts a new page unless `h` points still fit above the footer; the new page names what it continues. */
function need(doc: Doc, h: number): void {
  if (doc.y + h <= doc.page.height - doc.page.margins.bottom) return;
  doc.addPage();
  const heading = continues.get(doc);
  if (heading) {
    doc.font('Sans-Bold').fontSize(10.5).fillColor(INK).text(heading, MARGIN, doc.y, { width: width(doc) });
    rule(doc);
  }
}

function para(doc: Doc, text: string, size: number, color: string, gap: number, font = 'Sans', indent = 0): void {
  doc.font(font).fontSize(size);
  need(doc, doc.heightOfString(text, { width: width(doc) - indent }) + gap);
  if (gap) doc.y += gap;
  doc.fillColor(color).text(text, MARGIN + indent, doc.y, { width: width(doc) - indent });
}

function rule(doc: Doc): void {
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(doc.page.width - MARGIN, y).lineWidth(0.6).strokeColor('#999999').stroke();
  doc.y = y + 4;
}

function header(doc: Doc, rb: RecordBookDoc, t: RecordBookTexts, period: string): void {
  doc.font('Sans-Bold').fontSize(17).fillColor(INK).text(t.title, MARGIN, MARGIN);
  doc.font('Sans').fontSize(10).fillColor(GREY).text(t.subtitle);
  doc.moveDown(0.7);
  const rows: [string, string][] = [
    [t.company, rb.company],
    [t.apprentice, rb.apprentice.name],
    ...(rb.apprentice.trade ? [[t.trade, rb.apprentice.trade] as [string, string]] : []),
    [t.year, String(rb.apprentice.trainingYear)],
    [t.period, period],
    [t.created, `${formatDay(berlinDay(rb.createdAt), rb.lang)} ${formatClock(rb.createdAt, rb.lang)}`],
  ];
  const labelW = 130;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Sans').fontSize(10).fillColor(GREY).text(label, MARGIN, y, { width: labelW });
    doc.font(label === t.apprentice ? 'Sans-Bold' : 'Sans').fontSize(label === t.apprentice ? 12 : 10).fillColor(INK).text(value, MARGIN + labelW, y, { width: width(doc) - labelW });
    doc.y += 2;
  }
  para(doc, t.zoneNote, 8, GREY, 6);
}

function entry(doc: Doc, e: RecordBookEntry, rb: RecordBookDoc, t: RecordBookTexts, dayName: string): void {
  // A company's own task set is named by its title; the level of the built-in example set says nothing about it.
  const title = e.taskSet ? `${e.game} – ${t.taskSet} „${e.taskSet}“` : `${e.game} – ${t.level(e.level, e.levelName || '?')}`;
  const facts = [t.rounds(e.rounds), formatDuration(e.durationMs, rb.lang), `${t.from} ${formatClock(e.firstStart, rb.lang)}`];
  if (rb.showScores) facts.push(t.score(e.best, e.median));
  need(doc, 60);
  para(doc, title, 10.5, INK, 5, 'Sans-Bold');
  continues.set(doc, `${dayName} · ${title} (${t.continued})`);
  para(doc, facts.join(' · '), 9, INK, 1);
  if (e.items.length > 0) para(doc, `${t.items}:`, 8, GREY, 2);
  else if (e.taskSet) para(doc, t.setWithoutItems, 8, GREY, 2);
  for (const item of e.items) {
    // An item and its source stay on one page.
    doc.font('Sans').fontSize(9);
    need(doc, doc.heightOfString(`• ${item.text}`, { width: width(doc) - 10 }) + (item.original ? 24 : 12) + 2);
    para(doc, `• ${item.text}`, 9, INK, 1, 'Sans', 10);
    if (item.original) para(doc, `„${item.original}“`, 8, GREY, 0, 'Sans', 20);
    para(doc, item.source, 8, GREY, 0, 'Sans', 20);
  }
}

function signatures(doc: Doc, t: RecordBookTexts): void {
  need(doc, 90);
  const top = doc.y + 48;
  const colW = (width(doc) - 30) / 2;
  for (const [i, label] of [t.signTrainer, t.signApprentice].entries()) {
    const x = MARGIN + i * (colW + 30);
    doc.moveTo(x, top).lineTo(x + colW, top).lineWidth(0.8).strokeColor(INK).stroke();
    doc.font('Sans').fontSize(8.5).fillColor(GREY).text(label, x, top + 4, { width: colW });
  }
  doc.x = MARGIN;
}

function footers(doc: Doc, rb: RecordBookDoc, t: RecordBookTexts, period: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${rb.apprentice.name} · ${period} · ${t.page(i - range.start + 1, range.count)}`;
    doc.font('Sans').fontSize(8).fillColor(GREY).text(text, MARGIN, doc.page.height - MARGIN - 10, { width: width(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
