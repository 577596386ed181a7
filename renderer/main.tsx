import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLocale } from '../core/i18n';
import './styles.css';

/**
 * The window speaks the language the main process chose (the OS language, `app.getLocale()`);
 * its catalogue is loaded before the first paint, so no sentence ever flashes in English.
 */
async function start(): Promise<void> {
  const api = window.regroup;
  const wanted = await api.getLocale().catch(() => navigator.language || 'en');
  const locale = await loadLocale(wanted);
  document.documentElement.lang = locale;
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    );
  }
}

void start();
