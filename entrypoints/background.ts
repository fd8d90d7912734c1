export default defineBackground(() => {
  // The background owns the database and answers messages; filled in by the in-page issue.
});
