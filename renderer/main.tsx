import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getLocale, setLocale } from '../core/i18n';
import './styles.css';

setLocale(navigator.language || 'en');
document.documentElement.lang = getLocale();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={window.regroup} />
    </StrictMode>,
  );
}
