import './app/styles.css';
import './app/show/show.css';
import './app/show/projector.css';
import './app/show/boxes.css';
import './app/show/guard.css';
import './app/show/phone.css';
import './app/hook.ts';
import { App } from './app/app.ts';

// Bootstrap: the test hook first (so it exists even if something below fails), then the app.
// Phaser is not imported here: game scenes load lazily (client/games/index.ts).

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');
new App(root).boot();
