export default definePageConfig({
  navigationBarTitleText: '我帮谁报了名',
  enablePullDownRefresh: true,
});
