import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectStore } from '@/lib/store';
import { App } from './App';
import '@/components/components.css';
import './style.css';

connectStore({ withDraft: true });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
