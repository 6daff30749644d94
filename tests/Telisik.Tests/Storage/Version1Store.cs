using Microsoft.Data.Sqlite;

namespace Telisik.Tests.Storage;

/// <summary>Turns a current store back into what schema version 1 wrote, to test the upgrade from it.</summary>
internal static class Version1Store
{
    /// <summary>
    /// Restores version 1's three-column full-text index (with placeholder documents: version 2 cannot read them back
    /// anyway), drops the tables version 2 added and sets user_version to 1.
    /// </summary>
    public static void Downgrade(string path)
    {
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={path}"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = """
                DROP TABLE article_facets; DROP TABLE outlets; DROP TABLE store_state; DROP TABLE article_fts;
                CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, content='', contentless_delete=1, prefix='2 3');
                INSERT INTO article_fts (rowid, title, lead, body) SELECT rowid, 'x', 'x', 'x' FROM articles;
                PRAGMA user_version = 1;
                """;
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }
}
