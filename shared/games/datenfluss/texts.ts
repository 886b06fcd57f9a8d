import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts, LevelDebrief } from '../types.ts';

// Each level's own debrief (content review 2026-12-06: A1–A3, B1–B4, B6–B9; walkthrough m1).
// Sources (keys as in the list below, where the full references are):
// L1 [BIT]; resolution vs accuracy: JCGM 200:2012 (VIM) 4.14 "resolution" vs 5.8 "measurement
//    accuracy"; a BYTE/USINT wraps, the PLC counter block CTU counts "as long as CV is less
//    than PV" and stays at its limit: Beckhoff Infosys Tc2_Standard CTU, CODESYS Standard CTU,
//    Panasonic FPWIN Pro CTU ("until the maximum limit ... is reached").
// L2 [UART] [PAR] [CRC] [IOL]; framing error = stop bit sampled as 0: Microchip UART
//    "Receiver Framing Error"; IO-Link checks each message with a checksum (IO-Link Interface
//    and System Specification V1.1.3, M-sequence checksum).
// L3 [CAN]; 29-bit identifiers: TI SLOA101B §3.1.1; CANopen COB-ID = function code + node-ID
//    (CiA 301); safety over a bus needs a safety layer on a "black channel": IEC 61784-3
//    (PROFIsafe, CANopen Safety), IEC TR 62685; emergency stop: ISO 13850, EN 60204-1.
// L4 [PN-PRIO] [WD] [TCP] below.
// L5 [MQTT]: "#" matches the parent level too ("sport/#" matches "sport"), §4.7.1.2; a filter
//    with "#" not last is invalid, §4.7.1.2 / §4.8 (the server closes the connection;
//    MQTT 5: SUBACK reason 0x8F).
export const DATENFLUSS_DEBRIEFS: Readonly<Record<Lang, Readonly<Record<number, LevelDebrief>>>> = {
  de: {
    1: {
      taught: 'Ein Messwert als 8 Bit: Bitwerte von 128 bis 1, Hexadezimal (je 4 Bit eine Ziffer 0–F: 1011 0111 = B7), Auflösung und Überlauf.',
      fact: '8 Bit ergeben 256 Werte (0–255); über 0–100 °C ist ein Schritt 100 K / 255 ≈ 0,39 K – feiner kann ein 8-Bit-Wert die Temperatur nicht darstellen (Auflösung), wie genau der Sensor misst, ist eine andere Frage (Messabweichung).',
      mistake: 'Den Überlauf vergessen: 255 + 1 ergibt in einer BYTE-Variablen wieder 0 – ein SPS-Zählerbaustein (CTU) bleibt dagegen an seiner Grenze stehen.',
    },
    2: {
      taught: 'Ein UART-Telegramm prüfen wie der Empfänger: Startbit 0, acht Datenbits (niederwertigstes zuerst), gerade Parität, Stoppbit 1 – ein Stoppbit 0 ist ein Rahmenfehler.',
      fact: 'Parität erkennt jede ungerade Zahl gekippter Bits und übersieht jede gerade; darum sichert Ethernet jeden Rahmen mit einer CRC-32 und klassisches CAN mit einer CRC-15, und IO-Link sendet solche UART-Zeichen mit 4,8/38,4/230,4 kBaud und prüft jede Nachricht zusätzlich mit einer Prüfsumme.',
      mistake: 'Zu glauben, ein Paritätsbit finde jeden Fehler: zwei gekippte Bits kommen durch. Und Parität und CRC schützen vor Störungen, nicht vor Angreifern.',
    },
    3: {
      taught: 'CAN-Arbitrierung: Alle senden ihren Identifier Bit für Bit, eine 0 ist dominant und überschreibt eine 1, und der kleinste Identifier gewinnt, ohne dass sein Rahmen zerstört wird.',
      fact: 'Die CAN-Schicht kennt keine Geräteadressen: Der Identifier (11 Bit, im erweiterten Format 29 Bit) benennt die Nachricht und ist zugleich ihre Priorität; Protokolle wie CANopen bauen eine Knotennummer in den Identifier ein.',
      mistake: 'Zu glauben, der kleinste Identifier mache eine Meldung sicher: Er bringt sie nur zuerst auf den Bus. Ein Not-Halt läuft fest verdrahtet über Sicherheitsrelais oder über ein Sicherheitsprotokoll (z. B. CANopen Safety, PROFIsafe).',
    },
    4: {
      taught: 'Strikte Priorität an einem Switch-Port: Alarme und zyklische Messwerte vor Aufträgen – wie PROFINET, das Echtzeitdaten mit VLAN-Priorität 6 und normalen IT-Verkehr mit 0 sendet.',
      fact: 'Ein Messwert darf durch einen neueren ersetzt werden (im Spiel hält der Port je Sensor nur den neuesten Wert), aber bleibt er länger als die Watchdog-Zeit aus (meist 3 Zyklen), fällt das Gerät aus und die Anlage stoppt; verlorene IT-Pakete schickt TCP einfach noch einmal.',
      mistake: 'Aufträge vor Messwerte stellen, weil sie nicht verloren gehen dürfen: TCP wiederholt sie ohnehin, eine ausgefallene Station stoppt die Anlage. Eine Leitung, die dauernd über 100 % ausgelastet ist, ist ein Planungsfehler.',
    },
    5: {
      taught: 'Publish/Subscribe: Ein Sender schickt an ein Topic, nicht an Empfänger; der Broker stellt die Nachricht jedem zu, dessen Filter passt – Groß- und Kleinschreibung zählen.',
      fact: '„+“ steht für genau eine Ebene, „#“ für beliebig viele weitere Ebenen – auch für keine: werk1/# bekommt auch Nachrichten auf werk1 – und nur als letzte Ebene (MQTT 3.1.1 §4.7).',
      mistake: 'Einen Filter wie werk1/#/temp für gültig halten: „#“ darf nur am Ende stehen, so ein Abo nimmt der Broker gar nicht an.',
    },
  },
  en: {
    1: {
      taught: 'A measured value as 8 bits: bit weights from 128 to 1, hexadecimal (one digit 0–F per 4 bits: 1011 0111 = B7), resolution and overflow.',
      fact: '8 bits give 256 values (0–255); over 0–100 °C one step is 100 K / 255 ≈ 0.39 K – an 8-bit value cannot show the temperature any finer (resolution); how accurately the sensor measures is a different question (measurement error).',
      mistake: 'Forgetting the overflow: in a BYTE variable 255 + 1 gives 0 again – a PLC counter block (CTU), by contrast, stops at its limit.',
    },
    2: {
      taught: 'Checking a UART frame as the receiver does: start bit 0, eight data bits (least significant first), even parity, stop bit 1 – a stop bit of 0 is a framing error.',
      fact: 'Parity detects every odd number of flipped bits and misses every even number; that is why Ethernet protects every frame with a CRC-32 and classic CAN with a CRC-15, and IO-Link sends such UART characters at 4.8/38.4/230.4 kBaud and also checks every message with a checksum.',
      mistake: 'Believing a parity bit finds every error: two flipped bits get through. And parity and CRC protect against noise, not against attackers.',
    },
    3: {
      taught: 'CAN arbitration: everyone sends their identifier bit by bit, a 0 is dominant and overwrites a 1, and the lowest identifier wins without its frame being destroyed.',
      fact: 'The CAN layer has no device addresses: the identifier (11 bits, 29 in the extended format) names the message and is its priority at the same time; protocols such as CANopen build a node number into the identifier.',
      mistake: 'Believing the lowest identifier makes a message safe: it only gets it onto the bus first. An emergency stop runs hard-wired through safety relays or over a safety protocol (e.g. CANopen Safety, PROFIsafe).',
    },
    4: {
      taught: 'Strict priority at a switch port: alarms and cyclic measurements before orders – like PROFINET, which sends real-time data at VLAN priority 6 and ordinary IT traffic at 0.',
      fact: 'A measurement may be replaced by a newer one (in the game the port keeps only the newest value per sensor), but if values stay away longer than the watchdog time (usually 3 cycles) the device fails and the machine stops; TCP simply re-sends lost IT packets.',
      mistake: 'Putting orders before measurements because they must not be lost: TCP re-sends them anyway, while a failed station stops the machine. A line loaded above 100 % all the time is a planning error.',
    },
    5: {
      taught: 'Publish/subscribe: a sender publishes to a topic, not to receivers; the broker delivers the message to everyone whose filter matches – upper and lower case matter.',
      fact: '"+" stands for exactly one level, "#" for any number of further levels – none included: werk1/# also receives messages on werk1 – and only as the last level (MQTT 3.1.1 §4.7).',
      mistake: 'Taking a filter like werk1/#/temp for valid: "#" may only stand at the end, and the broker does not accept such a subscription at all.',
    },
  },
};

