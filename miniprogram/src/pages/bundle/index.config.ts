export default definePageConfig({
  navigationBarTitleText: '一件事',
  enableShareAppMessage: true,
});
