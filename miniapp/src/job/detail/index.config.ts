export default definePageConfig({
  navigationBarTitleText: '工作详情',
  enableShareAppMessage: true,
});
