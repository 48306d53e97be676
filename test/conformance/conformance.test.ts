// Conformance suite: every test/conformance/X.lua must print exactly X.expected (from `luajit -joff`).
import { defineSuite } from './suite.js';

defineSuite('conformance');
