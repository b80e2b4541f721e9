export default definePageConfig({
  navigationBarTitleText: '新建事项',
});
