// Tags and categories in the form, as Jekyll reads them, in a file of their own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { formTagsCategoriesSpecs } from './specs/form-tags-categories';

runSpecsOn('tags and categories in the form in Chromium (harness)', findChromium(), launchInkpost, formTagsCategoriesSpecs);
