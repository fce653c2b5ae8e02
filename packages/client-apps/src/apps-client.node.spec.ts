import { describeAppsContract } from './testing/contract-suite.js';

// The Node realm: ui-keyring 3.16.7 in a worker thread over the Web Storage emulation.
describeAppsContract('node');
