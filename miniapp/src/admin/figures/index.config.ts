export default definePageConfig({
  navigationBarTitleText: '全县数据',
});
