export default definePageConfig({
  navigationBarTitleText: '感兴趣的人',
  enablePullDownRefresh: true,
});
