/** The demo accounts' password in the e2e server (the fixtures sign in with it). */
export const DEMO_PASSWORD = 'e2e demo password';
