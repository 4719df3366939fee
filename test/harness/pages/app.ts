import type { Page } from 'playwright-core';
import { Dialogs } from './dialogs';
import { Editor } from './editor';
import { Form } from './form';
import { Layout } from './layout';
import { Preview } from './preview';
import { PostLinkPicker, ProblemsPanel } from './problems';
import { Sidebar } from './sidebar';
import { StatusBar } from './status';
import { WorkspaceBar } from './workspace';
/** The whole window, region by region. */
export class InkpostPage {
  readonly sidebar: Sidebar;
  readonly editor: Editor;
  readonly form: Form;
  readonly preview: Preview;
  readonly status: StatusBar;
  readonly workspace: WorkspaceBar;
  readonly dialogs: Dialogs;
  readonly problems: ProblemsPanel;
  readonly linkPicker: PostLinkPicker;
  readonly layout: Layout;

  constructor(readonly page: Page) {
    this.sidebar = new Sidebar(page);
    this.editor = new Editor(page);
    this.form = new Form(page);
    this.preview = new Preview(page);
    this.status = new StatusBar(page);
    this.workspace = new WorkspaceBar(page);
    this.dialogs = new Dialogs(page);
    this.problems = new ProblemsPanel(page);
    this.linkPicker = new PostLinkPicker(page);
    this.layout = new Layout(page);
  }

  /** Opens the post at `path` from the sidebar and waits until its text is in the editor. */
  async openPost(path: string): Promise<void> {
    await this.sidebar.select(path);
    await this.editor.waitForPost();
  }
}

/** The page objects over `page`. */
export function inkpostPage(page: Page): InkpostPage {
  return new InkpostPage(page);
}
