export default definePageConfig({
  navigationBarTitleText: '学技能',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
