import { createRouter, createWebHistory } from 'vue-router';
import { useSessionStore } from '../stores/session';
import HomeView from '../views/HomeView.vue';
import LoginView from '../views/LoginView.vue';
import PlanOverviewView from '../views/plans/PlanOverviewView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without logging in. */
    public?: boolean;
    /** Only for administrators (the API refuses others anyway). */
    admin?: boolean;
  }
}

/**
 * Plan, period, group and unit live in the URL (path and query), so every view is a shareable link.
 * The plan overview is the first thing people open and ships in the initial bundle; every other view
 * is loaded when first visited, the goal detail with its chart library.
 */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
    { path: '/plans/:planId', name: 'plan-overview', component: PlanOverviewView },
    { path: '/plans/:planId/heatmap', name: 'plan-heatmap', component: () => import('../views/plans/HeatmapView.vue') },
    { path: '/plans/:planId/goals/:goalCode', name: 'goal-detail', component: () => import('../views/goals/GoalDetailView.vue') },
    { path: '/units/:unitCode', name: 'unit', component: () => import('../views/units/UnitView.vue') },
    { path: '/admin/users', name: 'admin-users', component: () => import('../views/admin/AdminUsersView.vue'), meta: { admin: true } },
    {
      path: '/admin/users/:userId',
      name: 'admin-user',
      component: () => import('../views/admin/AdminUserView.vue'),
      meta: { admin: true },
    },
    { path: '/admin/tokens', name: 'admin-tokens', component: () => import('../views/admin/AdminTokensView.vue'), meta: { admin: true } },
    { path: '/reporting', name: 'reporting', component: () => import('../views/reporting/ReportingHomeView.vue') },
    { path: '/reporting/import', name: 'reporting-import', component: () => import('../views/reporting/ImportView.vue') },
    {
      path: '/reporting/cycles/:cycleId/units/:unitCode',
      name: 'reporting-report',
      component: () => import('../views/reporting/ReportView.vue'),
    },
    { path: '/plans/:planId/review', name: 'review-board', component: () => import('../views/review/ReviewBoardView.vue') },
    { path: '/plans/:planId/manage', name: 'plan-admin', component: () => import('../views/plan-admin/PlanAdminView.vue') },
    { path: '/notifications', name: 'notifications', component: () => import('../views/reporting/NotificationsView.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue'), meta: { public: true } },
  ],
  scrollBehavior: (to, from, saved) => saved ?? (to.path !== from.path ? { top: 0 } : undefined),
});

// Every view but the login page needs a logged-in user (the API answers 401 otherwise); the link the user
// came for is kept and opened after logging in.
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const session = useSessionStore();
  await session.ensureChecked();
  if (session.checked && !session.loggedIn) return { name: 'login', query: { redirect: to.fullPath } };
  if (to.meta.admin && !session.isAdmin) return { name: 'home' };
  return true;
});
