import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { badInputSpecs } from './specs/bad-input';
import { editorSpecs } from './specs/editor';
import { exportSpecs } from './specs/export';
import { firstSliceSpecs } from './specs/first-slice';
import { folderSpecs } from './specs/folders';
import { formSpecs } from './specs/form';
import { previewSpecs } from './specs/preview';

runSpecsOn('first slice in Chromium (harness)', findChromium(), launchInkpost, firstSliceSpecs);
runSpecsOn('bad input in Chromium (harness)', findChromium(), launchInkpost, badInputSpecs);
runSpecsOn('preview in Chromium (harness)', findChromium(), launchInkpost, previewSpecs);
runSpecsOn('export in Chromium (harness)', findChromium(), launchInkpost, exportSpecs);
runSpecsOn('folders in Chromium (harness)', findChromium(), launchInkpost, folderSpecs);
runSpecsOn('form in Chromium (harness)', findChromium(), launchInkpost, formSpecs);
runSpecsOn('editor in Chromium (harness)', findChromium(), launchInkpost, editorSpecs);
