using System.Text.Json;
using Microsoft.Data.Sqlite;
using Telisik.Cli;

namespace Telisik.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telisik-cli-").FullName;
    private string Db => Path.Combine(_dir, "t.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private CliRunner.Result IngestSamples() => CliRunner.Run(["ingest", Samples.Articles, Samples.Jsonl, "--db", Db]);

    private static Dictionary<string, string> GoldStories() =>
        File.ReadLines(Path.Combine(Samples.Root, "gold", "stories.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("article").GetString()!, e => e.GetProperty("story").GetString()!);

    /// <summary>Maps each stored article to its gold key (file name for .txt samples, the record id for JSONL).</summary>
    private Dictionary<string, string> PredictedStories()
    {
        var stories = JsonDocument.Parse(CliRunner.Run(["stories", "--format", "json", "--db", Db]).Out).RootElement;
        var result = new Dictionary<string, string>();
        foreach (var s in stories.EnumerateArray())
            foreach (var a in s.GetProperty("articles").EnumerateArray())
            {
                var id = a.GetProperty("id").GetString()!;
                var article = JsonDocument.Parse(CliRunner.Run(["article", id, "--format", "json", "--db", Db]).Out).RootElement;
                var source = article.GetProperty("sourcePath").GetString()!;
                var key = source.EndsWith(".txt", StringComparison.Ordinal) ? Path.GetFileName(source) : id;
                result[key] = s.GetProperty("id").GetString()!;
            }
        return result;
    }

    [Fact]
    public void Search_window_bounds_the_ranking_and_the_json_says_so()
    {
        IngestSamples();
        var all = JsonDocument.Parse(CliRunner.Run(["search", "banjir", "--format", "json", "--db", Db]).Out).RootElement;
        Assert.False(all.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.True(all.GetProperty("total").GetInt32() > 2);
        var bounded = JsonDocument.Parse(CliRunner.Run(["search", "banjir", "--window", "2", "--format", "json", "--db", Db]).Out).RootElement;
        Assert.True(bounded.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.True(bounded.GetProperty("sampled").GetBoolean());
        Assert.Equal(2, bounded.GetProperty("total").GetInt32());
        var bad = CliRunner.Run(["search", "banjir", "--window", "0", "--db", Db]);
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Contains("--window", bad.Err);
    }

    [Fact]
    public void A_store_from_version_1_gets_its_search_index_rebuilt_once_by_the_first_search()
    {
        IngestSamples();
        var before = CliRunner.Run(["search", "pasukan", "--format", "json", "--db", Db]).Out;
        Telisik.Tests.Storage.Version1Store.Downgrade(Db);
        var stories = CliRunner.Run(["stories", "--db", Db]);
        Assert.Equal(ExitCodes.Success, stories.ExitCode);
        Assert.DoesNotContain("rebuilding", stories.Err);
        var first = CliRunner.Run(["search", "pasukan", "--format", "json", "--db", Db]);
        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("rebuilding its search index once", first.Err);
        Assert.Equal(before, first.Out);
        var second = CliRunner.Run(["search", "pasukan", "--format", "json", "--db", Db]);
        Assert.DoesNotContain("rebuilding", second.Err);
        Assert.Equal(before, second.Out);
    }

    [Fact]
    public void Ingest_stores_all_samples_and_reports_counts_on_stderr()
    {
        var r = IngestSamples();
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("30 stored", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Reingesting_stores_nothing_new()
    {
        IngestSamples();
        var again = IngestSamples();
        Assert.Contains("0 stored, 30 already stored", again.Err);
    }

    [Fact]
    public void Story_grouping_of_the_samples_keeps_the_north_korea_week_together()
    {
        IngestSamples();
        var predicted = PredictedStories();
        var gold = GoldStories();
        // The Indonesian reports of the week form one developing story: the intelligence service's announcement
        // (17-19 Oct, one of them undated and dated from its neighbours) and, four days later, the US confirmation,
        // which repeats the announcement's 12.000 and 1.500 (a continuation). The English report shares no words with
        // them (no cross-language matching).
        var week = new[] { "001_korut-pasukan-khusus-rusia.txt", "kompas-nk-troops-20241019", "003_kirby-3000-tentara-korut.txt", "004_austin-benarkan-tentara-korut.txt" };
        Assert.Single(week.Select(a => predicted[a]).Distinct());
        // A different North Korea event (a missile launch) is a different story.
        var nk = gold.Where(kv => kv.Value == "nk-troops-russia-2024-10").Select(kv => predicted[kv.Key]).ToHashSet();
        Assert.DoesNotContain(predicted["035_korut-luncurkan-icbm.txt"], nk);
        // Syndicated copies join their original's story.
        Assert.Equal(predicted["010_antara-bus-listrik-surabaya.txt"], predicted["011_jatim-bus-listrik-copy.txt"]);
    }

    [Fact]
    public void Story_json_has_the_documented_fields()
    {
        IngestSamples();
        var stories = JsonDocument.Parse(CliRunner.Run(["stories", "--format", "json", "--limit", "2", "--db", Db]).Out).RootElement;
        Assert.Equal(2, stories.GetArrayLength());
        var s = stories[0];
        foreach (var f in new[] { "id", "title", "articleCount", "outlets", "firstPublished", "lastPublished", "articles" })
            Assert.True(s.TryGetProperty(f, out _), f);
        foreach (var f in new[] { "id", "outlet", "url", "published", "title" })
            Assert.True(s.GetProperty("articles")[0].TryGetProperty(f, out _), f);
        var one = CliRunner.Run(["story", s.GetProperty("id").GetString()!, "--format", "json", "--db", Db]);
        Assert.Equal(s.GetProperty("id").GetString(), JsonDocument.Parse(one.Out).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Article_json_shows_the_cleaned_text_and_metadata()
    {
        CliRunner.Run(["ingest", Samples.Jsonl, "--db", Db]);
        var id = JsonDocument.Parse(File.ReadLines(Samples.Jsonl).First()).RootElement.GetProperty("id").GetString()!;
        var r = CliRunner.Run(["article", id, "--format", "json", "--db", Db]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var a = JsonDocument.Parse(r.Out).RootElement;
        foreach (var f in new[] { "id", "outlet", "url", "published", "language", "title", "text" })
            Assert.True(a.TryGetProperty(f, out _), f);
        Assert.Equal(id, a.GetProperty("id").GetString());
        Assert.Equal("id", a.GetProperty("language").GetString());
    }

    [Fact]
    public void Bad_inputs_are_named_on_stderr_the_rest_is_stored_and_the_exit_code_says_so()
    {
        var r = CliRunner.Run(["ingest", Samples.Bad, "--db", Db]);
        Assert.Equal(ExitCodes.SomeRejected, r.ExitCode);
        Assert.Contains("binary.txt: not a text file", r.Err);
        Assert.Contains("empty.txt: the file is empty", r.Err);
        Assert.Contains("mixed.jsonl:2: not valid JSON", r.Err);
        Assert.Contains("not-article.txt: too short", r.Err);
        Assert.Contains("decoded as Windows-1252", r.Err);
        Assert.Contains("4 stored", r.Err);
    }

    [Fact]
    public void Db_option_is_accepted_before_the_command_and_from_the_environment()
    {
        Assert.Equal(ExitCodes.Success, CliRunner.Run(["--db", Db, "ingest", Samples.File("001_korut-pasukan-khusus-rusia.txt")]).ExitCode);
        var viaEnv = CliRunner.Run(["stories"], env: new() { ["TELISIK_DB"] = Db });
        Assert.Equal(ExitCodes.Success, viaEnv.ExitCode);
        Assert.Contains("CNN Indonesia", viaEnv.Out);
    }

    [Fact]
    public void Stdin_jsonl_is_ingested_with_dash()
    {
        var line = File.ReadLines(Samples.Jsonl).First();
        var r = CliRunner.Run(["ingest", "-", "--db", Db], stdin: line + "\n");
        Assert.Contains("1 stored", r.Err);
    }

    [Fact]
    public void Stamps_auto_reads_an_outlets_late_utc_stamps_as_jakarta_time_when_its_texts_say_so()
    {
        // Written for this test: twelve reports whose datelines name the stamp's own calendar day.
        var names = new[] { "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu" };
        var lines = Enumerable.Range(1, 12).Select(n =>
        {
            var day = new DateOnly(2024, 10, n);
            var text = $"Jakarta, {names[(int)day.DayOfWeek]} ({n}/10) - Warga kampung {n} membersihkan saluran air yang tersumbat sampah "
                       + $"selama {n + 2} jam bersama petugas kelurahan setempat.";
            return JsonSerializer.Serialize(new { id = $"stamp-{n}", outlet = "Harian Contoh", published = $"2024-10-{n:D2}T20:00:00Z", text });
        });
        var file = Path.Combine(_dir, "stamps.jsonl");
        File.WriteAllLines(file, lines);

        var r = CliRunner.Run(["ingest", file, "--stamps", "auto", "--db", Db]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("stamps of Harian Contoh: read as Jakarta time (12 texts date the stamp's own day", r.Err);
        var article = JsonDocument.Parse(CliRunner.Run(["article", "stamp-5", "--format", "json", "--db", Db]).Out).RootElement;
        Assert.Equal(new DateTimeOffset(2024, 10, 5, 20, 0, 0, TimeSpan.FromHours(7)), article.GetProperty("published").GetDateTimeOffset());

        var viaStdin = CliRunner.Run(["ingest", "-", "--stamps", "auto", "--db", Db], stdin: File.ReadAllText(file));
        Assert.Equal(ExitCodes.Usage, viaStdin.ExitCode);
        Assert.Contains("cannot read stdin", viaStdin.Err);
    }

    [Fact]
    public void Stdin_jsonl_longer_than_the_sniffed_prefix_is_read_whole()
    {
        // All ten records (well past the 4 KiB read ahead to tell JSONL from text) arrive through stdin.
        var r = CliRunner.Run(["ingest", "-", "--db", Db], stdin: File.ReadAllText(Samples.Jsonl));
        Assert.Contains($"{File.ReadLines(Samples.Jsonl).Count(l => l.Trim().Length > 0)} stored", r.Err);
    }

    [Fact]
    public void Stdin_plain_text_is_one_article()
    {
        var r = CliRunner.Run(["ingest", "-", "--db", Db], stdin: File.ReadAllText(Samples.File("003_kirby-3000-tentara-korut.txt")));
        Assert.Contains("1 stored", r.Err);
    }

    [Fact]
    public void Unknown_ids_and_a_missing_store_give_clear_errors()
    {
        var none = CliRunner.Run(["stories", "--db", Path.Combine(_dir, "nope.db")]);
        Assert.Equal(ExitCodes.Failure, none.ExitCode);
        Assert.Contains("no store", none.Err);
        Assert.False(File.Exists(Path.Combine(_dir, "nope.db")));
        IngestSamples();
        var r = CliRunner.Run(["story", "s000000000000", "--db", Db]);
        Assert.Equal(ExitCodes.NotFound, r.ExitCode);
        Assert.Equal(ExitCodes.NotFound, CliRunner.Run(["article", "nope", "--db", Db]).ExitCode);
    }

    [Fact]
    public void Analyze_prints_one_json_line_per_jsonl_record_and_an_error_line_for_a_bad_one()
    {
        var r = CliRunner.Run(["analyze", Path.Combine(Samples.Bad, "mixed.jsonl"), "--format", "json"]);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("error", out _));
        var ok = JsonDocument.Parse(lines[0]).RootElement;
        Assert.True(ok.GetProperty("tokens").GetArrayLength() > 0);
        Assert.True(ok.GetProperty("sentences").GetArrayLength() > 0);
    }

    [Fact]
    public void Analyze_tokens_are_evidence_of_the_cleaned_text()
    {
        var r = CliRunner.Run(["analyze", Samples.File("003_kirby-3000-tentara-korut.txt"), "--format", "json"]);
        var a = JsonDocument.Parse(r.Out).RootElement;
        var text = a.GetProperty("text").GetString()!;
        foreach (var t in a.GetProperty("tokens").EnumerateArray())
            Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Search_json_finds_the_north_korea_reports_and_a_bad_query_is_a_usage_error()
    {
        IngestSamples();
        var r = CliRunner.Run(["search", "pasukan", "korea", "--format", "json", "--db", Db]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var json = JsonDocument.Parse(r.Out).RootElement;
        Assert.True(json.GetProperty("total").GetInt32() >= 4);
        var hit = json.GetProperty("hits")[0];
        foreach (var f in new[] { "id", "outlet", "published", "title", "storyId", "score", "snippet" }) Assert.True(hit.TryGetProperty(f, out _), f);
        Assert.True(json.GetProperty("facets").GetProperty("outlets").GetArrayLength() > 1);
        var bad = CliRunner.Run(["search", "\"korea", "--db", Db]);
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Contains("never closed", bad.Err);
        Assert.DoesNotContain("Exception", bad.Err);
        var stories = CliRunner.Run(["search", "pasukan", "--stories", "--db", Db]);
        Assert.Contains("matching stories", stories.Out);
    }

    [Fact]
    public void Story_report_prints_as_markdown_and_json_with_every_section()
    {
        IngestSamples();
        var id = JsonDocument.Parse(CliRunner.Run(["stories", "--format", "json", "--limit", "1", "--db", Db]).Out).RootElement[0].GetProperty("id").GetString()!;
        var md = CliRunner.Run(["story", id, "--format", "markdown", "--db", Db]);
        Assert.Equal(ExitCodes.Success, md.ExitCode);
        Assert.StartsWith("# ", md.Out);
        Assert.Contains("## Articles", md.Out);
        var json = JsonDocument.Parse(CliRunner.Run(["story", id, "--format", "json", "--db", Db]).Out).RootElement;
        foreach (var f in new[] { "id", "title", "articleCount", "independentCount", "outlets", "firstPublished", "lastPublished", "articles", "figures", "quotes", "timeline", "entities", "summary" })
            Assert.True(json.TryGetProperty(f, out _), f);
    }

    [Fact]
    public void Export_streams_every_story_and_article_as_jsonl_and_csv()
    {
        IngestSamples();
        var stories = CliRunner.Run(["export", "stories", "--db", Db]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(stories.Length, JsonDocument.Parse(CliRunner.Run(["stories", "--format", "json", "--db", Db]).Out).RootElement.GetArrayLength());
        Assert.All(stories, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("articles", out _)));
        var articles = CliRunner.Run(["export", "articles", "--format", "csv", "--db", Db]).Out;
        Assert.StartsWith("id,outlet,url,published", articles);
        Assert.Contains("\"", articles); // texts with commas and quotes are quoted
        Assert.Equal(30, CliRunner.Run(["export", "articles", "--db", Db]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_and_line_breaks_are_quoted()
    {
        Assert.Equal("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",", Telisik.Cli.Commands.ExportCommand.Csv("a", "b,c", "say \"hi\"", "x\ny", null));
    }

    [Fact]
    public void Demo_ingests_the_bundled_samples_and_prints_a_story()
    {
        var r = CliRunner.Run(["demo"]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.StartsWith("Story s", r.Out);
        Assert.Contains("30 sample articles", r.Err);
        Assert.Contains("FIGURES COMPARED", r.Out);
        Assert.Contains("QUOTES BY SPEAKER", r.Out);
    }

    [Fact]
    public void Help_lists_the_commands_and_a_bad_option_is_a_usage_error()
    {
        var help = CliRunner.Run(["--help"]);
        foreach (var c in new[] { "ingest", "stories", "story", "article", "analyze", "demo", "--db" }) Assert.Contains(c, help.Out);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(["stories", "--no-such-option"]).ExitCode);
    }
}
