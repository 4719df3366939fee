import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { dialogSpecs } from './specs/dialogs';

runSpecsOn('dialogs from the keyboard in Chromium (harness)', findChromium(), launchInkpost, dialogSpecs);
