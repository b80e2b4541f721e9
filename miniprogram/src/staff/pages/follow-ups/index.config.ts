export default definePageConfig({
  navigationBarTitleText: '差评整改与咨询投诉',
});
