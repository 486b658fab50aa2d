import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { isCustomElement } from 'sip-elements/vue';

export default defineConfig({
  // The <sip-*> tags are custom elements: Vue renders them as they are and binds `.prop` to properties.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
