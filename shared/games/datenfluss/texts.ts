import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';

// Sources of the facts in the debriefs:
// [BIT]   8 bits give 2^8 = 256 values (0..255): IEC 80000-13:2008, item 13-9 (bit) and 13-10 (byte).
// [UART]  Asynchronous serial frame: start bit (logic 0), data bits least significant bit
//         first, optional parity, stop bit (logic 1): Texas Instruments PC16550D UART
//         datasheet (SNLS378), "Serial data format"; Maxim/Analog Devices tutorial 2141.
// [PAR]   A parity bit detects every odd number of flipped bits and misses every even number
//         (code distance 2): Tanenbaum/Wetherall, Computer Networks, 5th ed., §3.2.2.
// [CRC]   Ethernet frame check sequence CRC-32: IEEE 802.3-2018, clause 3.2.9; classic CAN
//         CRC-15 (polynomial 0x4599): Bosch CAN Specification 2.0 (1991), Part A §3.1.1.
// [CAN]   No node addresses, the identifier names the message and is its priority; bitwise
//         arbitration with dominant 0, the lowest identifier wins without loss; up to
//         1 Mbit/s on short buses (about 40 m): Bosch CAN 2.0, §3.1.1 and §6; ISO 11898-1:2015.
// [IOL]   IO-Link COM1 = 4.8 kBaud, COM2 = 38.4 kBaud, COM3 = 230.4 kBaud: IO-Link Interface
//         and System Specification V1.1.3 (2019), §5.2.2; IEC 61131-9.
// [PN]    PROFINET RT update times typically 1 ms and more (IRT down to 31.25 µs): PROFIBUS &
//         PROFINET International, "PROFINET System Description" (2014), chapter 3.
// [MQTT]  QoS 0 at most once, 1 at least once, 2 exactly once: MQTT 3.1.1 (OASIS 2014) §4.3;
//         topic filters with "+" and "#": §4.7.
// [LAT]   Latency = serialisation + propagation + queueing + processing; 1,500 bytes =
//         12,000 bits take 120 µs at 100 Mbit/s: Kurose/Ross, Computer Networking, 8th ed., §1.4.
export const DATENFLUSS_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Datenfluss',
    summary: 'Wie ein Messwert zu Bits wird, im Telegramm reist, geprüft wird und sich die Leitung mit anderen teilt.',
    howTo: 'Jede Aufgabe erscheint bei allen gleichzeitig und hat ihr eigenes Zeitfenster. Tippe deine Antwort (Tasten: 0/1, A/R, Pfeile). Richtig zählt vor schnell, Raten lohnt sich nicht.',
    debrief: [
      'Ein Messwert wird zu Bits (8 Bit = 256 Werte), reist in Telegrammen und wird geprüft: ein Paritätsbit erkennt jede ungerade Zahl gekippter Bits, aber keine gerade – darum rechnen Ethernet und CAN eine CRC.',
      'Auf einer geteilten Leitung entscheidet die Priorität: bei CAN gewinnt der kleinste Identifier, im Switch gehen Alarme vor Messwerten und Aufträgen.',
      'Latenz ist Serialisierung + Ausbreitung + Warteschlange + Verarbeitung: ein 1500-Byte-Rahmen braucht bei 100 Mbit/s allein 120 µs, um auf die Leitung zu kommen.',
    ],
    levels: { 1: 'Bits & Bytes', 2: 'Telegramm prüfen', 3: 'Wer darf senden?', 4: 'Vorfahrt im Netz', 5: 'Publish/Subscribe' },
  },
  en: {
    title: 'Data Flow',
    summary: 'How a measured value becomes bits, travels in a frame, gets checked and shares the line with others.',
    howTo: 'Every task appears for everyone at the same moment and has its own time window. Tap your answer (keys: 0/1, A/R, arrows). Correct counts before fast, guessing does not pay.',
    debrief: [
      'A measured value becomes bits (8 bits = 256 values), travels in frames and gets checked: a parity bit detects every odd number of flipped bits but no even number – that is why Ethernet and CAN compute a CRC.',
      'On a shared line, priority decides: on CAN the lowest identifier wins, in a switch alarms go before measurements and orders.',
      'Latency is serialisation + propagation + queueing + processing: a 1,500-byte frame alone takes 120 µs to get onto a 100 Mbit/s line.',
    ],
    levels: { 1: 'Bits & Bytes', 2: 'Check the frame', 3: 'Who may send?', 4: 'Right of way', 5: 'Publish/Subscribe' },
  },
};

