import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '../background/register';

export default defineBackground(() => {
  registerBackground();
});
