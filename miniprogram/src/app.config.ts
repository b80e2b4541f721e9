export default defineAppConfig({
  pages: ['pages/index/index', 'pages/search/index', 'pages/guide/index', 'pages/bundle/index', 'pages/favorites/index', 'pages/login/index', 'pages/profile/index', 'pages/data-access/index', 'pages/companies/index', 'pages/agents/index', 'pages/sessions/index', 'pages/apply/index', 'pages/cases/index', 'pages/case/index', 'pages/messages/index'],
  // Staff pages load only when a staff member opens them, keeping the citizens' main package small.
  subPackages: [{ root: 'feedback', pages: ['pages/rate/index', 'pages/complaint/index'] }, { root: 'delivery', pages: ['pages/choose/index', 'pages/orders/index', 'pages/addresses/index'] }, { root: 'staff', pages: ['pages/workbench/index', 'pages/login/index', 'pages/me/index', 'pages/catalog/index', 'pages/catalog-edit/index', 'pages/catalog-import/index', 'pages/catalog-new/index', 'pages/review-queue/index', 'pages/review-case/index', 'pages/window-lookup/index', 'pages/messages/index', 'pages/staff-admin/index', 'pages/follow-ups/index', 'pages/supervision/index', 'pages/dispatch/index'] }],
  window: {
    navigationBarTitleText: '最多跑一次',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
    backgroundTextStyle: 'dark',
  },
});
