import { createApp } from 'vue';
import 'sip-elements/network-map'; // registers <sip-network-map>
import type {} from 'sip-elements/vue'; // the <sip-*> tags' types for vue-tsc
import App from './App.vue';

createApp(App).mount('#app');