/** The debrief of each level, two or three sentences per language (facts as sourced above). */
export const LEVEL_DEBRIEFS: Readonly<Record<Lang, Readonly<Record<number, readonly string[]>>>> = {
  de: {
    1: [
      '8 Bit ergeben 2⁸ = 256 Werte, von 0 bis 255; das höchstwertige Bit steht links und zählt 128, das rechte 1.',
      'Über 0–100 °C ist ein Schritt 100 K / 255 ≈ 0,39 K fein – feiner misst der Sensor mit 8 Bit nicht. Und 255 + 1 ergibt in 8 Bit wieder 0 (Überlauf).',
      'Hexadezimal fasst je 4 Bit zu einer Ziffer 0–F zusammen: 1011 0111 = B7.',
    ],
    2: [
      'Ein UART-Telegramm: Startbit 0, acht Datenbits mit dem niederwertigsten zuerst, Paritätsbit, Stoppbit 1.',
      'Gerade Parität erkennt jede ungerade Zahl gekippter Bits und übersieht jede gerade: Telegramme mit zwei Fehlern kamen durch.',
      'Darum sichert Ethernet jeden Rahmen mit einer CRC-32 und klassisches CAN mit einer CRC-15; IO-Link überträgt mit 4,8, 38,4 oder 230,4 kBaud (COM1/2/3).',
    ],
    3: [
      'CAN kennt keine Geräteadressen: Der 11-Bit-Identifier benennt die Nachricht und ist zugleich ihre Priorität.',
      'Alle senden ihren Identifier Bit für Bit; eine 0 ist dominant und überschreibt eine 1 – wer 1 sendet und 0 hört, hört auf. Der kleinste Identifier gewinnt, ohne dass sein Rahmen zerstört wird.',
      'Darum bekommen Not-Halt-Meldungen die kleinsten Identifier; auf kurzen Bussen schafft CAN bis 1 Mbit/s.',
    ],
    4: [
      'Ein Switch-Port sendet immer nur ein Paket nach dem anderen; was wartet, steht in einer Warteschlange und wird dabei älter.',
      'Alarme haben eine Frist und gehen vor, zyklische Messwerte dürfen durch neuere ersetzt werden, Aufträge haben Zeit, dürfen aber nicht verloren gehen – PROFINET RT arbeitet typisch mit Zyklen ab 1 ms.',
      'Latenz ist Serialisierung + Ausbreitung + Warteschlange + Verarbeitung: ein 1500-Byte-Rahmen braucht bei 100 Mbit/s 120 µs, nur um gesendet zu werden.',
    ],
    5: [
      'Bei MQTT schickt ein Sender an ein Topic, nicht an Empfänger; der Broker stellt die Nachricht jedem zu, dessen Filter passt.',
      '„+“ steht für genau eine Ebene, „#“ für den Rest und nur an letzter Stelle (MQTT 3.1.1 §4.7); Groß- und Kleinschreibung zählen.',
      'QoS 0 liefert höchstens einmal, QoS 1 mindestens einmal, QoS 2 genau einmal.',
    ],
  },
  en: {
    1: [
      '8 bits give 2⁸ = 256 values, from 0 to 255; the most significant bit is on the left and counts 128, the rightmost 1.',
      'Over 0–100 °C one step is 100 K / 255 ≈ 0.39 K – an 8-bit sensor measures no finer. And in 8 bits, 255 + 1 gives 0 again (overflow).',
      'Hexadecimal groups 4 bits into one digit 0–F: 1011 0111 = B7.',
    ],
    2: [
      'A UART frame: start bit 0, eight data bits least significant first, a parity bit, stop bit 1.',
      'Even parity detects every odd number of flipped bits and misses every even number: frames with two errors got through.',
      'That is why Ethernet protects every frame with a CRC-32 and classic CAN with a CRC-15; IO-Link runs at 4.8, 38.4 or 230.4 kBaud (COM1/2/3).',
    ],
    3: [
      'CAN has no device addresses: the 11-bit identifier names the message and is its priority at the same time.',
      'Everyone sends their identifier bit by bit; a 0 is dominant and overwrites a 1 – whoever sends 1 and hears 0 stops. The lowest identifier wins without its frame being destroyed.',
      'That is why emergency-stop messages get the lowest identifiers; on short buses CAN reaches up to 1 Mbit/s.',
    ],
    4: [
      'A switch port sends one packet after another; whatever waits sits in a queue and gets older.',
      'Alarms have a deadline and go first, cyclic measurements may be replaced by newer ones, orders have time but must not be lost – PROFINET RT typically runs cycles from 1 ms.',
      'Latency is serialisation + propagation + queueing + processing: a 1,500-byte frame takes 120 µs at 100 Mbit/s just to be sent.',
    ],
    5: [
      'In MQTT a sender publishes to a topic, not to receivers; the broker delivers the message to everyone whose filter matches.',
      '"+" stands for exactly one level, "#" for the rest and only in the last position (MQTT 3.1.1 §4.7); upper and lower case matter.',
      'QoS 0 delivers at most once, QoS 1 at least once, QoS 2 exactly once.',
    ],
  },
};
