// Library golden programs for patterns, string.format and table.sort: each X.lua must print X.expected (luajit -joff).
import { defineSuite } from '../../conformance/suite.js';

defineSuite('vm/lib');
