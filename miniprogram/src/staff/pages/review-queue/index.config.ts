export default definePageConfig({
  navigationBarTitleText: '预审队列',
});
