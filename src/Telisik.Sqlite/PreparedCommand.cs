using Microsoft.Data.Sqlite;

namespace Telisik.Sqlite;

/// <summary>
/// One SQL statement prepared once and run many times in a transaction with positional values for its named
/// parameters (SQLite compiles a statement per command object, so a batch reuses its commands).
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _cmd;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection db, SqliteTransaction tx, string sql, params string[] parameterNames)
    {
        _cmd = db.CreateCommand();
        _cmd.CommandText = sql;
        _cmd.Transaction = tx;
        _parameters = parameterNames.Select(n => _cmd.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length) throw new ArgumentException($"expected {_parameters.Length} values, got {values.Length}");
        for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    /// <summary>Runs the statement.</summary>
    public void Run(params object?[] values)
    {
        Bind(values);
        _cmd.ExecuteNonQuery();
    }

    /// <summary>Runs the statement and reads its rows.</summary>
    public SqliteDataReader Read(params object?[] values)
    {
        Bind(values);
        return _cmd.ExecuteReader();
    }

    /// <summary>Runs the statement and returns its first value (null for none or NULL).</summary>
    public object? Scalar(params object?[] values)
    {
        Bind(values);
        var v = _cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public void Dispose() => _cmd.Dispose();
}
