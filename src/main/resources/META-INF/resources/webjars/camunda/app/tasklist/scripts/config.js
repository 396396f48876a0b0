// Tasklist speaks Indonesian to everyone, whatever the browser's language (locales/id.json; docs/operations.md).
export default {
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'berpindah ke antrean pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'berpindah ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'berpindah ke isian pertama formulir tugas'
    }
  }
};
