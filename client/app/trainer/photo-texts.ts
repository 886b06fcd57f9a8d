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
    regionHint: 'Rechteck: von einer Ecke zur anderen ziehen. Kreis: von der Mitte nach außen ziehen. Mit der Tastatur: das Foto mit Tab anwählen, Pfeiltasten verschieben, Umschalt + Pfeiltasten ändern die Größe, Eingabe bestätigt, Esc macht rückgängig.',
    keysLabel: 'Foto zur Aufgabe {n}: richtige Stelle festlegen. Eingabe setzt eine Stelle in die Mitte, Pfeiltasten verschieben sie, Umschalt + Pfeiltasten ändern die Größe, Alt für kleine Schritte, Eingabe bestätigt, Esc macht rückgängig.',
    keysNone: 'Noch keine Stelle festgelegt.',
    keysRect: 'Rechteck: {left} % von links, {top} % von oben, {width} % breit, {height} % hoch.',
    keysCircle: 'Kreis: {left} % von links, {top} % von oben, {width} % breit, {height} % hoch.',
    keysConfirmed: 'Stelle bestätigt. {where}', keysUndone: 'Rückgängig gemacht. {where}',
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
    regionHint: 'Rectangle: drag from one corner to the other. Circle: drag from the centre outwards. With the keyboard: select the photo with Tab, arrow keys move, Shift + arrow keys resize, Enter confirms, Esc undoes.',
    keysLabel: 'Photo of task {n}: set the right spot. Enter puts a spot in the middle, arrow keys move it, Shift + arrow keys resize it, Alt for small steps, Enter confirms, Esc undoes.',
    keysNone: 'No spot set yet.',
    keysRect: 'Rectangle: {left} % from the left, {top} % from the top, {width} % wide, {height} % high.',
    keysCircle: 'Circle: {left} % from the left, {top} % from the top, {width} % wide, {height} % high.',
    keysConfirmed: 'Spot confirmed. {where}', keysUndone: 'Undone. {where}',
    tooSmall: 'The spot is smaller than a fingertip on a small phone (44 pixels at 360 pixels width). Players can zoom, but larger is fairer.',
    tooLarge: 'The spot covers more than a quarter of the photo: guessing would hit it too often.',
  },
});

export type PhotoTextKey = Parameters<typeof lookup>[1];

/** A text of the photo fields in the page's language. */
export const pt = (key: PhotoTextKey, params?: Record<string, string | number>): string => lookup(lang(), key, params);
