// The trainer screens as one lazily loaded chunk: apprentices' phones never download them.
export { cardsPrintScreen } from './cards-print.ts';
export { loginScreen } from './login-screen.ts';
export { setupScreen } from './setup-screen.ts';
export { trainerAreaScreen } from './trainer-area.ts';
