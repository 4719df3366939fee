/** The words on the excerpt boundary. */
export const boundaryLabel = 'Excerpt ends here — the front page shows the text above';

/**
 * Creates the excerpt boundary: a labelled rule drawn where the marker line
 * is, between the excerpt's last block and the extended part's first. It is a
 * separator for assistive technology, named by its label.
 */
export function createExcerptBoundary(): HTMLElement {
  const boundary = document.createElement('div');
  boundary.className = 'excerpt-boundary';
  boundary.dataset['testid'] = 'excerpt-boundary';
  boundary.setAttribute('role', 'separator');
  boundary.setAttribute('aria-label', boundaryLabel);
  const label = document.createElement('span');
  label.className = 'excerpt-boundary-label';
  label.textContent = boundaryLabel;
  boundary.append(label);
  return boundary;
}

/**
 * Creates the front page's "Continue reading" link, shown after the excerpt
 * in the front page view. It never navigates: a click calls `onClick`.
 */
export function createContinueReading(onClick: () => void): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'continue-reading';
  paragraph.hidden = true;
  const link = document.createElement('a');
  link.href = '#';
  link.dataset['testid'] = 'continue-reading';
  link.textContent = 'Continue reading →';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  paragraph.append(link);
  return paragraph;
}
