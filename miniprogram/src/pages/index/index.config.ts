export default definePageConfig({
  navigationBarTitleText: '最多跑一次',
});
