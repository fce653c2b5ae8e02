import { describeAppsContract } from './testing/contract-suite.js';

// The Chromium realm: ui-keyring 3.16.7 bundled into the harness page, on Chromium's localStorage.
describeAppsContract('chromium');
