import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The background owns the reference store and runs the engine (lib/); wired up in the store issue.
});
