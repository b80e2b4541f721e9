export default definePageConfig({
  navigationBarTitleText: '结果寄出',
});
