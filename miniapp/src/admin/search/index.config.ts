export default definePageConfig({ navigationBarTitleText: '查找信息' });
