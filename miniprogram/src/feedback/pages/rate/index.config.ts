export default definePageConfig({
  navigationBarTitleText: '办件评价',
});
