export default defineAppConfig({
  pages: ['pages/index/index'],
  // Staff pages load only when a staff member opens them, keeping the citizens' main package small.
  subPackages: [{ root: 'staff', pages: ['pages/workbench/index'] }],
  window: {
    navigationBarTitleText: '最多跑一次',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
    backgroundTextStyle: 'dark',
  },
});
