export default definePageConfig({
  navigationBarTitleText: '选择送达方式',
});
