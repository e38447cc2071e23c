import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectStore } from '@/lib/store';
import { App } from './App';
import '@/components/components.css';
import './style.css';

connectStore({ withDraft: false });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
