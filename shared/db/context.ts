/** What repository functions need to know about the table (read once from the environment by handlers). */
export interface TableContext {
  tableName: string;
  /** HMAC key of pagination cursors. */
  cursorSecret: string;
}
