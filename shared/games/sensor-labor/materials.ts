import type { Lang } from '../../protocol/errors.ts';

// The judge of Sensor-Labor: which sensor type detects which part, as a pure table.
// Sources (each cell below says which one it rests on):
// [IND] Inductive: EN/IEC 60947-5-2 rates the switching distance Sn on a 1 mm mild-steel
//       (Fe360) target; non-ferrous metals need a correction factor, typically aluminium
//       0.30-0.45, brass 0.35-0.50, copper 0.25-0.45 (Balluff, "Inductive Proximity Sensor
//       Targets - Material does matter", automation-insights.blog 2010; Carlo Gavazzi,
//       "How to select an inductive proximity sensor"). Non-conductors are not detected.
// [CAP] Capacitive: any material with a permittivity above air (er = 1) damps the field;
//       the higher er, the larger the range: water er ~ 80, glass ~ 5-7, plastics and
//       rubber ~ 2-4, dry wood ~ 2-7 rising strongly with moisture, foam barely above 1;
//       metals are detected at full range. (Hering/Schönfelder, "Sensoren in Wissenschaft
//       und Technik", chapter on capacitive sensors; Pepperl+Fuchs and ifm capacitive sensor
//       manuals, tables of correction factors by er.)
// [OPT] Diffuse optical (Lichttaster): the range is specified for 90 % white paper and
//       shrinks with the object's remission (18 % grey, 6 % black); transparent objects
//       reflect only a few percent; mirrors and smooth surfaces reflect specularly, so
//       light comes back only when they face the sensor (SICK and Balluff application
//       notes on photoelectric sensors; Hering/Schönfelder, optical sensors).
// [THR] Through-beam (Einweg-Lichtschranke): detects every object that blocks enough of
//       the beam; clear glass and clear liquids let most light pass, so detecting them
//       needs a reduced gain or a sensor for transparent objects (SICK, "Detecting
//       transparent objects"; Pepperl+Fuchs application notes). A lens refracts (bends) the
//       beam rather than blocking it, so it too is seen only with a finely set threshold.
// [US]  Ultrasonic: sees solids and liquids regardless of colour and transparency; smooth
//       flat targets must face the sensor (about +-3 degrees), small round targets give a
//       weak echo, sound-absorbing foam, felt and cotton are hard or impossible to detect;
//       no object can be seen inside the blind zone close to the sensor face (microsonic
//       and Pepperl+Fuchs ultrasonic sensor manuals). Open-cell foam × ultrasonic stays "no"
//       (content review 2026-12-06 B13 proposed "limited (distance)"): MaxBotix, "Understanding
//       Target Acoustics", says soft targets are detected at a limited distance in general,
//       but that "thick foam absorbs sound to the point where you may never hear an echo";
//       the industrial manuals above call foam hard or impossible to detect. For a sorter
//       the point is the same either way: foam is no target an ultrasonic sensor can be
//       relied on to see. Level 2's count-all task (sorting.ts) relies on this verdict:
//       ultrasonic mounted near sees the small screw but not the foam.
// [BGS] Diffuse sensors with background suppression (triangulation) switch on distance, not
//       on the amount of light: black (6 %) targets are seen at nearly the white range
//       (SICK W12/W16 datasheets: "almost identical switching distance on black and white").
// [NDFEB] Resistivity: sintered NdFeB about 1.4-1.6 µOhm·m, sintered hard ferrite about
//       10^4 Ohm·m and more (Arnold Magnetic Technologies and TDK magnet data sheets).
// [MAG] Magnetic switches (reed contact, Hall switch) react only to a magnetic field, e.g.
//       of a permanent magnet; plain steel has no field of its own (Hering/Schönfelder,
//       magnetic field sensors; Balluff and ifm cylinder-sensor manuals).

export const SENSORS = ['inductive', 'capacitive', 'diffuse', 'through-beam', 'ultrasonic', 'magnetic'] as const;
export type SensorId = (typeof SENSORS)[number];

export const MATERIALS = [
  'steel-screw', 'aluminium-housing', 'brass-fitting', 'glass-lens', 'mirror-optic', 'black-rubber',
  'white-plastic', 'wood-block', 'cardboard-box', 'water-vial', 'foam-block', 'ferrite-magnet',
] as const;
export type MaterialId = (typeof MATERIALS)[number];

export type Verdict = 'reliable' | 'limited' | 'no';

/**
 * What a "limited" cell depends on. Distance and sensitivity are set at the sensor (level 2
 * offers them); angle and moisture belong to the part, so a sorter cannot rely on them.
 */
