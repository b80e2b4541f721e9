export default definePageConfig({
  navigationBarTitleText: '工作消息',
});
