import { render } from 'preact';
import { ClaimLensApp } from '@/components/ClaimLensApp';
import '@/components/claimlens.css';

render(<ClaimLensApp surface="popup" />, document.getElementById('app')!);
