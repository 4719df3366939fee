import { findElectron, launchElectron } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { badInputSpecs } from './specs/bad-input';
import { editorSpecs } from './specs/editor';
import { exportSpecs } from './specs/export';
import { firstSliceSpecs } from './specs/first-slice';
import { folderSpecs } from './specs/folders';
import { formSpecs } from './specs/form';
import { previewSpecs } from './specs/preview';

runSpecsOn('first slice in Electron', findElectron(), launchElectron, firstSliceSpecs);
runSpecsOn('bad input in Electron', findElectron(), launchElectron, badInputSpecs);
runSpecsOn('preview in Electron', findElectron(), launchElectron, previewSpecs);
runSpecsOn('export in Electron', findElectron(), launchElectron, exportSpecs);
runSpecsOn('folders in Electron', findElectron(), launchElectron, folderSpecs);
runSpecsOn('form in Electron', findElectron(), launchElectron, formSpecs);
runSpecsOn('editor in Electron', findElectron(), launchElectron, editorSpecs);
