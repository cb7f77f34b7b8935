import { VueQueryPlugin } from '@tanstack/vue-query';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setReauthHandler, setUnauthenticatedHandler } from './api/client';
import { queryClient } from './api/queries';
import { i18n } from './i18n';
import { router } from './router';
import { useReauthStore } from './stores/reauth';
import { useSessionStore } from './stores/session';

document.documentElement.lang = i18n.global.locale.value;
const pinia = createPinia();
createApp(App).use(pinia).use(VueQueryPlugin, { queryClient }).use(router).use(i18n).mount('#app');

// The session ended while the app was open (expired, logged out elsewhere): log in again, then come back.
setUnauthenticatedHandler(() => {
  useSessionStore(pinia).forget();
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.replace({ name: 'login', query: { redirect: current.fullPath } });
});

// The session ended during a write: ask to log in again in a dialog, keep the page (and what was typed) and
// send the write again; a short notice says it was saved.
setReauthHandler(
  () => useReauthStore(pinia).ask(),
  () => useReauthStore(pinia).retried(),
);
