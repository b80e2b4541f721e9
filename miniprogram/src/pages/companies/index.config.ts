export default definePageConfig({
  navigationBarTitleText: '我的企业',
});
