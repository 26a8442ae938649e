// sql.js's single-file build: the WebAssembly is inlined as base64, so @vercel/ncc bundles it as
// plain JavaScript with no separate .wasm asset to locate at run time. @types/sql.js types only the
// package's main entry; this entry exports the same initSqlJs.
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
