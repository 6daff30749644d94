namespace Telisik.Sqlite;

/// <summary>The schema's history: migration N brings a store from user_version N-1 to N. Never edit a shipped step; add one.</summary>
internal static class SqliteMigrations
{
    public static readonly string[] Steps =
    [
        // 1: articles (narrow metadata rows, read by search and listings) with their bodies (texts, extractions,
        // features) beside them; stories; merge redirects; the full-text index and entity names.
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            outlet TEXT,
            dateline_outlet TEXT,
            url_outlet TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            published_unix INTEGER,
            published_inferred_from TEXT,
            language TEXT NOT NULL,
            language_confidence REAL NOT NULL,
            source_path TEXT,
            story_id TEXT,
            copy_of TEXT,
            reason TEXT
        );
        CREATE TABLE article_bodies (
            article_rowid INTEGER PRIMARY KEY,
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            offset_map TEXT NOT NULL,
            analysis TEXT NOT NULL,
            features TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT,
            first_published TEXT,
            last_published TEXT,
            last_unix INTEGER
        );
        CREATE INDEX stories_last ON stories(last_unix);
        CREATE TABLE story_redirects (
            from_id TEXT PRIMARY KEY,
            into_id TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published_unix);
        CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
        -- The full-text index holds index forms (stems, folded) only; rowid = articles.rowid. Contentless: the text
        -- lives once, in articles; bm25 weighs title 3, lead 2, body 1.
        CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, content='', contentless_delete=1, prefix='2 3');
        CREATE TABLE article_entities (
            article_rowid INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (name, article_rowid)
        ) WITHOUT ROWID;
        """,
        // 2: filters inside the index. The full-text index gains a `meta` column of metadata terms (outlet, year, month,
        // entity names; see SearchMeta), so outlet:, entity: and narrow date filters intersect with the words in the
        // index instead of being checked match by match. A contentless index cannot gain a column or give
        // its terms back, so it is recreated empty and flagged for one rebuild from the stored texts (`telisik
        // reindex`, which the CLI runs by itself). `article_facets` is a compact integer copy of what ranking and
        // facets read for every match (outlet id, day as yyyymmdd, time, language), so a query's window never touches
        // the wide article rows; `outlets` names the outlet ids.
        """
        CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        INSERT INTO outlets (name) SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet;
        CREATE TABLE article_facets (
            rowid INTEGER PRIMARY KEY,
            outlet_id INTEGER,
            day INTEGER,
            published_unix INTEGER,
            language TEXT NOT NULL
        );
        INSERT INTO article_facets (rowid, outlet_id, day, published_unix, language)
            SELECT a.rowid, o.id, CAST(replace(substr(a.published, 1, 10), '-', '') AS INTEGER), a.published_unix, a.language
            FROM articles a LEFT JOIN outlets o ON o.name = a.outlet ORDER BY a.rowid;
        DROP TABLE article_fts;
        CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, meta, content='', contentless_delete=1, prefix='2 3');
        CREATE TABLE store_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        INSERT INTO store_state (key, value) SELECT 'search_index', 'stale' WHERE EXISTS (SELECT 1 FROM articles);
        """,
    ];
}
