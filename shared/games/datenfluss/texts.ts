import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';

import { DATENFLUSS_DEBRIEFS } from './debriefs.ts';

// Sources of the facts in the debriefs (debriefs.ts):
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