// Sources of the facts in the debriefs (above):
// [BIT]   8 bits give 2^8 = 256 values (0..255): IEC 80000-13:2008 (units bit and byte/octet;
//         the item numbers there belong to the quantity "storage capacity").
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
//         and System Specification V1.1.3 (2019), §5.2.2; IEC 61131-9; Beckhoff EJ6224 docs.
// [PN-PRIO] PROFINET cyclic IO data (RT_CLASS_1) and high-priority alarms at VLAN priority 6,
//         low-priority alarms 5, IP/DCP 0: GE PACSystems RX3i PROFINET Controller manual
//         GFK-2571N §4.1.1.3; Siemens FAQ 24947500 (RT frames with VLAN priority 6, IEEE 802.1Q).
// [WD]    Watchdog time = update time x "accepted update cycles with missing IO data" (3 by
//         default); then substitute values and station failure: Siemens S7-1200 System
//         Manual V4.2 (2016) p. 958; certifbus PN-T13-001.
// [TCP]   A segment lost in a queue is re-sent by TCP (retransmission): Kurose/Ross, Computer
//         Networking, 8th ed., §3.5.
// [MQTT]  Topic filters with "+" and "#": MQTT 3.1.1 (OASIS 2014) §4.7.
export const DATENFLUSS_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Datenfluss',
    summary: 'Wie ein Messwert zu Bits wird, im Telegramm reist, geprüft wird und sich die Leitung mit anderen teilt.',
    howTo: 'Jede Aufgabe erscheint bei allen gleichzeitig und hat ihr eigenes Zeitfenster. Die Antwort tippen (Tasten: 0/1, A/R, Pfeile). Richtig zählt vor schnell, Raten lohnt sich nicht.',
    debrief: DATENFLUSS_DEBRIEFS.de,
    levels: { 1: 'Bits & Bytes', 2: 'Telegramm prüfen', 3: 'Wer darf senden?', 4: 'Vorfahrt im Netz', 5: 'Publish/Subscribe' },
  },
  en: {
    title: 'Data Flow',
    summary: 'How a measured value becomes bits, travels in a frame, gets checked and shares the line with others.',
    howTo: 'Every task appears for everyone at the same moment and has its own time window. Tap your answer (keys: 0/1, A/R, arrows). Correct counts before fast, guessing does not pay.',
    debrief: DATENFLUSS_DEBRIEFS.en,
    levels: { 1: 'Bits & Bytes', 2: 'Check the frame', 3: 'Who may send?', 4: 'Right of way', 5: 'Publish/Subscribe' },
  },
};
