import { findElectron, launchElectron } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { firstSliceSpecs } from './specs/first-slice';

runSpecsOn('first slice in Electron', findElectron(), launchElectron, firstSliceSpecs);
