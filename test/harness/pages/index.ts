/**
 * Page objects for the app as the end-to-end specs see it: one per region,
 * each owning the test ids of that region, so a spec says what the user does
 * ("open this post", "save") rather than which selector it takes. Specs start
 * from `inkpostPage(session.page)`.
 */
export { inkpostPage, InkpostPage } from './app';
export { AppDialog, Dialog, Dialogs } from './dialogs';
export { Editor, saveShortcut } from './editor';
export { Form } from './form';
export { Layout, type PaneBox } from './layout';
export { Preview } from './preview';
export { PostLinkPicker, ProblemsPanel } from './problems';
export { withFreshSession } from './session';
export { Sidebar } from './sidebar';
export { StatusBar } from './status';
export { WorkspaceBar } from './workspace';
