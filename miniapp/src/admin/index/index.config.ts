export default definePageConfig({
  navigationBarTitleText: '县人社局',
  enablePullDownRefresh: true,
});
