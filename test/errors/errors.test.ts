// Runtime-error suite: every test/errors/X.lua must print exactly X.expected (error texts as `luajit -joff`).
import { defineSuite } from '../conformance/suite.js';

defineSuite('errors');
