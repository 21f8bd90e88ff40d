export default definePageConfig({
  navigationBarTitleText: '开店加盟',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
