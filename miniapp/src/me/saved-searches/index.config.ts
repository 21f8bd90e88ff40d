export default definePageConfig({
  navigationBarTitleText: '我的搜索',
  enablePullDownRefresh: true,
});
