/**
 * The one error-code registry: server replies carry the code, every client shows the text
 * in the player's language. Texts say what to do next.
 */
export const ERRORS = {
  CODE_INVALID: { de: 'Der Code hat sechs Ziffern. Bitte prüfe ihn.', en: 'The code has six digits. Please check it.' },
  SESSION_NOT_FOUND: { de: 'Zu diesem Code läuft keine Sitzung. Frag deine Ausbilderin oder deinen Ausbilder nach dem aktuellen Code.', en: 'No session is running with this code. Ask your trainer for the current code.' },
  SESSION_LOCKED: { de: 'Die Sitzung ist gesperrt. Bitte die Ausbilderin oder den Ausbilder, die Lobby zu öffnen.', en: 'This session is locked. Ask your trainer to open the lobby.' },
  SESSION_FULL: { de: 'Die Sitzung ist voll. Frag deine Ausbilderin oder deinen Ausbilder, ob jemand Platz macht.', en: 'This session is full. Ask your trainer whether someone can make room.' },
  SESSION_OVER: { de: 'Diese Sitzung ist schon beendet.', en: 'This session has already ended.' },
  NICKNAME_EMPTY: { de: 'Bitte gib einen Spitznamen ein.', en: 'Please enter a nickname.' },
  NICKNAME_TOO_LONG: { de: 'Der Spitzname darf höchstens 20 Zeichen lang sein.', en: 'The nickname may be at most 20 characters long.' },
  NICKNAME_INVALID: { de: 'Dieser Spitzname geht nicht. Bitte wähle einen anderen.', en: 'This nickname does not work. Please choose another one.' },
  NICKNAME_NO_LETTER: { de: 'Der Spitzname braucht mindestens einen sichtbaren Buchstaben oder eine Ziffer.', en: 'The nickname needs at least one visible letter or digit.' },
  NICKNAME_TAKEN: { de: 'Diesen Spitznamen gibt es in der Sitzung schon. Bitte wähle einen anderen.', en: 'Someone in this session already uses this nickname. Please choose another one.' },
  VERSION_MISMATCH: { de: 'Es gibt eine neue Version. Bitte lade die Seite neu.', en: 'A new version is available. Please reload the page.' },
  JOIN_INVALID: { de: 'Beitreten ging nicht: unvollständige Angaben. Bitte lade die Seite neu.', en: 'Could not join: incomplete details. Please reload the page.' },
  SEAT_NOT_FOUND: { de: 'Dein Platz in der Sitzung ist nicht mehr frei. Tritt bitte neu bei.', en: 'Your seat in this session has expired. Please join again.' },
  HOST_KEY_INVALID: { de: 'Nur wer die Sitzung eröffnet hat, kann sie steuern.', en: 'Only the person who opened this session can control it.' },
  NOT_HOST: { de: 'Das darf nur die Spielleitung.', en: 'Only the host can do that.' },
  MESSAGE_UNKNOWN: { de: 'Unbekannte Nachricht. Bitte lade die Seite neu.', en: 'Unknown message. Please reload the page.' },
  MESSAGE_INVALID: { de: 'Ungültige Eingabe.', en: 'Invalid input.' },
  WRONG_PHASE: { de: 'Das geht gerade nicht.', en: 'That is not possible right now.' },
  ROUND_MISMATCH: { de: 'Diese Antwort gehört zu einer anderen Runde.', en: 'This answer belongs to a different round.' },
  ALREADY_ANSWERED: { de: 'Du hast hier schon geantwortet.', en: 'You have already answered here.' },
  ANSWER_LATE: { de: 'Zu spät – diese Antwort zählt nicht mehr.', en: 'Too late – this answer no longer counts.' },
  TIMING_IMPOSSIBLE: { de: 'Diese Zeit passt nicht zu dem, was der Server gemessen hat. Die Antwort zählt nicht.', en: 'This time does not match what the server measured. The answer does not count.' },
  PLAYER_NOT_FOUND: { de: 'Diese Person ist nicht (mehr) in der Sitzung.', en: 'This person is not (or no longer) in the session.' },
  PLAYLIST_INVALID: { de: 'Die Spielliste ist ungültig. Wähle mindestens ein Spiel mit 1 bis 10 Runden.', en: 'The playlist is invalid. Choose at least one game with 1 to 10 rounds.' },
  CONFIRM_MISMATCH: { de: 'Der eingegebene Name stimmt nicht mit dem Namen des Betriebs überein. Nichts wurde gelöscht.', en: 'The name you typed does not match the company name. Nothing was erased.' },
  COMPANY_ACTIVE: { de: 'Nur ein gesperrter Betrieb kann gelöscht werden. Sperre ihn zuerst.', en: 'Only a disabled company can be erased. Disable it first.' },
  CONFIRM_REQUIRED: { de: 'Das betrifft alle in der Sitzung. Bitte bestätige es zuerst.', en: 'This affects everyone in the session. Please confirm it first.' },
  NO_PLAYERS: { de: 'Es ist noch niemand beigetreten.', en: 'Nobody has joined yet.' },
  KICKED: { de: 'Die Spielleitung hat dich aus der Sitzung genommen.', en: 'The host removed you from the session.' },
  AUTH_REQUIRED: { de: 'Bitte melde dich zuerst als Ausbilderin oder Ausbilder an.', en: 'Please sign in as a trainer first.' },
  LOGIN_FAILED: { de: 'Anmeldename oder Passwort stimmt nicht. Prüfe beides und versuche es noch einmal.', en: 'The login or the password is wrong. Check both and try again.' },
  ADMIN_REQUIRED: { de: 'Das darf nur eine Admin-Person deines Betriebs. Frag sie danach.', en: 'Only an admin of your company can do that. Ask them to do it.' },
  NOT_FOUND: { de: 'Das gibt es nicht (mehr). Lade die Seite neu.', en: 'This does not exist (any more). Reload the page.' },
  LOGIN_TAKEN: { de: 'Diesen Anmeldenamen gibt es schon. Bitte wähle einen anderen.', en: 'This login is already taken. Please choose another one.' },
  LOGIN_INVALID: { de: 'Der Anmeldename braucht 3 bis 64 Zeichen: Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich oder @.', en: 'The login needs 3 to 64 characters: letters, digits, dot, hyphen, underscore or @.' },
  NAME_INVALID: { de: 'Der Name braucht 1 bis 80 Zeichen. Bitte prüfe ihn.', en: 'The name needs 1 to 80 characters. Please check it.' },
  PASSWORD_INVALID: { de: 'Das Passwort braucht 10 bis 200 Zeichen. Wähle ein längeres Passwort.', en: 'The password needs 10 to 200 characters. Choose a longer password.' },
  SETUP_DONE: { de: 'Die Einrichtung ist schon erledigt. Melde dich mit deinem Konto an.', en: 'Setup is already done. Sign in with your account.' },
  ORIGIN_FORBIDDEN: { de: 'Diese Anfrage kam nicht von dieser Seite. Öffne die Seite direkt und versuche es noch einmal.', en: 'This request did not come from this site. Open the site directly and try again.' },
  SELF_FORBIDDEN: { de: 'Das eigene Konto kannst du nicht sperren. Bitte eine andere Admin-Person darum.', en: 'You cannot disable your own account. Ask another admin to do it.' },
  PLATFORM_REQUIRED: { de: 'Das darf nur die Plattform-Administration.', en: 'Only the platform admin can do that.' },
  CARD_INVALID: { de: 'Dieser Ausweis-Code gilt hier nicht. Prüfe ihn oder frag deine Ausbilderin oder deinen Ausbilder nach einem neuen Ausweis.', en: 'This card code is not valid here. Check it or ask your trainer for a new card.' },
  CARD_REVOKED: { de: 'Dein Ausweis gilt nicht mehr. Frag deine Ausbilderin oder deinen Ausbilder nach einem neuen Ausweis.', en: 'Your card is no longer valid. Ask your trainer for a new card.' },
  SESSION_CLOSED: { de: 'Diese Sitzung wurde geschlossen. Frag deine Ausbilderin oder deinen Ausbilder.', en: 'This session has been closed. Ask your trainer.' },
  TRADE_INVALID: { de: 'Der Beruf darf höchstens 80 Zeichen lang sein.', en: 'The trade may be at most 80 characters long.' },
  TRADE_UNKNOWN: { de: 'Diesen Beruf gibt es in der Liste nicht. Bitte wähle einen Beruf aus der Liste.', en: 'This trade is not in the list. Please choose a trade from the list.' },
  YEAR_INVALID: { de: 'Das Ausbildungsjahr ist 1, 2, 3 oder 4.', en: 'The training year is 1, 2, 3 or 4.' },
  RETENTION_INVALID: { de: 'Gib eine Zahl von 1 bis 3650 Tagen ein oder lass das Feld leer (nie löschen).', en: 'Enter a number from 1 to 3650 days, or leave the field empty (never delete).' },
  RATE_LIMITED: { de: 'Zu viele Anfragen. Bitte warte einen Moment.', en: 'Too many requests. Please wait a moment.' },
  REQUEST_INVALID: { de: 'Die Anfrage ist fehlerhaft und wurde abgelehnt. Bitte lade die Seite neu.', en: 'The request was malformed and has been refused. Please reload the page.' },
  BODY_TOO_LARGE: { de: 'Die Anfrage ist zu groß. Bitte lade die Seite neu.', en: 'The request is too large. Please reload the page.' },
  TASK_SET_INVALID: { de: 'Der Aufgabensatz ist noch nicht fertig. Sieh dir die markierten Aufgaben an.', en: 'The task set is not complete yet. Look at the marked tasks.' },
  TASK_SET_STALE: { de: 'Jemand hat diesen Aufgabensatz inzwischen geändert. Lade ihn neu und übernimm deine Änderungen.', en: 'Someone has changed this task set meanwhile. Reload it and make your changes again.' },
  TASK_SETS_FULL: { de: 'Dein Betrieb hat schon 200 Aufgabensätze. Lösche einen, bevor du einen neuen anlegst.', en: 'Your company already has 200 task sets. Delete one before you create a new one.' },
  EXPORT_PHOTOS: { de: 'Die Fotos dieses Aufgabensatzes lassen sich nicht in eine Datei packen: ein Foto fehlt im Speicher, oder zusammen sind sie größer als 32 MB.', en: 'The photos of this task set cannot be packed into a file: a photo is missing from storage, or together they are larger than 32 MB.' },
  PRACTICE_SET_NOT_FOUND: { de: 'Diesen Aufgabensatz gibt es für deinen Betrieb nicht (mehr). Wähle einen anderen oder frag deine Ausbilderin oder deinen Ausbilder.', en: 'This task set does not exist (any more) for your company. Choose another one or ask your trainer.' },
  TASK_SET_TOO_LARGE: { de: 'Der Aufgabensatz ist zu groß. Ein Satz hat höchstens 20 Aufgaben, der Aufgabentext höchstens 200 Zeichen, die Erklärung 280, jede Antwort 80.', en: 'The task set is too large. A set has at most 20 tasks, a task text at most 200 characters, the explanation 280, each answer 80.' },
  IMPORT_TOO_LARGE: { de: 'Die Datei ist zu groß: höchstens 1 MB für eine Tabelle, 32 MB für einen Aufgabensatz mit Fotos. Ist es die richtige Datei?', en: 'The file is too large: at most 1 MB for a sheet, 32 MB for a task set with photos. Is it the right file?' },
  IMPORT_INVALID: { de: 'Die Datei ließ sich nicht importieren. Es wurde nichts gespeichert; die Liste zeigt, was zu ändern ist.', en: 'The file could not be imported. Nothing was saved; the list shows what to change.' },
  PHOTO_TOO_LARGE: { de: 'Das Foto ist größer als 10 MB. Verkleinere es oder nimm ein anderes.', en: 'The photo is larger than 10 MB. Make it smaller or choose another one.' },
  PHOTO_TYPE: { de: 'Das ist kein Foto im Format JPEG, PNG oder WebP. Bitte wähle ein solches Foto.', en: 'This is not a JPEG, PNG or WebP photo. Please choose one.' },
  PHOTO_INVALID: { de: 'Das Foto lässt sich nicht lesen. Es ist vielleicht beschädigt. Bitte nimm ein anderes.', en: 'The photo cannot be read; it may be damaged. Please choose another one.' },
  PHOTO_TOO_MANY_PIXELS: { de: 'Das Foto hat zu viele Bildpunkte (höchstens 40 Megapixel, 12.000 Punkte je Seite). Bitte verkleinere es.', en: 'The photo has too many pixels (at most 40 megapixels, 12,000 per side). Please make it smaller.' },
  PHOTO_QUOTA_FULL: { de: 'Der Speicher deines Betriebs für Fotos ist voll. Lösche Aufgabensätze mit Fotos, die ihr nicht mehr braucht, oder frag die Administration nach mehr Platz.', en: "Your company's photo storage is full. Delete task sets with photos you no longer need, or ask the administrator for more space." },
  PHOTO_BUSY: { de: 'Der Server bearbeitet gerade viele Fotos. Versuche es in ein paar Sekunden noch einmal.', en: 'The server is processing many photos right now. Try again in a few seconds.' },
  RECORD_BOOK_BUSY: { de: 'Für deinen Betrieb werden gerade viele Ausbildungsnachweise erstellt. Bitte warte einen Moment und lade die Datei dann noch einmal herunter.', en: 'Many record-book supplements are being made for your company right now. Please wait a moment, then download the file again.' },
  CONNECTION_LOST: { de: 'Verbindung verloren. Prüfe das WLAN und lade die Seite neu.', en: 'Connection lost. Check the Wi-Fi and reload the page.' },
  SERVICE_UNAVAILABLE: { de: 'Der Server ist gerade eingeschränkt: Neue Runden und Beitritte gehen kurz nicht. Laufende Runden spielen weiter. Versuche es gleich noch einmal.', en: 'The server is degraded right now: new rounds and joins are briefly unavailable. Rounds in play go on. Try again in a moment.' },
  PERIOD_INVALID: { de: 'Der Zeitraum stimmt nicht: Gib Beginn und Ende als Datum an (Beginn vor Ende, höchstens 366 Tage).', en: 'The period is not valid: give start and end as dates (start before end, at most 366 days).' },
  BOX_PAYLOAD_INVALID: { de: 'Die Buzzer-Box hat eine unlesbare oder zu große Nachricht geschickt.', en: 'The buzzer box sent an unreadable or oversized message.' },
  BOX_SIGNATURE: { de: 'Die Nachricht der Buzzer-Box ist nicht mit ihrem Schlüssel signiert und zählt nicht.', en: 'The buzzer box message is not signed with its key and does not count.' },
  BOX_UNKNOWN: { de: 'Diese Buzzer-Box ist unbekannt oder gesperrt. Lass dir einen neuen Zugang ausstellen.', en: 'This buzzer box is unknown or revoked. Have a new credential issued.' },
  BOX_REPLAY: { de: 'Dieser Tastendruck wurde schon gezählt oder gehört zu keinem laufenden Versuch.', en: 'This press was already counted or belongs to no running trial.' },
  BOX_NOT_ADMITTED: { de: 'Die Buzzer-Box ist in keiner Sitzung zugelassen. Die Spielleitung muss sie erst koppeln.', en: 'The buzzer box is not admitted to a session. The host must pair it first.' },
  BOX_SESSION: { de: 'Zu diesem Code läuft keine Sitzung deines Betriebs.', en: 'No session of your company runs with this code.' },
  BOX_FLOODED: { de: 'Die Buzzer-Box sendet zu viele Nachrichten und ist kurz gesperrt.', en: 'The buzzer box sends too many messages and is blocked for a moment.' },
  BOX_NAME_INVALID: { de: 'Der Name der Buzzer-Box braucht 1 bis 20 Zeichen.', en: 'The buzzer box name needs 1 to 20 characters.' },
  BOXES_FULL: { de: 'Dein Betrieb hat schon 200 Buzzer-Boxen. Sperre eine, bevor du eine neue anlegst.', en: 'Your company already has 200 buzzer boxes. Revoke one before you add another.' },
  SERVER_ERROR: { de: 'Auf dem Server ist ein Fehler passiert. Bitte versuche es noch einmal.', en: 'Something went wrong on the server. Please try again.' },
} as const satisfies Record<string, { de: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;
export type Lang = 'de' | 'en';

/** True for any string that names a registered error code. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

/** The text of an error code in a language; unknown codes fall back to SERVER_ERROR. */
export function errorText(code: unknown, lang: Lang): string {
  return ERRORS[isErrorCode(code) ? code : 'SERVER_ERROR'][lang];
}

/** Refused joins and creates carry this code (a valid HTTP status: a refusal in onCreate
 * becomes the matchmaking response status); their message is our ErrorCode. */
export const MATCHMAKE_ERROR_CODE = 400;
