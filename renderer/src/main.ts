import { startApp } from './app';
import { getBridge } from './bridge';

startApp(document, getBridge()).catch((error: unknown) => {
  const status = document.getElementById('save-status');
  if (status !== null) {
    status.dataset['state'] = 'error';
    status.textContent = `Inkpost could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
});
