import { render } from 'preact';
import { ClaimLensApp } from '@/components/ClaimLensApp';
import { t } from '@/components/i18n';
import '@/components/claimlens.css';

document.title = t('optionsTitle');
render(<ClaimLensApp surface="options" />, document.getElementById('app')!);