export const CONDITIONS = ['distance', 'sensitivity', 'angle', 'moisture'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface Cell {
  verdict: Verdict;
  /** For "limited" only: the condition under which the sensor works. */
  condition?: Condition;
  /** One sentence: why (and for "limited": under which condition). */
  reason: Readonly<Record<Lang, string>>;
}

type Row = Readonly<Record<SensorId, Cell>>;

const c = (verdict: 'reliable' | 'no', de: string, en: string): Cell => ({ verdict, reason: { de, en } });
/** A limited cell always names its condition. */
const lim = (condition: Condition, de: string, en: string): Cell => ({ verdict: 'limited', condition, reason: { de, en } });

// Reasons shared by many cells.
const IND_NONMETAL = c('no', 'Ein induktiver Sensor erkennt nur elektrisch leitende Metalle.', 'An inductive sensor detects only electrically conductive metals.');
const MAG_NOFIELD = c('no', 'Ein Magnetschalter reagiert nur auf ein Magnetfeld, und dieses Teil hat keins.', 'A magnetic switch reacts only to a magnetic field, and this part has none.');
const THR_OPAQUE = c('reliable', 'Das undurchsichtige Teil unterbricht den Lichtstrahl sicher.', 'The opaque part reliably interrupts the light beam.');
const CAP_METAL = c('reliable', 'Metall erkennt ein kapazitiver Sensor mit voller Reichweite.', 'A capacitive sensor detects metal at full range.');

export const TABLE: Readonly<Record<MaterialId, Row>> = {
  'steel-screw': {
    // A screw is smaller than the standard target (side = sensing-face diameter or 3·Sn), so
    // its range is below Sn; near the face it is detected reliably (content review B15). [IND]
    inductive: c('reliable', 'Stahl ist das Bezugsmaterial des induktiven Sensors: nah an der Sensorfläche wird die Schraube sicher erkannt.', 'Steel is the inductive sensor\'s reference material: close to the sensing face the screw is detected reliably.'),
    capacitive: CAP_METAL, // [CAP]
    diffuse: c('reliable', 'Die matte Stahloberfläche wirft genug Licht zurück.', 'The matt steel surface reflects enough light back.'), // [OPT]
    'through-beam': THR_OPAQUE, // [THR]
    ultrasonic: lim('distance', 'Eine kleine, runde Schraube gibt nur ein schwaches Echo: nur auf kurzem Abstand, knapp außerhalb der Blindzone.', 'A small round screw gives only a weak echo: only at a short distance, just outside the blind zone.'), // [US]
    magnetic: c('no', 'Eine gewöhnliche Stahlschraube hat kein eigenes Magnetfeld; Reed- und Hallschalter brauchen einen Magneten.', 'A plain steel screw has no field of its own; reed and Hall switches need a magnet.'), // [MAG]
  },
  'aluminium-housing': {
    inductive: lim('distance', 'Aluminium wird nur mit etwa 0,3 bis 0,45 der Nennreichweite erkannt: nur nah am Band montiert.', 'Aluminium is detected at only about 0.3 to 0.45 of the rated range: only when mounted close to the belt.'), // [IND]
    capacitive: CAP_METAL,
    diffuse: c('reliable', 'Das matte Druckgussgehäuse wirft genug Licht zurück.', 'The matt die-cast housing reflects enough light back.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Das große, feste Gehäuse wirft den Schall gut zurück.', 'The large solid housing reflects sound well.'), // [US]
    magnetic: c('no', 'Aluminium ist nicht magnetisch und hat kein Magnetfeld.', 'Aluminium is not magnetic and has no field.'), // [MAG]
  },
  'brass-fitting': {
    inductive: lim('distance', 'Messing wird nur mit etwa 0,35 bis 0,5 der Nennreichweite erkannt: nur nah am Band montiert.', 'Brass is detected at only about 0.35 to 0.5 of the rated range: only when mounted close to the belt.'), // [IND]
    capacitive: CAP_METAL,
    diffuse: c('reliable', 'Die Messingoberfläche wirft genug Licht zurück, solange sie nicht spiegelnd poliert ist.', 'The brass surface reflects enough light as long as it is not mirror-polished.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Das feste Metallteil wirft den Schall gut zurück.', 'The solid metal part reflects sound well.'), // [US]
    magnetic: c('no', 'Messing ist nicht magnetisch und hat kein Magnetfeld.', 'Brass is not magnetic and has no field.'), // [MAG]
  },
  'glass-lens': {
    inductive: IND_NONMETAL,
    capacitive: c('reliable', 'Glas hat eine Dielektrizitätszahl von etwa 5 bis 7 und wird bei passend eingestellter Empfindlichkeit gut erkannt.', 'Glass has a permittivity of about 5 to 7 and is detected well with the sensitivity set to suit.'), // [CAP]
    diffuse: c('no', 'Klares Glas lässt fast alles Licht durch und wirft kaum etwas zum Taster zurück.', 'Clear glass lets almost all light through and returns hardly any to the sensor.'), // [OPT]
    // A lens refracts the beam instead of blocking it: the receiver loses only part of the light.
    'through-beam': lim('sensitivity', 'Die Linse lenkt den Strahl ab – je nach Linse und Lage kommt am Empfänger etwas weniger oder sogar mehr Licht an: nur mit einer Schaltschwelle knapp unter dem Empfangssignal (kleine Funktionsreserve) oder einem Sensor für transparente Objekte.', 'The lens bends the beam – depending on the lens and its position the receiver gets a little less or even more light: only with a threshold just below the received light (low excess gain) or a sensor for transparent objects.'), // [THR]
    // Small and curved like the screw, so a weak echo (content review B14; echo strength vs target area). [US]
    ultrasonic: lim('distance', 'Eine kleine, gewölbte Linse gibt nur ein schwaches Echo: nur auf kurzem Abstand.', 'A small curved lens gives only a weak echo: only at a short distance.'),
    magnetic: MAG_NOFIELD,
  },
  'mirror-optic': {
    // A dielectric mirror (thin-film stack of oxides) has no metal layer at all.
    inductive: c('no', 'Ein dielektrischer Spiegel besteht aus Glas und dünnen Oxidschichten, ganz ohne Metall: nichts bedämpft das Feld.', 'A dielectric mirror is glass with thin oxide layers and no metal at all: nothing damps the field.'), // [IND]
    capacitive: c('reliable', 'Der Glasträger (Dielektrizitätszahl etwa 5 bis 7) wird bei passend eingestellter Empfindlichkeit gut erkannt.', 'The glass body (permittivity about 5 to 7) is detected well with the sensitivity set to suit.'), // [CAP]
    diffuse: lim('angle', 'Ein Spiegel wirft das Licht gerichtet zurück: nur wenn er genau zum Taster zeigt, sonst geht das Licht daneben.', 'A mirror reflects light in one direction: only when it faces the sensor squarely, otherwise the light misses it.'), // [OPT]
    // A dielectric mirror reflects only in its design band (content review B12: a 1064-nm
    // mirror lets red light through); the part is named a mirror for red light. [THR]
    'through-beam': c('reliable', 'Der Spiegel wirft das rote Licht weg vom Empfänger: der Strahl ist sicher unterbrochen – solange die Lichtfarbe des Senders im Reflexionsbereich des Spiegels liegt.', 'The mirror reflects the red light away from the receiver: the beam is reliably interrupted – as long as the sender\'s colour lies in the mirror\'s reflection band.'),
    ultrasonic: lim('angle', 'Die glatte Fläche wirft den Schall gerichtet zurück: nur wenn sie auf wenige Grad genau zum Sensor zeigt.', 'The smooth surface reflects sound in one direction: only when it faces the sensor within a few degrees.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'black-rubber': {
    inductive: IND_NONMETAL,
    capacitive: c('reliable', 'Gummi (Dielektrizitätszahl etwa 2,5 bis 3) wird bei passend eingestellter Empfindlichkeit erkannt.', 'Rubber (permittivity about 2.5 to 3) is detected with the sensitivity set to suit.'), // [CAP]
    diffuse: lim('distance', 'Schwarzer Gummi wirft nur wenige Prozent des Lichts zurück: ein einfacher Lichttaster sieht ihn nur auf kurzem Abstand, einer mit Hintergrundausblendung fast auf voller Tastweite.', 'Black rubber returns only a few percent of the light: a plain diffuse sensor sees it only at a short distance, one with background suppression almost at full range.'), // [OPT] [BGS]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Die Farbe ist dem Ultraschall egal; fester Gummi wirft den Schall zurück.', 'Colour does not matter to ultrasound; solid rubber reflects sound.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'white-plastic': {
    inductive: IND_NONMETAL,
    capacitive: c('reliable', 'Kunststoff (Dielektrizitätszahl etwa 2 bis 4) wird bei passend eingestellter Empfindlichkeit erkannt.', 'Plastic (permittivity about 2 to 4) is detected with the sensitivity set to suit.'), // [CAP]
    diffuse: c('reliable', 'Weiße Oberflächen werfen viel Licht zurück: volle Tastweite.', 'White surfaces reflect much light: full range.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Die feste Kappe wirft den Schall zurück.', 'The solid cap reflects sound.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'wood-block': {
    inductive: IND_NONMETAL,
    capacitive: lim('moisture', 'Trockenes Holz hat eine kleine Dielektrizitätszahl, feuchtes eine viel größere: das Schaltverhalten hängt von der Holzfeuchte ab.', 'Dry wood has a low permittivity, moist wood a much higher one: switching depends on the moisture.'), // [CAP]
    diffuse: c('reliable', 'Das helle Holz wirft genug Licht zurück.', 'The light-coloured wood reflects enough light.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Der feste Holzklotz wirft den Schall gut zurück.', 'The solid wooden block reflects sound well.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'cardboard-box': {
    inductive: IND_NONMETAL,
    capacitive: lim('sensitivity', 'Dünner Karton ist meist Luft und hat eine kleine Dielektrizitätszahl: nur mit hoch eingestellter Empfindlichkeit.', 'Thin cardboard is mostly air with a low permittivity: only with the sensitivity set high.'), // [CAP]
    diffuse: c('reliable', 'Karton ist matt und wirft genug Licht zurück.', 'Cardboard is matt and reflects enough light.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Die Kartonfläche wirft den Schall gut zurück.', 'The cardboard surface reflects sound well.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'water-vial': {
    inductive: IND_NONMETAL,
    capacitive: c('reliable', 'Wasser hat eine Dielektrizitätszahl von etwa 80 und wird sehr gut erkannt.', 'Water has a permittivity of about 80 and is detected very well.'), // [CAP]
    diffuse: lim('distance', 'Das klare Fläschchen wirft wenig Licht zurück: nur auf kurzem Abstand oder mit einem Sensor für transparente Objekte.', 'The clear vial returns little light: only at a short distance or with a sensor for transparent objects.'), // [OPT]
    'through-beam': lim('sensitivity', 'Klares Glas und Wasser lassen viel Licht durch: nur mit fein eingestellter Schaltschwelle (kleine Funktionsreserve).', 'Clear glass and water let much light through: only with a finely set switching threshold (low excess gain).'), // [THR]
    ultrasonic: c('reliable', 'Glas und Flüssigkeit werfen den Schall zurück, egal ob durchsichtig.', 'Glass and liquid reflect sound, transparent or not.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'foam-block': {
    inductive: IND_NONMETAL,
    capacitive: c('no', 'Schaumstoff ist fast nur Luft (Dielektrizitätszahl kaum über 1) und verändert das Feld nicht genug.', 'Foam is almost all air (permittivity barely above 1) and does not change the field enough.'), // [CAP]
    diffuse: c('reliable', 'Weißer Schaumstoff wirft viel Licht zurück.', 'White foam reflects much light.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('no', 'Offenporiger Schaumstoff schluckt den Schall, es kommt kein sicheres Echo zurück.', 'Open-cell foam absorbs the sound; no reliable echo comes back.'), // [US]
    magnetic: MAG_NOFIELD,
  },
  'ferrite-magnet': {
    // NdFeB is a metal (resistivity about 1.5 µΩ·m), sintered ferrite a ceramic (about 10^4 Ω·m). [IND] [NDFEB]
    inductive: c('no', 'Ferrit ist eine Keramik, die kaum leitet und den induktiven Sensor nicht sicher bedämpft, ein metallischer Neodym-Magnet dagegen würde erkannt.', 'Ferrite is a ceramic that hardly conducts and does not reliably damp an inductive sensor, whereas a metallic neodymium magnet would be detected.'),
    capacitive: c('reliable', 'Der feste Ferritkörper hat eine hohe Dielektrizitätszahl und wird gut erkannt.', 'The solid ferrite body has a high permittivity and is detected well.'), // [CAP]
    diffuse: lim('distance', 'Dunkelgraues Ferrit wirft wenig Licht zurück: nur auf kurzem Abstand.', 'Dark grey ferrite returns little light: only at a short distance.'), // [OPT]
    'through-beam': THR_OPAQUE,
    ultrasonic: c('reliable', 'Der feste Magnet wirft den Schall gut zurück.', 'The solid magnet reflects sound well.'), // [US]
    magnetic: c('reliable', 'Das Feld des Dauermagneten schaltet Reed- und Hallschalter sicher.', 'The permanent magnet\'s field reliably switches reed and Hall switches.'), // [MAG]
  },
};

export function isSensorId(v: unknown): v is SensorId {
  return typeof v === 'string' && (SENSORS as readonly string[]).includes(v);
}

export function isMaterialId(v: unknown): v is MaterialId {
  return typeof v === 'string' && (MATERIALS as readonly string[]).includes(v);
}

export function cell(material: MaterialId, sensor: SensorId): Cell {
  return TABLE[material][sensor];
}

/** The sensors with a given verdict for a part, in SENSORS order. */
export function sensorsWith(material: MaterialId, verdict: Verdict): SensorId[] {
  return SENSORS.filter((s) => TABLE[material][s].verdict === verdict);
}
