import { findElectron, launchElectron } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { badInputSpecs } from './specs/bad-input';
import { editorSpecs } from './specs/editor';
import { exportSpecs } from './specs/export';
import { firstSliceSpecs } from './specs/first-slice';
import { folderSpecs } from './specs/folders';
import { previewSpecs } from './specs/preview';
import { safetySpecs } from './specs/safety';

runSpecsOn('first slice in Electron', findElectron(), launchElectron, firstSliceSpecs);
runSpecsOn('bad input in Electron', findElectron(), launchElectron, badInputSpecs);
runSpecsOn('preview in Electron', findElectron(), launchElectron, previewSpecs);
runSpecsOn('export in Electron', findElectron(), launchElectron, exportSpecs);
runSpecsOn('folders in Electron', findElectron(), launchElectron, folderSpecs);
runSpecsOn('editor in Electron', findElectron(), launchElectron, editorSpecs);
runSpecsOn('never losing words in Electron', findElectron(), launchElectron, safetySpecs);
