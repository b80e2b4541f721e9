export default definePageConfig({
  navigationBarTitleText: '办事指南',
  // The share menu of the "···" button (onShareAppMessage below); hall posters open this page directly.
  enableShareAppMessage: true,
});
