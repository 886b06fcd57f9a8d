import { defineTexts } from '../../../shared/text/format.ts';
import { lang } from '../../i18n/index.ts';

// The words of photos and "tap the spot" in the task-set editor, German and English.

const lookup = defineTexts({
  de: {
    kindSpot: 'Stelle auf dem Foto antippen', addSpot: '+ Stelle auf Foto',
    photo: 'Foto (optional)', photoSpot: 'Foto',
    pick: 'Foto wählen', camera: 'Mit der Kamera', remove: 'Foto entfernen',
    uploading: 'Foto wird hochgeladen und verkleinert …', uploaded: 'Foto gespeichert ({w} × {h} Pixel). Ortsdaten und Kameradaten wurden entfernt.',
    noPersons: 'Bitte keine Personen fotografieren: Fotos zeigen Teile, Maschinen und Messmittel.',
    alt: 'Foto zur Aufgabe {n}',
    region: 'Richtige Stelle: auf dem Foto ziehen', rect: 'Rechteck', circle: 'Kreis',
    regionHint: 'Rechteck: von einer Ecke zur anderen ziehen. Kreis: von der Mitte nach außen ziehen.',
    tooSmall: 'Die Stelle ist kleiner als eine Fingerspitze auf einem kleinen Handy (44 Pixel bei 360 Pixel Breite). Die Spielenden können zoomen, größer ist aber fairer.',
    tooLarge: 'Die Stelle ist größer als ein Viertel des Fotos: Raten würde zu oft treffen.',
  },
  en: {
    kindSpot: 'Tap the spot on a photo', addSpot: '+ Spot on photo',
    photo: 'Photo (optional)', photoSpot: 'Photo',
    pick: 'Choose photo', camera: 'Use the camera', remove: 'Remove photo',
    uploading: 'Uploading and resizing the photo …', uploaded: 'Photo saved ({w} × {h} pixels). Location and camera data were removed.',
    noPersons: 'Please do not photograph people: photos show parts, machines and measuring tools.',
    alt: 'Photo of task {n}',
    region: 'Right spot: drag on the photo', rect: 'Rectangle', circle: 'Circle',
    regionHint: 'Rectangle: drag from one corner to the other. Circle: drag from the centre outwards.',
    tooSmall: 'The spot is smaller than a fingertip on a small phone (44 pixels at 360 pixels width). Players can zoom, but larger is fairer.',
    tooLarge: 'The spot covers more than a quarter of the photo: guessing would hit it too often.',
  },
});

export type PhotoTextKey = Parameters<typeof lookup>[1];

/** A text of the photo fields in the page's language. */
export const pt = (key: PhotoTextKey, params?: Record<string, string | number>): string => lookup(lang(), key, params);
