import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setUnauthenticatedHandler } from './api/client';
import { i18n } from './i18n';
import { router } from './router';
import { useSessionStore } from './stores/session';

document.documentElement.lang = i18n.global.locale.value;
const pinia = createPinia();
createApp(App).use(pinia).use(router).use(i18n).mount('#app');

// The session ended while the app was open (expired, logged out elsewhere): log in again, then come back.
setUnauthenticatedHandler(() => {
  useSessionStore(pinia).forget();
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.replace({ name: 'login', query: { redirect: current.fullPath } });
});
