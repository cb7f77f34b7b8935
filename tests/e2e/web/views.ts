/** Every view of the app, as a link with its filters, for the accessibility checks and the screenshots. */
export const VIEWS = [
  { name: 'login', path: '/login', anonymous: true },
  { name: 'plans', path: '/?all=1' },
  { name: 'overview', path: '/plans/HP-2024?period=2025-T2' },
  { name: 'overview-soc', path: '/plans/HP-2024?period=2025-T2&group=SOC' },
  { name: 'heatmap', path: '/plans/HP-2024/heatmap?period=2025-T2' },
  { name: 'goal-city', path: '/plans/HP-2024/goals/2.1?period=2025-T2' },
  { name: 'goal-unit', path: '/plans/HP-2024/goals/2.1?period=2025-T2&group=SOC&unit=SKARHOLMEN' },
  { name: 'goal-city-level-unit', path: '/plans/HP-2024/goals/2.2?period=2025-T2&unit=FARSTA' },
  { name: 'goal-yearly', path: '/plans/HP-2024/goals/1.2?period=2025-T2' },
  { name: 'unit', path: '/units/FARSTA?plan=HP-2024&period=2025-T2' },
  { name: 'plan-missing', path: '/plans/NO-SUCH-PLAN?period=2025-T2' },
  { name: 'not-found', path: '/no/such/page' },
  { name: 'admin-users', path: '/admin/users', admin: true },
  { name: 'admin-tokens', path: '/admin/tokens', admin: true },
] as const satisfies readonly { name: string; path: string; anonymous?: boolean; admin?: boolean }[];
