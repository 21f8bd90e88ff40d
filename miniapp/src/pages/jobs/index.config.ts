export default definePageConfig({
  navigationBarTitleText: '找工作',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  // Start loading the next page well before the very end on slow phones.
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
