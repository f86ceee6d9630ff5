/** Table and column names as they can be written in DuckDB SQL. */

/**
 * DuckDB's keywords that cannot stand bare for a name everywhere (categories `reserved` and
 * `column_name` of duckdb_keywords()); a unit test keeps the list in step with DuckDB.
 */
export const DUCKDB_KEYWORDS: ReadonlySet<string> = new Set(`
all analyse analyze and any array as asc asymmetric between bigint bit boolean both case cast char character
check coalesce collate column constraint create dec decimal default deferrable desc describe distinct do else
end except exists extract false fetch float for foreign from group grouping grouping_id having in initially
inout int integer intersect interval into lambda lateral leading limit national nchar none not null nullif
numeric offset on only or order out overlay pivot pivot_longer pivot_wider placing position precision primary
qualify real references returning row select setof show smallint some substring summarize symmetric table
then time timestamp to trailing treat trim true union unique unpivot using values varchar variadic when where
window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot
xmlserialize xmltable`.trim().split(/\s+/));

/** A name bare when it can be (`rankings`), double-quoted when it must be (`"values"`). */
export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !DUCKDB_KEYWORDS.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

export const selectAllSql = (table: string, limit = 100): string => `SELECT * FROM ${quoteIdentifier(table)} LIMIT ${limit}`;
