export default definePageConfig({ navigationBarTitleText: '机构登记认证' });
