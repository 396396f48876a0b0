// Welcome speaks Indonesian to everyone, whatever the browser's language (locales/id.json; docs/operations.md).
export default {
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  }
};
