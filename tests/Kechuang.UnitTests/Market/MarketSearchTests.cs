using Kechuang.Web.Modules.Market.Search;
using Lucene.Net.Store;

namespace Kechuang.UnitTests.Market;

/// <summary>Chinese search of the technology market: analysis, ranking, highlighting, facets and absurd input.</summary>
public sealed class MarketSearchTests : IDisposable
{
    private readonly MarketIndex _index = new(new RAMDirectory());

    public void Dispose() => _index.Dispose();

    private static SearchDocument Doc(string kind, string title, string body, string field = "新材料", string? district = "640104", bool isPublic = true) =>
        new(kind, Guid.NewGuid(), title, body, field, district, isPublic, "某单位");

    private async Task<SearchDocument[]> Index(params SearchDocument[] docs)
    {
        await _index.RebuildAsync(docs, 0, DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        return docs;
    }

    [Fact]
    public void Chinese_is_split_into_overlapping_bigrams_and_latin_words_are_lower_cased()
    {
        Assert.Equal(["石墨", "墨烯"], MarketAnalysis.Terms("石墨烯").Select(t => t.Term));
        Assert.Equal([0, 1], MarketAnalysis.Terms("石墨烯").Select(t => t.Position));
        Assert.Contains("cma", MarketAnalysis.Terms("CMA资质").Select(t => t.Term));
    }

    [Fact]
    public async Task The_exact_word_ranks_above_a_document_sharing_only_part_of_it()
    {
        var (graphene, electrode) = (Doc("achievement", "导热膜制备技术", "采用石墨烯制备导热膜，面内导热系数高。"),
            Doc("achievement", "石墨电极抗氧化涂层", "石墨电极在电弧炉中氧化，石墨电极损耗大，石墨电极涂层。"));
        await Index(electrode, graphene);

        var hits = _index.Search(new SearchRequest("石墨烯")).Hits;

        Assert.Equal(2, hits.Count); // bigram 石墨 still finds the electrode: recall
        Assert.Equal(graphene.Id, hits[0].Id);
        Assert.True(hits[0].Score > 2 * hits[1].Score, $"石墨烯 {hits[0].Score} vs 石墨电极 {hits[1].Score}");
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var (inTitle, inBody) = (Doc("demand", "枸杞多糖提取", "需要提高得率。"), Doc("demand", "食品加工工艺", "其中一步涉及枸杞多糖提取。"));
        await Index(inBody, inTitle);

        Assert.Equal(inTitle.Id, _index.Search(new SearchRequest("枸杞多糖")).Hits[0].Id);
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words_and_encode_html()
    {
        await Index(Doc("demand", "石墨烯<导热>膜", "前言" + new string('甲', 200) + "这里是石墨烯导热膜的工艺，<b>不是标签</b>"));

        var hit = _index.Search(new SearchRequest("石墨烯")).Hits.Single();

        Assert.Equal("<mark>石墨烯</mark>&lt;导热&gt;膜", hit.TitleHtml);
        Assert.Contains("<mark>石墨烯</mark>导热膜", hit.SnippetHtml);
        Assert.StartsWith("…", hit.SnippetHtml); // the window is around the match, not the start of the text
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
    }

    [Fact]
    public void Marks_merge_overlapping_bigrams_into_one_range()
    {
        Assert.Equal([(2, 5)], Snippets.Marks("新型石墨烯膜", ["石墨", "墨烯"]));
        Assert.Equal("新型<mark>石墨烯</mark>膜", Snippets.Make("新型石墨烯膜", ["石墨", "墨烯"]));
    }

    [Fact]
    public async Task Facets_count_each_value_under_the_other_filters_but_not_their_own()
    {
        await Index(
            Doc("demand", "光伏清洗", "光伏组件清洗", "新能源与节能", "640104"),
            Doc("achievement", "光伏机器人", "光伏清洗机器人", "新能源与节能", "640105"),
            Doc("achievement", "光伏图像识别", "光伏红外图像", "电子信息", "640105"),
            Doc("achievement", "石墨烯", "无关", "新材料", "640105"));

        var all = _index.Search(new SearchRequest("光伏"));
        Assert.Equal(3, all.Total);
        Assert.Equal(2, all.FieldCounts["新能源与节能"]);
        Assert.Equal(1, all.FieldCounts["电子信息"]);
        Assert.Equal(2, all.KindCounts["achievement"]);

        var filtered = _index.Search(new SearchRequest("光伏", Kind: "achievement", Field: "新能源与节能"));
        Assert.Equal(1, filtered.Total);
        Assert.Equal(1, filtered.FieldCounts["电子信息"]); // the field facet ignores the field filter
        Assert.False(filtered.FieldCounts.ContainsKey("新材料")); // but obeys the text
        Assert.Equal(1, filtered.KindCounts["demand"]); // the kind facet ignores the kind filter
        Assert.Equal(1, filtered.DistrictCounts["640105"]);
        Assert.False(filtered.DistrictCounts.ContainsKey("640104")); // the district facet obeys kind and field
    }

    [Fact]
    public async Task Staff_only_records_are_not_found_by_the_public()
    {
        await Index(Doc("demand", "保密需求光伏", "光伏", isPublic: false), Doc("demand", "公开需求光伏", "光伏"));

        Assert.Equal(1, _index.Search(new SearchRequest("光伏")).Total);
        Assert.Equal(2, _index.Search(new SearchRequest("光伏", IncludeStaffOnly: true)).Total);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_absurd_pages_are_clamped()
    {
        await Index(Enumerable.Range(0, 25).Select(i => Doc("demand", $"光伏项目{i}", "光伏")).ToArray());

        var first = _index.Search(new SearchRequest("光伏", PageSize: 10));
        var second = _index.Search(new SearchRequest("光伏", Page: 2, PageSize: 10));
        var third = _index.Search(new SearchRequest("光伏", Page: 3, PageSize: 10));
        Assert.Equal(25, first.Total);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(5, third.Hits.Count);
        Assert.Empty(_index.Search(new SearchRequest("光伏", Page: int.MaxValue, PageSize: int.MaxValue)).Hits);
        Assert.Single(_index.Search(new SearchRequest("光伏", Page: -5, PageSize: -1)).Hits);
    }

    [Theory]
    [InlineData("\"石墨烯")]
    [InlineData("石墨烯\" AND (")]
    [InlineData("!!!，。、？?*:\\/[]{}~^")]
    [InlineData("title:石墨烯 OR body:*")]
    [InlineData("   ")]
    [InlineData("\0\u200b\ud800")]
    public async Task Absurd_input_never_throws(string text)
    {
        await Index(Doc("demand", "石墨烯导热膜", "石墨烯"));

        var result = _index.Search(new SearchRequest(text));

        Assert.True(result.Total >= 0);
    }

    [Fact]
    public async Task A_two_thousand_character_query_is_cut_and_answers()
    {
        await Index(Doc("demand", "石墨烯导热膜", "石墨烯"));

        var result = _index.Search(new SearchRequest("石墨烯" + string.Concat(Enumerable.Repeat("导热膜工艺优化研究。", 200))));

        Assert.Equal(1, result.Total);
        Assert.True(MarketAnalysis.Words(new string('字', 2000)).Single().Length <= MarketAnalysis.MaxQueryChars);
    }

    [Fact]
    public async Task Only_punctuation_finds_nothing_and_an_empty_query_lists_everything()
    {
        await Index(Doc("demand", "石墨烯导热膜", "石墨烯"), Doc("demand", "光伏", "光伏"));

        Assert.Equal(0, _index.Search(new SearchRequest("，。！")).Total);
        Assert.Equal(2, _index.Search(new SearchRequest("")).Total);
    }

    [Fact]
    public async Task Applying_changes_replaces_and_removes_documents_and_remembers_the_feed_position()
    {
        var (a, b) = (Doc("demand", "光伏清洗", "光伏"), Doc("demand", "光伏检测", "光伏"));
        await Index(a, b);

        await _index.ApplyAsync([(a.Kind, a.Id, a with { Title = "储能热管理" }), (b.Kind, b.Id, null)], 42, TestContext.Current.CancellationToken);

        Assert.Equal(0, _index.Search(new SearchRequest("光伏清洗")).Hits.Count(h => h.Title.Contains("光伏清洗", StringComparison.Ordinal)));
        Assert.Equal(a.Id, _index.Search(new SearchRequest("储能")).Hits.Single().Id);
        Assert.Equal(1, _index.State.Documents);
        Assert.Equal(42, _index.LastChangeId);
    }

    [Fact]
    public void Dictionary_words_and_touching_pairs_are_single_terms_of_the_words_field()
    {
        var terms = WordTokens.Of("石墨烯复合材料，CMA资质", TechVocabulary.Default).Select(t => (t.Term, t.Start)).ToList();

        Assert.Contains(("石墨烯", 0), terms);
        Assert.Contains(("复合材料", 3), terms);
        Assert.Contains(("材料", 5), terms); // overlapping words are all kept: 材料 finds 复合材料
        Assert.Contains(("石墨烯复合材料", 0), terms); // touching pair
        Assert.Contains(("cma资质", 8), terms); // Latin run + word
        Assert.DoesNotContain(terms, t => t.Term.Contains('，', StringComparison.Ordinal));
        Assert.Equal(["石墨烯", "复合材料"], WordTokens.Split("石墨烯复合材料", TechVocabulary.Default));
        Assert.Equal(["cma", "资质"], WordTokens.Split("CMA资质", TechVocabulary.Default));
        Assert.Null(WordTokens.Split("氮化硼甲乙", TechVocabulary.Default)); // not all dictionary words: bigram phrase instead
    }

    [Fact]
    public async Task A_word_of_three_dictionary_words_matches_where_the_text_contains_it()
    {
        var (yes, no) = (Doc("achievement", "成果", "锂离子电池储能系统集成"), Doc("achievement", "成果", "锂离子电池与储能系统"));
        await Index(yes, no);

        var hits = _index.Run(MarketAnalysis.Build(["锂离子电池储能系统"], 1f, recall: false, out _)!, new SearchRequest(null), 1, 20, []).Hits;

        Assert.Equal(yes.Id, Assert.Single(hits).Id);
    }

    [Fact]
    public async Task Term_at_a_time_ranking_gives_the_scores_of_the_lucene_query()
    {
        var random = new Random(3);
        string[] words = ["石墨烯", "复合材料", "传感器", "锂离子电池", "检测", "光伏组件", "机器视觉"];
        string Text(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)] + "与"));
        await Index(Enumerable.Range(0, 60).Select(i => Doc(i % 2 == 0 ? "demand" : "achievement", Text(1 + (i % 3)), Text(3 + (i % 7)))).ToArray());
        List<string> query = ["石墨烯复合材料", "传感器", "光伏组件"];

        var fast = _index.Search(new SearchRequest(string.Join(' ', query), PageSize: 50));
        var lucene = _index.Run(MarketAnalysis.Build(query, 1f, recall: false, out _)!, new SearchRequest(null), 1, 50, []);

        Assert.NotNull(MarketAnalysis.TermWords(query)); // the fast path was taken
        Assert.True(fast.Total >= MarketAnalysis.MinExactHits);
        Assert.Equal(lucene.Total, fast.Total);
        Assert.Equal(lucene.Hits.Select(h => h.Score), fast.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, a));
        Assert.Equal(lucene.FieldCounts, fast.FieldCounts);
    }

    [Fact]
    public void An_index_of_another_schema_is_emptied_on_opening_so_that_it_is_rebuilt()
    {
        var directory = new RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(MarketAnalysis.Version, MarketAnalysis.Analyzer)))
        {
            writer.AddDocument([new Lucene.Net.Documents.TextField("title", "旧索引", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["lastChange"] = "7", ["schema"] = "1" });
            writer.Commit();
        }

        using var index = new MarketIndex(directory);

        Assert.False(index.HasCommit);
        Assert.Equal(0, index.State.Documents);
    }

    [Fact]
    public void Match_reasons_name_the_shared_terms_longest_first()
    {
        var shared = MatchReasons.SharedTerms("石墨烯导热膜量产工艺优化", "石墨烯；导热膜；涂布", "石墨烯改性导热复合膜制备技术：导热膜的石墨化");

        Assert.Equal("石墨烯", shared[0].Length >= shared[^1].Length ? shared.First(s => s == "石墨烯") : "");
        Assert.Contains("导热膜", shared);
        Assert.DoesNotContain("涂布", shared);
        Assert.Equal("共同技术词：石墨烯、导热膜；同属领域：新材料；同在兴庆区", MatchReasons.Explain(["石墨烯", "导热膜"], true, "新材料", true, "兴庆区"));
    }
}
