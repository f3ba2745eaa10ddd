package xiaokang.exchange;

/** What an import does with records already in the database: only new ones, only registered ones, or both. */
public enum ImportMode {
    CREATE, UPDATE, UPSERT
}
