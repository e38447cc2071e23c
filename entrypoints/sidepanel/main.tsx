import { createRoot } from 'react-dom/client';
import { PageShell } from '@/components/PageShell';

createRoot(document.getElementById('root')!).render(<PageShell page="sidepanel" />);
