export default definePageConfig({
  navigationBarTitleText: '办件预审',
});
