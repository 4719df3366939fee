import type { CommandId } from '../../../shared/commands';
import type { InkpostBridge } from '../../../shared/contract';
import { automaticLayout, type WindowLayout } from '../../../shared/window-layout';
import type { CommandRegistry } from '../ui/commands';
import { required } from '../ui/dom';
import { shownLayout, togglePane, togglePreview, togglePreviewBelow, type ShownLayout } from './pane-layout';

/** What the layout controls need of the rest of the app. */
export interface LayoutNeeds {
  /** Gives the editor the focus: a pane that held it was just collapsed. */
  readonly focusEditor: () => void;
  /** Shows an error (the layout could not be read or remembered) in the status bar. */
  readonly reportError: (error: unknown) => void;
}

/** The page's parts the layout shows, hides and places. */
interface LayoutElements {
  readonly app: HTMLElement;
  readonly sidebar: HTMLElement;
  readonly form: HTMLElement;
  readonly preview: HTMLElement;
  /** Each control's button, pressed while its pane is shown (the preview's place: while it is below). */
  readonly buttons: { readonly [Command in LayoutCommand]: HTMLButtonElement };
}

type LayoutCommand = Extract<CommandId, 'toggleSidebar' | 'toggleForm' | 'togglePreview' | 'togglePreviewBelow'>;

function layoutElements(root: ParentNode): LayoutElements {
  return {
    app: required(root, '.app'),
    sidebar: required(root, '.sidebar'),
    form: required(root, '#form-panel'),
    preview: required(root, '.preview-pane'),
    buttons: {
      toggleSidebar: required(root, '#toggle-sidebar'),
      toggleForm: required(root, '#toggle-form'),
      togglePreview: required(root, '#toggle-preview'),
      togglePreviewBelow: required(root, '#toggle-preview-below'),
    },
  };
}

/** Puts `shown` on the page: the app's `data-sidebar`, `data-form` and `data-preview` (which the CSS lays out by) and the buttons' pressed states. */
function showLayout(elements: LayoutElements, shown: ShownLayout): void {
  elements.app.dataset['sidebar'] = shown.sidebar;
  elements.app.dataset['form'] = shown.form;
  elements.app.dataset['preview'] = shown.preview;
  const pressed: { readonly [Command in LayoutCommand]: boolean } = {
    toggleSidebar: shown.sidebar === 'shown',
    toggleForm: shown.form === 'shown',
    togglePreview: shown.preview !== 'hidden',
    togglePreviewBelow: shown.preview === 'below',
  };
  for (const [command, button] of Object.entries(elements.buttons) as [LayoutCommand, HTMLButtonElement][]) {
    button.setAttribute('aria-pressed', String(pressed[command]));
  }
}

/** The layout controls, once started. */
export interface LayoutControls {
  /** The panes as shown now. */
  shown(): ShownLayout;
}

/**
 * Starts the window's layout controls: the status bar's buttons and the
 * commands (shared/commands.ts: toggle the posts sidebar, the front matter
 * form, the preview, and the preview below the editor) collapse and place
 * the panes; each choice is remembered in the window state through the
 * bridge, and a pane the user never set follows the window's width
 * (`shownLayout`). Commands that work in a collapsed pane (search posts,
 * focus the form, the front page view) show it first; a resize never
 * collapses the form while the focus is in it. The width's layout
 * applies at once; the remembered choices once the returned promise resolves.
 */
export async function startLayoutControls(root: ParentNode, bridge: InkpostBridge, commands: CommandRegistry, needs: LayoutNeeds): Promise<LayoutControls> {
  const elements = layoutElements(root);
  let choices: WindowLayout = automaticLayout;
  let chosenMeanwhile = false;
  let shown = shownLayout(choices, window.innerWidth);
  const holdsFocus = (pane: HTMLElement): boolean => document.activeElement !== null && document.activeElement !== document.body && pane.contains(document.activeElement);
  /** Lays the panes out; `byUser` when the user changed them (a resize or the remembered choices are not the user's doing now). */
  const apply = (byUser: boolean): void => {
    shown = shownLayout(choices, window.innerWidth);
    // The width alone never takes the form away while the user is typing in it.
    if (!byUser && choices.form === 'auto' && shown.form === 'collapsed' && holdsFocus(elements.form)) {
      shown = shownLayout({ ...choices, form: 'shown' }, window.innerWidth);
    }
    showLayout(elements, shown);
    if (byUser && [elements.sidebar, elements.form, elements.preview].some((pane) => holdsFocus(pane) && pane.offsetParent === null)) {
      needs.focusEditor();
    }
  };
  const choose = (next: WindowLayout): void => {
    choices = next;
    chosenMeanwhile = true;
    apply(true);
    bridge.setWindowLayout(choices).catch(needs.reportError);
  };
  const actions: { readonly [Command in LayoutCommand]: () => void } = {
    toggleSidebar: () => choose(togglePane(choices, shown, 'sidebar')),
    toggleForm: () => choose(togglePane(choices, shown, 'form')),
    togglePreview: () => choose(togglePreview(choices, shown)),
    togglePreviewBelow: () => choose(togglePreviewBelow(choices, shown)),
  };
  for (const [command, action] of Object.entries(actions) as [LayoutCommand, () => void][]) {
    commands.register(command, action);
    elements.buttons[command].addEventListener('click', action);
  }
  const reveal = (pane: 'sidebar' | 'form', command: LayoutCommand): void => {
    if (shown[pane] === 'collapsed') {
      actions[command]();
    }
  };
  commands.prepare('searchPosts', () => reveal('sidebar', 'toggleSidebar'));
  commands.prepare('focusForm', () => reveal('form', 'toggleForm'));
  commands.prepare('togglePreviewMode', () => {
    if (shown.preview === 'hidden') {
      actions.togglePreview();
    }
  });
  apply(false);
  window.addEventListener('resize', () => apply(false));
  try {
    const remembered = await bridge.getWindowLayout();
    // A choice the user made while the remembered ones were on their way wins.
    if (!chosenMeanwhile) {
      choices = remembered;
      apply(false);
    }
  } catch (error) {
    needs.reportError(error);
  }
  return { shown: () => shown };
}
