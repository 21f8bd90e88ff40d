export default definePageConfig({
  navigationBarTitleText: '新店招人',
});
