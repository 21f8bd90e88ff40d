export default definePageConfig({
  navigationBarTitleText: '新店详情',
  enableShareAppMessage: true,
});
